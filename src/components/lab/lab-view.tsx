/**
 * The Lab view: choose a bond (from the design or a scratch one), the kernel, the traffic and
 * the rate, then run a session. Loaded lazily with its catalogue.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOND_MODE_INFO } from '../../model/bond-modes';
import { BOND_MODES, type BondMode } from '../../model/types';
import { SCENARIOS } from '../../sim/scenarios';
import { simBondFromDesign } from '../../sim/simulate-design';
import type { Kernel } from '../../sim/types';
import type { FlowRow } from '../../sim/scenarios';
import { useAppStore } from '../../store/app-store-context';
import { ensureLabCatalogue } from './lab-catalogue';
import { parseFlowDraft } from './flow-schema';
import { FlowTable } from './flow-table';
import { customPackets, scenarioPackets, scratchBond } from './lab-setup';
import { LabSession } from './lab-session';
import { CUSTOM_TRAFFIC as CUSTOM, type Traffic, useLabSettings } from './lab-settings';
import './lab.css';

const SCRATCH = '';
const KERNELS: readonly Kernel[] = ['current', 'rhel5'];
const RATES = [5, 20, 100, 500] as const;

/** The whole Lab view. */
export function LabView() {
  const { t, i18n } = useTranslation();
  ensureLabCatalogue(i18n);
  const id = useId();
  const design = useAppStore((state) => state.design);
  const [settings, update] = useLabSettings();
  const { scratchMode, kernel, scenario, flows, rate } = settings;
  // A remembered bond that the design no longer has falls back to its first bond.
  const bondName =
    settings.bondName === SCRATCH || design.bonds.some((entry) => entry.name === settings.bondName)
      ? (settings.bondName ?? SCRATCH)
      : (design.bonds[0]?.name ?? SCRATCH);
  const [run, setRun] = useState(0);
  const bond = useMemo(
    () =>
      bondName === SCRATCH ? scratchBond(scratchMode) : simBondFromDesign(design, bondName, []),
    [bondName, design, scratchMode],
  );
  const rows = useMemo(
    () =>
      flows.flatMap((flow): FlowRow[] => {
        const parsed = parseFlowDraft(flow);
        return parsed.ok ? [parsed.row] : [];
      }),
    [flows],
  );
  const packets = useMemo(() => {
    if (!bond) return [];
    return scenario === CUSTOM ? customPackets(rows, bond) : scenarioPackets(scenario, bond);
  }, [bond, rows, scenario]);
  return (
    <main className="lab-view" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`}>{t('lab.heading')}</h1>
      <p>{t('lab.intro')}</p>
      <div className="lab-setup" role="group" aria-label={t('lab.setup.label')}>
        <label>
          {t('lab.setup.bond')}
          <select value={bondName} onChange={(event) => update({ bondName: event.target.value })}>
            {design.bonds.map((entry) => (
              <option key={entry.name} value={entry.name}>
                {t('lab.setup.designBond', {
                  name: entry.name,
                  mode: entry.mode,
                  count: entry.slaves.length,
                })}
              </option>
            ))}
            <option value={SCRATCH}>{t('lab.setup.scratch')}</option>
          </select>
        </label>
        {bondName === SCRATCH && (
          <label>
            {t('lab.setup.mode')}
            <select
              value={scratchMode}
              onChange={(event) => update({ scratchMode: event.target.value as BondMode })}
            >
              {BOND_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t('panel.mode.choice', { mode, number: BOND_MODE_INFO[mode].number })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('lab.setup.kernel')}
          <select
            value={kernel}
            onChange={(event) => update({ kernel: event.target.value as Kernel })}
          >
            {KERNELS.map((entry) => (
              <option key={entry} value={entry}>
                {t(`lab.setup.kernels.${entry}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lab.setup.scenario')}
          <select
            value={scenario}
            onChange={(event) => update({ scenario: event.target.value as Traffic })}
          >
            {SCENARIOS.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {t(`lab.scenarios.${entry.id}`)}
              </option>
            ))}
            <option value={CUSTOM}>{t('lab.scenarios.custom')}</option>
          </select>
        </label>
        <label>
          {t('lab.setup.rate')}
          <select value={rate} onChange={(event) => update({ rate: Number(event.target.value) })}>
            {RATES.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setRun(run + 1)}>
          {t('lab.controls.reset')}
        </button>
      </div>
      {scenario === CUSTOM && (
        <FlowTable flows={flows} onChange={(next) => update({ flows: next })} />
      )}
      {scenario === CUSTOM && packets.length === 0 && (
        <p className="lab-hint" role="status">
          {t('lab.flows.none')}
        </p>
      )}
      {bond && bond.slaves.length > 0 ? (
        <LabSession
          key={`${bondName}|${scratchMode}|${kernel}|${scenario}|${run}|${JSON.stringify(rows)}`}
          bondName={bondName === SCRATCH ? 'bond0' : bondName}
          bond={bond}
          packets={packets}
          kernel={kernel}
          rate={rate}
        />
      ) : (
        <p className="lab-hint">{t('lab.setup.noSlaves')}</p>
      )}
    </main>
  );
}
