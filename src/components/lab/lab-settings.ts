/**
 * What the Lab remembers across reloads: its setup and the custom-flow table exactly as typed
 * (nothing the user typed is lost). Stored apart from the design; a stored value that does not
 * parse falls back to the defaults field by field.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { BOND_MODES, type BondMode } from '../../model/types';
import { SCENARIOS, type ScenarioId } from '../../sim/scenarios';
import type { Kernel } from '../../sim/types';
import { DEFAULT_FLOWS, FLOW_PROTOS, type FlowDraft } from './flow-schema';

/** The traffic choice that uses the custom-flow table instead of a preset. */
export const CUSTOM_TRAFFIC = 'custom';
export type Traffic = ScenarioId | typeof CUSTOM_TRAFFIC;

/** The Lab's setup. `bondName` '' is the scratch bond. */
export interface LabSettings {
  bondName: string | null;
  scratchMode: BondMode;
  kernel: Kernel;
  scenario: Traffic;
  flows: FlowDraft[];
  rate: number;
}

/** The localStorage key of the Lab's setup. */
export const LAB_SETTINGS_KEY = 'bondsmith:lab';

const DEFAULTS: LabSettings = {
  bondName: null,
  scratchMode: 'balance-xor',
  kernel: 'current',
  scenario: 'many-clients',
  flows: [...DEFAULT_FLOWS],
  rate: 20,
};

const text = z.string().max(200);
const settingsSchema = z.object({
  bondName: z.string().max(15).nullable().catch(DEFAULTS.bondName),
  scratchMode: z.enum(BOND_MODES).catch(DEFAULTS.scratchMode),
  kernel: z.enum(['current', 'rhel5']).catch(DEFAULTS.kernel),
  scenario: z
    .enum([CUSTOM_TRAFFIC, ...SCENARIOS.map((scenario) => scenario.id)])
    .catch(DEFAULTS.scenario),
  flows: z
    .array(
      z.object({
        src_ip: text,
        dst_ip: text,
        proto: z.enum(FLOW_PROTOS),
        src_port: text,
        dst_port: text,
        packets: text,
      }),
    )
    .max(100)
    .catch(DEFAULTS.flows),
  rate: z.number().int().min(1).max(1000).catch(DEFAULTS.rate),
});

/** The stored setup, or the defaults for what is missing or does not parse. */
export function parseLabSettings(stored: string | null): LabSettings {
  if (stored === null) return DEFAULTS;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LAB_SETTINGS_KEY);
  } catch {
    return null;
  }
}

/** The Lab's setup, saved on every change (a full or blocked storage keeps it for the session). */
export function useLabSettings(): [LabSettings, (patch: Partial<LabSettings>) => void] {
  const [settings, setSettings] = useState(() => parseLabSettings(readStored()));
  useEffect(() => {
    try {
      localStorage.setItem(LAB_SETTINGS_KEY, JSON.stringify(settings));
    } catch {
      // Storage full or blocked: the settings live on in memory for this session.
    }
  }, [settings]);
  return [settings, (patch) => setSettings((current) => ({ ...current, ...patch }))];
}
