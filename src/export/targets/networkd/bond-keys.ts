/**
 * Kernel bond options as systemd-networkd writes them: the [Bond] keys of the .netdev file with
 * explicit time units (a bare number is seconds there), and the two options that live on a
 * slave's .network as booleans. Key names and accepted values: systemd.netdev(5) and
 * systemd.network(5) of systemd 252, checked by its own parser (peers-and-formats.md §3.1, §1.6).
 */
import type { OptionValue } from '../../../model/options';
import { OPTION_NAMES } from '../../../model/options';
import type { Bond, OptionName } from '../../../model/types';
import type { OptionSupport } from '../../option-support';

/** How one option becomes a `[Bond]` line. */
interface BondKey {
  key: string;
  format: (value: OptionValue) => string;
}

const plain = (key: string): BondKey => ({ key, format: (value) => String(value) });
const milliseconds = (key: string): BondKey => ({ key, format: (value) => `${String(value)}ms` });
const onOff = (key: string): BondKey => ({
  key,
  format: (value) => (value === 'on' ? 'true' : 'false'),
});

/** The .netdev `[Bond]` key of every option networkd writes there, in the kernel's units. */
export const NETWORKD_BOND_KEYS: Partial<Record<OptionName, BondKey>> = {
  miimon: milliseconds('MIIMonitorSec'),
  updelay: milliseconds('UpDelaySec'),
  downdelay: milliseconds('DownDelaySec'),
  arp_interval: milliseconds('ARPIntervalSec'),
  arp_ip_target: {
    key: 'ARPIPTargets',
    format: (value) => (Array.isArray(value) ? value.join(' ') : String(value)),
  },
  arp_validate: plain('ARPValidate'),
  arp_all_targets: plain('ARPAllTargets'),
  primary_reselect: plain('PrimaryReselectPolicy'),
  fail_over_mac: plain('FailOverMACPolicy'),
  // One kernel setting under two names (the model refuses two different values).
  num_grat_arp: plain('GratuitousARP'),
  num_unsol_na: plain('GratuitousARP'),
  xmit_hash_policy: plain('TransmitHashPolicy'),
  packets_per_slave: plain('PacketsPerSlave'),
  lacp_rate: plain('LACPTransmitRate'),
  ad_select: plain('AdSelect'),
  ad_actor_sys_prio: plain('AdActorSystemPriority'),
  ad_actor_system: plain('AdActorSystem'),
  ad_user_port_key: plain('AdUserPortKey'),
  min_links: plain('MinLinks'),
  tlb_dynamic_lb: onOff('DynamicTransmitLoadBalancing'),
  lp_interval: { key: 'LearnPacketIntervalSec', format: (value) => `${String(value)}s` },
  all_slaves_active: onOff('AllSlavesActive'),
  resend_igmp: plain('ResendIGMP'),
};

/** The slave .network `[Network]` boolean that stands for an option naming that slave. */
export const NETWORKD_SLAVE_KEYS: Partial<Record<OptionName, string>> = {
  primary: 'PrimarySlave',
  active_slave: 'ActiveSlave',
};

/**
 * What networkd can write. systemd 252 refuses `vlan+srcmac` and the `filter*` ARP validation
 * values ("Failed to parse bond ..."), and has no key for the other kernel options.
 */
export const NETWORKD_SUPPORT: OptionSupport = {
  ...Object.fromEntries(Object.keys(NETWORKD_BOND_KEYS).map((name) => [name, true])),
  ...Object.fromEntries(Object.keys(NETWORKD_SLAVE_KEYS).map((name) => [name, true])),
  arp_validate: ['none', 'active', 'backup', 'all'],
  xmit_hash_policy: ['layer2', 'layer3+4', 'layer2+3', 'encap2+3', 'encap3+4'],
};

/** The `[Bond]` entries of a bond: Mode first, then its options in canonical order. */
export function bondEntries(bond: Bond): [string, string][] {
  const entries = new Map<string, string>([['Mode', bond.mode]]);
  for (const name of OPTION_NAMES) {
    const value = bond.options[name];
    const bondKey = NETWORKD_BOND_KEYS[name];
    if (value === undefined || bondKey === undefined) continue;
    const text = bondKey.format(value);
    const earlier = entries.get(bondKey.key);
    if (earlier !== undefined && earlier !== text) {
      throw new Error(`bond ${bond.name}: ${bondKey.key} would be both ${earlier} and ${text}`);
    }
    entries.set(bondKey.key, text);
  }
  return [...entries];
}

/** The `[Network]` booleans of one slave: PrimarySlave=true on the primary, and so on. */
export function slaveEntries(bond: Bond, slave: string): [string, string][] {
  return OPTION_NAMES.flatMap((name): [string, string][] => {
    const key = NETWORKD_SLAVE_KEYS[name];
    return key !== undefined && bond.options[name] === slave ? [[key, 'true']] : [];
  });
}
