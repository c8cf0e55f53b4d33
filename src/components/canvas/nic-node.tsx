/**
 * Canvas node for a NIC: name, model, driver and speed, plus the "Member of" select that is the
 * keyboard equivalent of dragging the NIC onto a bond.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import { selectNic, type NicFlowNode } from '../../store/selectors';
import { MemberOfSelect } from '../nic-panel/member-of-select';

/** Renders one NIC; `data` holds only its name, details come from the store. */
export const NicNode = memo(function NicNode({ data }: NodeProps<NicFlowNode>) {
  const { t } = useTranslation();
  const nic = useAppStore(selectNic(data.name));
  if (!nic) return null;
  return (
    <div className="flow-node nic-node">
      <div className="flow-node-kind">{t('ui.canvas.nicKind')}</div>
      <div className="flow-node-title">{nic.name}</div>
      <div className="flow-node-line">{nic.model ?? t('ui.canvas.noModel')}</div>
      <div className="flow-node-line flow-node-meta">
        <span>{nic.driver ?? t('ui.canvas.noDriver')}</span>
        {nic.speed !== undefined && <span>{t('ui.canvas.speed', { speed: nic.speed })}</span>}
      </div>
      <MemberOfSelect nic={nic.name} compact />
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
