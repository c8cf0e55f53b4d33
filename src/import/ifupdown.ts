/**
 * Parser of Debian's /etc/network/interfaces (ifupdown with the ifenslave hooks, and ifupdown2's
 * bond-* spelling): `iface` stanzas of family inet, their bond-* options, slaves from
 * bond-slaves (or a slave's bond-master). Nothing is run; `up`/`pre-up` commands are noted.
 */
import { isIpv4, parsePrefixOrNetmask } from '../model/addressing';
import { isValidIfname } from '../model/names';
import type { Bond, Ipv4, Nic } from '../model/types';
import { applyOption, type BondDraft, type SourceAt } from './option-text';
import type { ImportNote, ParseResult, SourceFile } from './types';

/** What an ifupdown export cannot carry back into a design (checked by the round-trip test). */
export const ROUND_TRIP_LOSSES = {
  nicOrder: 'NICs are read back in stanza order: the slaves of each bond in turn',
  nicsOutsideBonds: 'NICs that are no slave get no stanza',
  ipv4None: 'IPv4 method none is written as inet manual: no ipv4',
  nicDetails: 'NIC drivers, MACs and speeds are not written',
  host: 'the host name is not written',
} as const;

interface Stanza {
  name: string;
  method: string;
  line: number;
  file: string;
  options: { key: string; words: string[]; line: number }[];
  /** Comment lines just before the stanza (its `auto` line included), for the NIC model. */
  comments: string[];
}

const IFACE = /^iface\s+(\S+)\s+(\S+)\s+(\S+)\s*$/;
const MARK = /^(auto|allow-auto|allow-hotplug|allow-\S+)\s+/;

function readStanzas(file: SourceFile, notes: ImportNote[]): Stanza[] {
  const stanzas: Stanza[] = [];
  let current: Stanza | undefined;
  let comments: string[] = [];
  file.text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      comments = [];
      return;
    }
    if (trimmed.startsWith('#')) {
      comments.push(trimmed.replace(/^#+\s*/, ''));
      return;
    }
    const words = trimmed.split(/\s+/);
    const iface = IFACE.exec(trimmed);
    if (iface?.[1] && iface[2] && iface[3]) {
      current = undefined;
      if (iface[2] !== 'inet') {
        notes.push({
          severity: 'warning',
          code: 'ifupdown-family-not-imported',
          file: file.path,
          line,
          params: { name: iface[1], family: iface[2] },
        });
      } else {
        current = {
          name: iface[1],
          method: iface[3],
          line,
          file: file.path,
          options: [],
          comments,
        };
        stanzas.push(current);
      }
      comments = [];
      return;
    }
    if (MARK.test(trimmed)) {
      current = undefined;
      return;
    }
    const [key, ...rest] = words;
    if (current && key !== undefined && !/^(mapping|source|source-directory)$/.test(key)) {
      current.options.push({ key, words: rest, line });
      return;
    }
    current = undefined;
    notes.push({
      severity: 'warning',
      code: 'line-not-understood',
      file: file.path,
      line,
      params: { text: raw },
    });
  });
  return stanzas;
}

function isBondStanza(stanza: Stanza): boolean {
  return stanza.options.some(
    (option) =>
      (/^bond[-_]/.test(option.key) && !/^bond[-_]master$/.test(option.key)) ||
      option.key === 'slaves',
  );
}

function isOtherDevice(stanza: Stanza): boolean {
  return (
    stanza.name === 'lo' ||
    stanza.method === 'loopback' ||
    /[.:]/.test(stanza.name) ||
    !isValidIfname(stanza.name) ||
    stanza.options.some((option) => /^(bridge|vlan)[-_]/.test(option.key))
  );
}

function ipv4Of(stanza: Stanza, notes: ImportNote[]): Ipv4 | undefined {
  if (stanza.method === 'dhcp') return { method: 'dhcp' };
  if (stanza.method !== 'static') return undefined;
  const find = (key: string) => stanza.options.filter((option) => option.key === key).pop();
  const address = find('address');
  const [addressText = '', prefixText] = address?.words[0]?.split('/') ?? [];
  const netmask = prefixText ?? find('netmask')?.words[0];
  const prefix = netmask === undefined ? undefined : parsePrefixOrNetmask(netmask);
  const at = { file: stanza.file, line: address?.line ?? stanza.line };
  if (!isIpv4(addressText) || prefix === undefined) {
    notes.push({
      severity: 'warning',
      code: 'ipv4-invalid',
      ...at,
      params: { value: address?.words.join(' ') ?? '' },
    });
    return undefined;
  }
  const gateway = find('gateway')?.words[0];
  return gateway !== undefined && isIpv4(gateway)
    ? { method: 'static', address: addressText, prefix, gateway }
    : { method: 'static', address: addressText, prefix };
}

