/**
 * The bond's /proc/net/bonding file for the simulator's current state, in the chosen kernel's
 * exact layout (src/sim/proc.ts).
 */
import { useTranslation } from 'react-i18next';
import { renderProcBonding } from '../../sim/proc';
import type { Kernel, SimBond, SimState } from '../../sim/types';

interface ProcViewProps {
  bondName: string;
  bond: SimBond;
  state: SimState;
  kernel: Kernel;
}

/** The /proc text in a labelled <pre>. */
export function ProcView({ bondName, bond, state, kernel }: ProcViewProps) {
  const { t } = useTranslation();
  const heading = t('lab.proc.heading', { bond: bondName });
  return (
    <section className="lab-card" aria-labelledby="lab-proc-heading">
      <h2 id="lab-proc-heading">{heading}</h2>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrolls when long: keyboard users must reach it to scroll (WCAG 2.1.1) */}
      <pre className="lab-proc" tabIndex={0}>
        {renderProcBonding(bondName, bond, state, kernel)}
      </pre>
    </section>
  );
}
