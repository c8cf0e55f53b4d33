/**
 * Per-slave counters from the simulator's state, with an SVG bar chart of each slave's share of
 * the bytes sent.
 */
import { useTranslation } from 'react-i18next';
import type { SimState } from '../../sim/types';
import { sharePercent } from './lab-setup';

const BAR_HEIGHT = 18;
const LABEL_WIDTH = 70;
const CHART_WIDTH = 320;

/** The counters table and the share chart. */
export function SlaveCounters({ state }: { state: SimState }) {
  const { t } = useTranslation();
  const total = state.slaves.reduce((sum, slave) => sum + slave.bytes, 0);
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 50;
  return (
    <section className="lab-card" aria-labelledby="lab-counters-heading">
      <h2 id="lab-counters-heading">{t('lab.counters.heading')}</h2>
      <table className="lab-table">
        <thead>
          <tr>
            <th scope="col">{t('lab.counters.slave')}</th>
            <th scope="col">{t('lab.counters.link')}</th>
            <th scope="col">{t('lab.counters.packets')}</th>
            <th scope="col">{t('lab.counters.bytes')}</th>
            <th scope="col">{t('lab.counters.share')}</th>
          </tr>
        </thead>
        <tbody>
          {state.slaves.map((slave) => (
            <tr key={slave.name}>
              <th scope="row">
                {slave.name === state.active
                  ? t('lab.counters.active', { slave: slave.name })
                  : slave.name}
              </th>
              <td>{t(`lab.counters.links.${slave.link}`)}</td>
              <td>{slave.packets}</td>
              <td>{slave.bytes}</td>
              <td>{t('lab.counters.shareValue', { percent: sharePercent(slave.bytes, total) })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <svg
        className="lab-share"
        viewBox={`0 0 ${CHART_WIDTH} ${state.slaves.length * (BAR_HEIGHT + 6)}`}
        role="img"
        aria-label={t('lab.counters.chart')}
      >
        {state.slaves.map((slave, index) => {
          const y = index * (BAR_HEIGHT + 6);
          const width = total > 0 ? (slave.bytes / total) * barSpace : 0;
          return (
            <g key={slave.name}>
              <text x={0} y={y + 13}>
                {slave.name}
              </text>
              <rect
                className="lab-share-bar"
                x={LABEL_WIDTH}
                y={y}
                width={width}
                height={BAR_HEIGHT}
              />
              <text x={LABEL_WIDTH + width + 4} y={y + 13}>
                {t('lab.counters.shareValue', { percent: sharePercent(slave.bytes, total) })}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
