/**
 * The lab's picture of the bond: the bond box, one box per slave, their cables to the switch
 * (click or press Enter on a cable to cut or restore it) and the layer packets fly in.
 */
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimState } from '../../sim/types';
import { centreX, type DiagramGeometry } from './diagram-geometry';

interface BondDiagramProps {
  bondName: string;
  geometry: DiagramGeometry;
  state: SimState;
  packetLayer: Ref<SVGGElement>;
  onToggleLink: (slave: string) => void;
}

/** The SVG diagram; slave boxes follow `state.slaves` (enslave order). */
export function BondDiagram({
  bondName,
  geometry,
  state,
  packetLayer,
  onToggleLink,
}: BondDiagramProps) {
  const { t } = useTranslation();
  const { bond, switchBox } = geometry;
  return (
    <svg
      className="lab-diagram"
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      role="group"
      aria-label={t('lab.diagram.label', { bond: bondName })}
    >
      <rect className="lab-box lab-bond" {...bond} rx={6} />
      <text x={centreX(bond)} y={bond.y + 27} textAnchor="middle">
        {bondName}
      </text>
      <rect className="lab-box lab-switch" {...switchBox} rx={6} />
      <text x={centreX(switchBox)} y={switchBox.y + 27} textAnchor="middle">
        {t('lab.diagram.switch')}
      </text>
      {state.slaves.map((slave, index) => {
        const box = geometry.slaves[index];
        if (!box) return null;
        const x = centreX(box);
        const label = slave.carrier
          ? t('lab.diagram.cut', { slave: slave.name })
          : t('lab.diagram.restore', { slave: slave.name });
        return (
          <g key={slave.name}>
            <line
              className="lab-wire"
              x1={centreX(bond)}
              y1={bond.y + bond.height}
              x2={x}
              y2={box.y}
            />
            <rect
              className={`lab-box lab-slave${slave.name === state.active ? ' lab-active' : ''}`}
              {...box}
              rx={6}
            />
            <text x={x} y={box.y + 27} textAnchor="middle">
              {slave.name}
            </text>
            <g
              role="button"
              tabIndex={0}
              aria-label={label}
              className={slave.carrier ? 'lab-cable' : 'lab-cable lab-cable-cut'}
              onClick={() => onToggleLink(slave.name)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onToggleLink(slave.name);
                }
              }}
            >
              <title>{label}</title>
              <rect
                className="lab-cable-hit"
                x={x - 9}
                y={box.y + box.height}
                width={18}
                height={switchBox.y - box.y - box.height}
              />
              <line
                className="lab-cable-line"
                x1={x}
                y1={box.y + box.height}
                x2={x}
                y2={switchBox.y}
              />
            </g>
          </g>
        );
      })}
      <g ref={packetLayer} className="lab-packets" />
    </svg>
  );
}
