/**
 * Parser of /proc/net/bonding/bondN text (bond_procfs.c, and RHEL5's bonding 3.4.0): one bond
 * per file, named by the file. /proc shows effective values, so an option at its kernel default
 * reads back as absent; runtime state (link status, counters, LACP partner details) is skipped.
 */
import { BOND_MODE_INFO } from '../model/bond-modes';
import { isValidIfname, isValidMac } from '../model/names';
import { OPTION_INFO } from '../model/options';
import { BOND_MODES, type Bond, type BondMode, type Nic } from '../model/types';
import { baseName } from './detect';
import { applyOption, type BondDraft } from './option-text';
import type { ImportNote, ParseResult, SourceFile } from './types';

/** What /proc cannot carry back into a design (checked by the test). */
export const ROUND_TRIP_LOSSES = {
  defaults: 'options at their kernel default are read back as absent',
  hidden: '/proc does not show use_carrier, arp_validate, num_grat_arp and other options',
  addressing: 'IPv4, MTU, NIC models and drivers are not shown',
} as const;

/** Master labels and the option each gives; values are read as the option's text. */
const OPTION_LABELS: Readonly<Record<string, string>> = {
  'MII Polling Interval (ms)': 'miimon',
  'Up Delay (ms)': 'updelay',
  'Down Delay (ms)': 'downdelay',
  'Peer Notification Delay (ms)': 'peer_notif_delay',
  'ARP Polling Interval (ms)': 'arp_interval',
  'ARP Missed Max': 'arp_missed_max',
  'ARP IP target/s (n.n.n.n form)': 'arp_ip_target',
  'NS IPv6 target/s (xx::xx form)': 'ns_ip6_target',
  'LACP active': 'lacp_active',
  'LACP rate': 'lacp_rate',
  'Min links': 'min_links',
  'Aggregator selection policy (ad_select)': 'ad_select',
  'System priority': 'ad_actor_sys_prio',
};

/** Labels of runtime state: understood, but nothing a design holds. */
const STATE_LABELS = new Set([
  'Currently Active Slave',
  'MII Status',
  'Duplex',
  'Link Failure Count',
  'Aggregator ID',
  'Number of ports',
  'Actor Key',
  'Partner Key',
  'Partner Mac Address',
  'System MAC address',
  'Actor Churn State',
  'Partner Churn State',
  'Actor Churned Count',
  'Partner Churned Count',
  'system priority',
  'system mac address',
  'port key',
  'oper key',
  'port priority',
  'port number',
  'port state',
]);

/** Lines without a value that only open a block. */
const BLOCK_LINES = new Set([
  '802.3ad info',
  'Active Aggregator Info:',
  'details actor lacp pdu:',
  'details partner lacp pdu:',
]);

function modeFromProc(text: string): { mode?: BondMode; failOverMac?: string } {
  const match = /^(.*?)(?: \(fail_over_mac (\w+)\))?$/.exec(text);
  const name = match?.[1] ?? text;
  const mode = BOND_MODES.find((candidate) => BOND_MODE_INFO[candidate].procName === name);
  return { ...(mode ? { mode } : {}), ...(match?.[2] ? { failOverMac: match[2] } : {}) };
}

function isDefault(name: string, text: string): boolean {
  const info = Object.hasOwn(OPTION_INFO, name)
    ? OPTION_INFO[name as keyof typeof OPTION_INFO]
    : undefined;
  return info !== undefined && String(info.defaultValue) === text;
}

function bondNameOf(path: string, notes: ImportNote[]): string {
  const name = baseName(path);
  if (isValidIfname(name) && !name.includes('.')) {
    return name;
  }
  notes.push({
    severity: 'info',
    code: 'bond-name-assumed',
    file: path,
    params: { name: 'bond0' },
  });
  return 'bond0';
}

interface ProcState {
  draft: BondDraft;
  nics: Nic[];
}

