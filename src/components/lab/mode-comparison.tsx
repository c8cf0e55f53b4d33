/**
 * Compare: the session's traffic through the same slaves in all seven modes (src/sim/compare.ts):
 * share per slave, the most one flow can get, what a cut cable costs, what the switch needs.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { modeKey } from '../../model/bond-modes';
import { compareModes } from '../../sim/compare';
import type { Kernel, SimBond, SimPacket } from '../../sim/types';

interface ModeComparisonProps {
  bond: SimBond;
  packets: readonly SimPacket[];
  kernel: Kernel;
}

/** The comparison table; recomputed only when the bond, traffic or kernel change. */
export function ModeComparison({ bond, packets, kernel }: ModeComparisonProps) {
  const { t } = useTranslation();
  const rows = useMemo(() => compareModes(bond, packets, kernel), [bond, packets, kernel]);
  return (
    <section className="lab-card lab-compare" aria-labelledby="lab-compare-heading">
      <h2 id="lab-compare-heading">{t('lab.compare.heading')}</h2>
      <p>{t('lab.compare.intro')}</p>
      <table className="lab-table">
        <thead>
          <tr>
            <th scope="col">{t('lab.compare.mode')}</th>
            <th scope="col">{t('lab.compare.share')}</th>
            <th scope="col">{t('lab.compare.bestFlow')}</th>
            <th scope="col">{t('lab.compare.cutCost')}</th>
            <th scope="col">{t('lab.compare.switch')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.mode}>
              <th scope="row">{t(`modes.${modeKey(row.mode)}.title`)}</th>
              <td>
                {row.shares
                  .map((share) =>
                    t('lab.compare.slaveShare', {
                      slave: share.slave,
                      percent: share.percent.toFixed(1),
                    }),
                  )
                  .join(', ')}
              </td>
              <td>
                {t('lab.compare.bestFlowValue', {
                  percent: (row.maxFlowFraction * 100).toFixed(0),
                })}
              </td>
              <td>
                {row.cut === null && t('lab.compare.noCut')}
                {row.cut?.failoverMs === null && t('lab.compare.neverDetected')}
                {row.cut &&
                  row.cut.failoverMs !== null &&
                  t('lab.compare.cutValue', {
                    slave: row.cut.slave,
                    failover: row.cut.failoverMs,
                    lost: t('lab.compare.lostPackets', { count: row.cut.lostPackets }),
                  })}
              </td>
              <td>{t(`lab.compare.switchConfig.${row.switchConfig}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