const ADDRESS_KEYS = new Set(['address', 'netmask', 'gateway']);

function readBond(
  stanza: Stanza,
  notes: ImportNote[],
): { draft: BondDraft; slaves: string[]; mtu?: number } {
  const draft: BondDraft = { name: stanza.name, options: {} };
  const result: { draft: BondDraft; slaves: string[]; mtu?: number } = { draft, slaves: [] };
  for (const option of stanza.options) {
    const at: SourceAt = { file: stanza.file, line: option.line };
    const mtuUp = /^up ip link set dev (\S+) mtu (\d+)$/.exec(
      [option.key, ...option.words].join(' '),
    );
    if (option.key === 'mtu' || (mtuUp && mtuUp[1] === stanza.name)) {
      const text = mtuUp?.[2] ?? option.words[0] ?? '';
      if (/^\d{1,6}$/.test(text)) result.mtu = Number(text);
      else notes.push({ severity: 'warning', code: 'mtu-invalid', ...at, params: { value: text } });
    } else if (
      option.key === 'bond-slaves' ||
      option.key === 'slaves' ||
      option.key === 'bond_slaves'
    ) {
      result.slaves.push(...option.words.filter((name) => name !== 'none'));
    } else if (/^bond[-_]/.test(option.key)) {
      const name = option.key.slice('bond-'.length).replaceAll('-', '_');
      applyOption(draft, name, option.words.join(','), at, notes);
    } else if (!ADDRESS_KEYS.has(option.key)) {
      notes.push({
        severity: 'warning',
        code: 'ifupdown-option-not-imported',
        ...at,
        params: { option: option.key },
      });
    }
  }
  return result;
}

// The export's NIC comments: an optional model line, then "<nic>: slave of <bond>".
function modelOf(stanza: Stanza): string | undefined {
  const origin = stanza.comments.findIndex((text) => text.startsWith(`${stanza.name}: slave of `));
  return origin > 0 ? stanza.comments[origin - 1] : undefined;
}

/**
 * Parses interfaces(5) files. A stanza with bond-* options (or `slaves`) is a bond; any other
 * inet stanza of a plain interface name is a NIC (its bond-master makes it a slave). Loopback,
 * VLAN and bridge stanzas and other families are noted, not imported.
 * @example parseIfupdown([{ path: 'interfaces', text: 'iface bond0 inet dhcp\n bond-mode 1\n' }])
 */
export function parseIfupdown(files: SourceFile[]): ParseResult {
  const notes: ImportNote[] = [];
  const stanzas = files.flatMap((file) => readStanzas(file, notes));
  const bonds: Bond[] = [];
  const nics: Nic[] = [];
  const masters: { nic: string; bond: string }[] = [];
  for (const stanza of stanzas) {
    if (isOtherDevice(stanza)) {
      if (stanza.name !== 'lo') {
        notes.push({
          severity: 'info',
          code: 'interface-not-imported',
          file: stanza.file,
          line: stanza.line,
          params: { name: stanza.name },
        });
      }
      continue;
    }
    if (isBondStanza(stanza)) {
      const { draft, slaves, mtu } = readBond(stanza, notes);
      const ipv4 = ipv4Of(stanza, notes);
      if (draft.mode === undefined) {
        notes.push({
          severity: 'info',
          code: 'bond-mode-default',
          file: stanza.file,
          line: stanza.line,
          params: { bond: draft.name },
        });
      }
      bonds.push({
        name: draft.name,
        mode: draft.mode ?? 'balance-rr',
        slaves,
        options: draft.options,
        ...(ipv4 ? { ipv4 } : {}),
        ...(mtu === undefined ? {} : { mtu }),
      });
      continue;
    }
    const model = modelOf(stanza);
    nics.push(model === undefined ? { name: stanza.name } : { name: stanza.name, model });
    for (const option of stanza.options) {
      if (/^bond[-_]master$/.test(option.key) && option.words[0] !== undefined) {
        masters.push({ nic: stanza.name, bond: option.words[0] });
      } else {
        notes.push({
          severity: 'warning',
          code: 'ifupdown-option-not-imported',
          file: stanza.file,
          line: option.line,
          params: { option: option.key },
        });
      }
    }
  }
  for (const { nic, bond } of masters) {
    const target = bonds.find((candidate) => candidate.name === bond);
    if (target && !target.slaves.includes(nic)) target.slaves.push(nic);
  }
  // NICs listed as slaves come in slave order, the rest after them.
  const slaveNames = bonds.flatMap((bond) => bond.slaves);
  const ordered = [
    ...slaveNames.map((name) => nics.find((nic) => nic.name === name) ?? { name }),
    ...nics.filter((nic) => !slaveNames.includes(nic.name)),
  ];
  return { nics: ordered, bonds, notes };
}