function readMasterValue(
  state: ProcState,
  label: string,
  text: string,
  at: { file: string; line: number },
  notes: ImportNote[],
): boolean {
  if (label === 'Bonding Mode') {
    const { mode, failOverMac } = modeFromProc(text);
    if (mode === undefined) {
      notes.push({ severity: 'warning', code: 'mode-unknown', ...at, params: { value: text } });
    } else {
      state.draft.mode = mode;
    }
    if (failOverMac !== undefined)
      applyOption(state.draft, 'fail_over_mac', failOverMac, at, notes);
    return true;
  }
  if (label === 'Transmit Hash Policy') {
    const policy = text.replace(/\s*\(\d+\)$/, '');
    if (!isDefault('xmit_hash_policy', policy))
      applyOption(state.draft, 'xmit_hash_policy', policy, at, notes);
    return true;
  }
  if (label === 'Primary Slave') {
    const match = /^(\S+)(?: \(primary_reselect (\w+)\))?$/.exec(text);
    if (match?.[1] && match[1] !== 'None') {
      applyOption(state.draft, 'primary', match[1], at, notes);
      if (match[2] && !isDefault('primary_reselect', match[2])) {
        applyOption(state.draft, 'primary_reselect', match[2], at, notes);
      }
    }
    return true;
  }
  const option = OPTION_LABELS[label];
  if (option === undefined) return false;
  if (text !== '' && !isDefault(option, text)) applyOption(state.draft, option, text, at, notes);
  return true;
}

function readSlaveValue(
  state: ProcState,
  label: string,
  text: string,
  at: { file: string; line: number },
  notes: ImportNote[],
): boolean {
  const nic = state.nics[state.nics.length - 1];
  if (nic === undefined) return false;
  if (label === 'Speed') {
    const match = /^(\d+) Mbps$/.exec(text);
    if (match?.[1]) nic.speed = Number(match[1]);
    return match !== null || text === 'Unknown';
  }
  if (label === 'Permanent HW addr') {
    if (isValidMac(text)) nic.mac = text.toLowerCase();
    else notes.push({ severity: 'warning', code: 'mac-invalid', ...at, params: { value: text } });
    return true;
  }
  if (label === 'Slave queue ID') {
    // Queue 0 is the kernel's default for every slave; only others were set.
    if (text !== '0') applyOption(state.draft, 'queue_id', `${nic.name}:${text}`, at, notes);
    return true;
  }
  return false;
}

function readLine(
  state: ProcState,
  raw: string,
  at: { file: string; line: number },
  notes: ImportNote[],
): boolean {
  const trimmed = raw.trim();
  if (
    trimmed === '' ||
    BLOCK_LINES.has(trimmed) ||
    trimmed.startsWith('Ethernet Channel Bonding Driver:')
  ) {
    return true;
  }
  if (/^bond \S+ has no active aggregator$/.test(trimmed)) return true;
  const colon = trimmed.indexOf(':');
  if (colon <= 0) return false;
  const label = trimmed.slice(0, colon).trim();
  const text = trimmed.slice(colon + 1).trim();
  if (label === 'Slave Interface') {
    if (!isValidIfname(text)) return false;
    state.nics.push({ name: text });
    return true;
  }
  if (STATE_LABELS.has(label)) return true;
  return state.nics.length > 0
    ? readSlaveValue(state, label, text, at, notes)
    : readMasterValue(state, label, text, at, notes);
}

function parseOne(file: SourceFile, notes: ImportNote[]): { bond: Bond; nics: Nic[] } {
  const state: ProcState = {
    draft: { name: bondNameOf(file.path, notes), options: {} },
    nics: [],
  };
  file.text.split(/\r?\n/).forEach((raw, index) => {
    const at = { file: file.path, line: index + 1 };
    if (!readLine(state, raw, at, notes)) {
      notes.push({
        severity: 'warning',
        code: 'line-not-understood',
        ...at,
        params: { text: raw },
      });
    }
  });
  if (state.draft.mode === undefined) {
    notes.push({ severity: 'error', code: 'proc-mode-missing', file: file.path });
  }
  return {
    bond: {
      name: state.draft.name,
      mode: state.draft.mode ?? 'balance-rr',
      slaves: state.nics.map((nic) => nic.name),
      options: state.draft.options,
    },
    nics: state.nics,
  };
}

/**
 * Parses /proc/net/bonding files, one bond each (named by the file's base name): mode from the
 * "Bonding Mode:" text, monitoring, ARP/NS targets, primary, hash policy, LACP settings, and
 * the slaves in order with their permanent MAC, speed and queue id.
 * @example parseProc([{ path: '/proc/net/bonding/bond0', text: procText }]).bonds[0].mode
 */
export function parseProc(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const nics: Nic[] = [];
  const bonds: Bond[] = [];
  for (const file of files) {
    const result = parseOne(file, notes);
    bonds.push(result.bond);
    nics.push(...result.nics.filter((nic) => !nics.some((known) => known.name === nic.name)));
  }
  return { nics, bonds, notes };
}
