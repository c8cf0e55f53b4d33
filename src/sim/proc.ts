/**
 * The text of /proc/net/bonding/bondX for a simulated bond, line for line as the kernel prints
 * it: bond_procfs.c (6.x, read by a root user) and RHEL5's bonding 3.4.0 bond_main.c, as
 * summarised in shared/reference/kernel-bonding.md §4.5.
 */
import { BOND_MODE_INFO } from '../model/bond-modes';
import { normalizeIpv6 } from '../model/addressing';
import { enumNumber, parseQueueEntry } from '../model/options';
import type { BondOptions } from '../model/types';
import { isInService, mac } from './proc-common';
import {
  aggregatorIds,
  DEFAULT_LACP_PARTNER,
  lacpLines,
  slaveLacpLines,
  type LacpPartner,
} from './proc-lacp';
import type { Kernel, SimBond, SimState, SlaveLink, SlaveState } from './types';

export { DEFAULT_LACP_PARTNER, type LacpPartner } from './proc-lacp';

/** Rendering choices the simulated bond itself cannot tell. */
export interface ProcOptions {
  /** `uname -r` of a current kernel; the driver has printed it as its version since ~5.7. */
  kernelRelease?: string;
  /** The switch; defaults to `DEFAULT_LACP_PARTNER`. */
  lacpPartner?: LacpPartner;
}

/** Used when `kernelRelease` is not given. */
export const DEFAULT_KERNEL_RELEASE = '6.12.0';

const RHEL5_VERSION = 'Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)';

/** bond_slave_link_status. */
const LINK_TEXT: Record<SlaveLink, string> = {
  up: 'up',
  fail: 'going down',
  down: 'down',
  back: 'going back',
};

/** miimon in force: modes 4/5/6 turn 0 into 100 when the mode is set. */
function effectiveMiimon(bond: SimBond): number {
  const miimon = bond.options.miimon ?? 0;
  return miimon === 0 && BOND_MODE_INFO[bond.mode].forcesMiimon ? 100 : miimon;
}

/** Delays are stored as miimon multiples and printed back multiplied (§2.3). */
function delay(value: number | undefined, miimon: number): number {
  return miimon > 0 ? Math.floor((value ?? 0) / miimon) * miimon : 0;
}

function usesXmitHash(bond: SimBond, kernel: Kernel): boolean {
  if (bond.mode === 'balance-xor' || bond.mode === '802.3ad') return true;
  const tlbMode = bond.mode === 'balance-tlb' || bond.mode === 'balance-alb';
  return kernel === 'current' && tlbMode && bond.options.tlb_dynamic_lb === 'off';
}

/** bond_set_carrier: 802.3ad needs min_links ports in the aggregator, others one slave up. */
function bondCarrier(bond: SimBond, state: SimState): boolean {
  const up = state.slaves.filter((slave) => isInService(slave)).length;
  const needed = bond.mode === '802.3ad' ? Math.max(1, bond.options.min_links ?? 0) : 1;
  return up >= needed;
}

function targetsLine(label: string, targets: readonly string[] | undefined): string {
  return label + (targets ?? []).map((target) => ` ${target}`).join(',');
}

