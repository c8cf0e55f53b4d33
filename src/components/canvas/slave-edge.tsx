/**
 * Edge from a NIC to its bond, with a small button that releases the NIC (the pointer
 * equivalent of selecting the edge and pressing Delete).
 */
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store-context';
import type { SlaveFlowEdge } from '../../store/selectors';

/** Renders a slave edge and its release button. */
export function SlaveEdge(props: EdgeProps<SlaveFlowEdge>) {
  const { t } = useTranslation();
  const detachNic = useAppStore((state) => state.detachNic);
  const [path, labelX, labelY] = getBezierPath(props);
  const nic = props.data?.nic;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} />
      {nic !== undefined && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className="edge-release nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-label={t('ui.canvas.releaseEdge', { nic, bond: props.data?.bond })}
            title={t('ui.canvas.releaseEdge', { nic, bond: props.data?.bond })}
            onClick={() => detachNic(nic)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
