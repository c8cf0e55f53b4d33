/**
 * Canvas node for a bond: name, mode (kernel name and number), IPv4 summary and its slaves in
 * enslave order with the primary marked.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { BOND_MODE_INFO } from '../../model/bond-modes';
import type { Ipv4 } from '../../model/types';
import { useAppStore } from '../../store/app-store-context';
import { selectBond, type BondFlowNode } from '../../store/selectors';

function Ipv4Summary({ ipv4 }: { ipv4: Ipv4 | undefined }) {
  const { t } = useTranslation();
  if (ipv4?.method === 'static') return <>{`${ipv4.address}/${ipv4.prefix}`}</>;
  if (ipv4?.method === 'dhcp') return <>{t('ui.canvas.dhcp')}</>;
  return <>{t('ui.canvas.noAddress')}</>;
}

/** Renders one bond; `data` holds only its name, details come from the store. */
export const BondNode = memo(function BondNode({ data }: NodeProps<BondFlowNode>) {
  const { t } = useTranslation();
  const bond = useAppStore(selectBond(data.name));
  if (!bond) return null;
  return (
    <div className="flow-node bond-node">
      <Handle type="target" position={Position.Left} />
      <div className="flow-node-kind">{t('ui.canvas.bondKind')}</div>
      <div className="flow-node-title">{bond.name}</div>
      <div className="flow-node-line">
        {t('ui.canvas.bondMode', { name: bond.mode, number: BOND_MODE_INFO[bond.mode].number })}
      </div>
      <div className="flow-node-line flow-node-meta">
        <Ipv4Summary ipv4={bond.ipv4} />
      </div>
      {bond.slaves.length === 0 ? (
        <p className="flow-node-empty">{t('ui.canvas.noSlaves')}</p>
      ) : (
        <ol className="slave-list" aria-label={t('ui.canvas.slaves')}>
          {bond.slaves.map((slave) => (
            <li key={slave}>
              {slave}
              {bond.options.primary === slave && (
                <span className="primary-mark">
                  <span aria-hidden="true"> ★</span>
                  <span className="visually-hidden"> {t('ui.canvas.primary')}</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
});