function masterLines(bond: SimBond, state: SimState, kernel: Kernel): string[] {
  const options: BondOptions = bond.options;
  const info = BOND_MODE_INFO[bond.mode];
  const lines: string[] = [];
  const fom = options.fail_over_mac ?? 'none';
  const fomSuffix =
    bond.mode === 'active-backup' && fom !== 'none' ? ` (fail_over_mac ${fom})` : '';
  lines.push(`Bonding Mode: ${info.procName}${fomSuffix}`);
  if (usesXmitHash(bond, kernel)) {
    const policy = options.xmit_hash_policy ?? 'layer2';
    lines.push(`Transmit Hash Policy: ${policy} (${enumNumber('xmit_hash_policy', policy) ?? 0})`);
  }
  if (info.supportsPrimary) {
    // bond->primary_slave is only set when the named device is one of the slaves.
    const primary = bond.slaves.some((slave) => slave.name === options.primary)
      ? options.primary
      : undefined;
    const reselect = primary ? ` (primary_reselect ${options.primary_reselect ?? 'always'})` : '';
    lines.push(`Primary Slave: ${primary ?? 'None'}${reselect}`);
    lines.push(`Currently Active Slave: ${state.active ?? 'None'}`);
  }
  const miimon = effectiveMiimon(bond);
  lines.push(`MII Status: ${bondCarrier(bond, state) ? 'up' : 'down'}`);
  lines.push(`MII Polling Interval (ms): ${miimon}`);
  lines.push(`Up Delay (ms): ${delay(options.updelay, miimon)}`);
  lines.push(`Down Delay (ms): ${delay(options.downdelay, miimon)}`);
  if (kernel === 'current') {
    lines.push(`Peer Notification Delay (ms): ${delay(options.peer_notif_delay, miimon)}`);
  }
  const arpInterval = info.supportsArpMonitor ? (options.arp_interval ?? 0) : 0;
  if (arpInterval > 0) {
    lines.push(`ARP Polling Interval (ms): ${arpInterval}`);
    if (kernel === 'current') lines.push(`ARP Missed Max: ${options.arp_missed_max ?? 2}`);
    lines.push(targetsLine('ARP IP target/s (n.n.n.n form):', options.arp_ip_target));
    if (kernel === 'current') {
      // %pI6c prints the compressed form.
      const ns = options.ns_ip6_target?.map((target) => normalizeIpv6(target) ?? target);
      lines.push(targetsLine('NS IPv6 target/s (xx::xx form):', ns));
    }
  }
  return lines;
}

/** A slave down since enslave never told the bond its speed (ethtool answers unknown). */
function speedKnown(slave: SlaveState): boolean {
  return slave.speed > 0 && !(slave.link === 'down' && slave.linkFailures === 0);
}

function slaveLines(
  bond: SimBond,
  state: SimState,
  slave: SlaveState,
  index: number,
  kernel: Kernel,
  partner: LacpPartner,
): string[] {
  const lines = ['', `Slave Interface: ${slave.name}`];
  if (kernel === 'rhel5') {
    lines.push(
      `MII Status: ${slave.link === 'up' ? 'up' : 'down'}`,
      `Speed: ${slave.speed} Mbps`,
      'Duplex: full',
      `Link Failure Count: ${slave.linkFailures}`,
      `Permanent HW addr: ${mac(slave.mac)}`,
    );
    if (bond.mode === '802.3ad') {
      lines.push(`Aggregator ID: ${aggregatorIds(state)[index] ?? index + 1}`);
    }
    return lines;
  }
  const known = speedKnown(slave);
  lines.push(
    `MII Status: ${LINK_TEXT[slave.link]}`,
    `Speed: ${known ? `${slave.speed} Mbps` : 'Unknown'}`,
    `Duplex: ${known ? 'full' : 'Unknown'}`,
    `Link Failure Count: ${slave.linkFailures}`,
    `Permanent HW addr: ${mac(slave.mac)}`,
    `Slave queue ID: ${queueId(bond, slave.name)}`,
  );
  if (bond.mode === '802.3ad') lines.push(...slaveLacpLines(bond, state, slave, index, partner));
  return lines;
}

function queueId(bond: SimBond, slave: string): number {
  const entries = (bond.options.queue_id ?? []).map(parseQueueEntry);
  return entries.find((entry) => entry?.slave === slave)?.queue ?? 0;
}

/**
 * The exact text of /proc/net/bonding/`bondName` for the bond's current simulated state, as
 * root reads it (the CAP_NET_ADMIN lines included).
 * @example renderProcBonding('bond0', bond, simulator.state(), 'rhel5')
 */
export function renderProcBonding(
  bondName: string,
  bond: SimBond,
  state: SimState,
  kernel: Kernel,
  options: ProcOptions = {},
): string {
  const partner = options.lacpPartner ?? DEFAULT_LACP_PARTNER;
  const version =
    kernel === 'rhel5'
      ? RHEL5_VERSION
      : `Ethernet Channel Bonding Driver: v${options.kernelRelease ?? DEFAULT_KERNEL_RELEASE}`;
  const lines = [version, '', ...masterLines(bond, state, kernel)];
  if (bond.mode === '802.3ad') {
    lines.push(...lacpLines(bondName, bond, state, kernel, partner));
  }
  state.slaves.forEach((slave, index) => {
    lines.push(...slaveLines(bond, state, slave, index, kernel, partner));
  });
  return `${lines.join('\n')}\n`;
}
