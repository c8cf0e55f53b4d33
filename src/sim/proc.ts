/**
 * The text of /proc/net/bonding/bondX for a simulated bond, line for line as the kernel prints
 * it: bond_procfs.c (6.x, read by a root user) and RHEL5's bonding 3.4.0 bond_main.c, as
 * summarised in shared/reference/kernel-bonding.md §4.5.
 */
import { BOND_MODE_INFO } from '../model/bond-modes';
import { normalizeIpv6 } from '../model/addressing';
import { enumNumber, parseQueueEntry } from '../model/options';
import type { BondOptions } from '../model/types';
import type { Kernel, SimBond, SimState, SlaveLink, SlaveState } from './types';

/** The LACP partner (the switch) as its LACPDUs describe it. */
export interface LacpPartner {
  systemPriority: number;
  mac: string;
  key: number;
  portPriority: number;
  /** `port state` bits the partner reports for a port in sync. */
  portState: number;
}

/** Rendering choices the simulated bond itself cannot tell. */
export interface ProcOptions {
  /** `uname -r` of a current kernel; the driver has printed it as its version since ~5.7. */
  kernelRelease?: string;
  /** The switch; defaults to `DEFAULT_LACP_PARTNER`. */
  lacpPartner?: LacpPartner;
}

/** Used when `kernelRelease` is not given. */
export const DEFAULT_KERNEL_RELEASE = '6.12.0';

/**
 * A switch configured as 802.3ad needs: Cisco-like system priority 32768, channel-group key 1,
 * a MAC from the documentation range (RFC 7042), slow rate, port in sync, collecting and
 * distributing (state bits 0x3d).
 */
export const DEFAULT_LACP_PARTNER: LacpPartner = {
  systemPriority: 32768,
  mac: '00:00:5e:00:53:01',
  key: 1,
  portPriority: 32768,
  portState: 61,
};

const RHEL5_VERSION = 'Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)';

/** bond_3ad.h port state bits. */
const LACP_ACTIVITY = 0x1;
const LACP_TIMEOUT = 0x2;
const AGGREGATION = 0x4;
const SYNCHRONIZATION = 0x8;
const COLLECTING = 0x10;
const DISTRIBUTING = 0x20;
const DEFAULTED = 0x40;
/** AD_CHURN_DETECTION_TIME: a port out of sync this long is reported churned. */
const CHURN_DETECTION_MS = 60_000;
/** Partner values of a port that never heard a LACPDU (the kernel's partner admin defaults). */
const NO_PARTNER = { systemPriority: 65535, mac: '00:00:00:00:00:00', key: 1, portPriority: 255 };
const DEFAULT_ACTOR_PORT_PRIORITY = 255;

/** bond_slave_link_status. */
const LINK_TEXT: Record<SlaveLink, string> = {
  up: 'up',
  fail: 'going down',
  down: 'down',
  back: 'going back',
};

/** enum ad_link_speed_type: the speed bits (1–5) of the 802.3ad port key, by Mb/s. */
const AD_SPEED: readonly (readonly [number, number])[] = [
  [1, 1],
  [10, 2],
  [100, 3],
  [1000, 4],
  [2500, 5],
  [5000, 6],
  [10000, 7],
  [14000, 8],
  [20000, 9],
  [25000, 10],
  [40000, 11],
  [50000, 12],
  [56000, 13],
  [100000, 14],
  [200000, 15],
  [400000, 16],
  [800000, 17],
];

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

/** A slave still counts until the monitor commits it down (`fail` is the downdelay wait). */
function isInService(slave: SlaveState): boolean {
  return slave.link === 'up' || slave.link === 'fail';
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

/** The 802.3ad port key: user key (bits 6–15), speed (1–5), full duplex (bit 0). */
function actorKey(bond: SimBond, speed: number): number {
  const speedBits = AD_SPEED.find(([mbps]) => mbps === speed)?.[1] ?? 0;
  return ((bond.options.ad_user_port_key ?? 0) << 6) | (speedBits << 1) | 1;
}

/**
 * Aggregators as the selection logic forms them for one partner: in-service ports of equal
 * speed share the aggregator of the first such port; a port out of service sits alone in its
 * own. Ids are 1-based enslave positions (one aggregator per port, numbered at enslave).
 */
function aggregatorIds(state: SimState): number[] {
  return state.slaves.map((slave, index) => {
    if (!isInService(slave)) return index + 1;
    const first = state.slaves.findIndex(
      (other) => isInService(other) && other.speed === slave.speed,
    );
    return first + 1;
  });
}

/** ad_select bandwidth/count/stable agree for one partner: the aggregator with most speed wins. */
function activeAggregator(state: SimState, ids: readonly number[]): number | undefined {
  const bandwidth = new Map<number, number>();
  state.slaves.forEach((slave, index) => {
    const id = ids[index];
    if (id !== undefined && isInService(slave)) {
      bandwidth.set(id, (bandwidth.get(id) ?? 0) + slave.speed);
    }
  });
  let best: number | undefined;
  for (const [id, total] of bandwidth) {
    if (best === undefined || total > (bandwidth.get(best) ?? 0)) best = id;
  }
  return best;
}

function lacpLines(
  bondName: string,
  bond: SimBond,
  state: SimState,
  kernel: Kernel,
  partner: LacpPartner,
): string[] {
  const options = bond.options;
  const lines = ['', '802.3ad info'];
  if (kernel === 'current') lines.push(`LACP active: ${options.lacp_active ?? 'on'}`);
  lines.push(`LACP rate: ${options.lacp_rate ?? 'slow'}`);
  if (kernel === 'current') {
    lines.push(`Min links: ${options.min_links ?? 0}`);
    lines.push(`Aggregator selection policy (ad_select): ${options.ad_select ?? 'stable'}`);
    lines.push(`System priority: ${options.ad_actor_sys_prio ?? 65535}`);
    lines.push(`System MAC address: ${systemMac(bond)}`);
  }
  const ids = aggregatorIds(state);
  const active = activeAggregator(state, ids);
  const members = state.slaves.filter((_, index) => ids[index] === active);
  const first = members[0];
  if (active === undefined || first === undefined) {
    lines.push(`bond ${bondName} has no active aggregator`);
    return lines;
  }
  lines.push(
    'Active Aggregator Info:',
    `\tAggregator ID: ${active}`,
    `\tNumber of ports: ${members.length}`,
    `\tActor Key: ${actorKey(bond, first.speed)}`,
    `\tPartner Key: ${partner.key}`,
    `\tPartner Mac Address: ${mac(partner.mac)}`,
  );
  return lines;
}

/** ad_actor_system when set (not all zero), else the bond's MAC. */
function systemMac(bond: SimBond): string {
  const configured = bond.options.ad_actor_system;
  return mac(configured && configured !== '00:00:00:00:00:00' ? configured : bond.mac);
}

/** When the monitor last committed `slave` down, from the timeline. */
function downSince(state: SimState, slave: string): number {
  const downs = state.events.filter(
    (event) => event.kind === 'slave-down' && event.slave === slave,
  );
  return downs[downs.length - 1]?.atMs ?? 0;
}

function slaveLacpLines(
  bond: SimBond,
  state: SimState,
  slave: SlaveState,
  index: number,
  partner: LacpPartner,
): string[] {
  const ids = aggregatorIds(state);
  const inService = isInService(slave);
  const outOfSyncMs = state.nowMs - downSince(state, slave.name);
  const churn = inService ? 'none' : outOfSyncMs >= CHURN_DETECTION_MS ? 'churned' : 'monitoring';
  const churned = churn === 'churned' ? 1 : 0;
  const base =
    (bond.options.lacp_active === 'off' ? 0 : LACP_ACTIVITY) |
    (bond.options.lacp_rate === 'fast' ? LACP_TIMEOUT : 0) |
    AGGREGATION;
  const actorState = inService
    ? base | SYNCHRONIZATION | COLLECTING | DISTRIBUTING
    : base | DEFAULTED;
  const seen = inService ? partner : { ...NO_PARTNER, portState: LACP_ACTIVITY };
  return [
    `Aggregator ID: ${ids[index] ?? index + 1}`,
    `Actor Churn State: ${churn}`,
    `Partner Churn State: ${churn}`,
    `Actor Churned Count: ${churned}`,
    `Partner Churned Count: ${churned}`,
    'details actor lacp pdu:',
    `    system priority: ${bond.options.ad_actor_sys_prio ?? 65535}`,
    `    system mac address: ${systemMac(bond)}`,
    `    port key: ${actorKey(bond, slave.speed)}`,
    `    port priority: ${DEFAULT_ACTOR_PORT_PRIORITY}`,
    `    port number: ${index + 1}`,
    `    port state: ${actorState}`,
    'details partner lacp pdu:',
    `    system priority: ${seen.systemPriority}`,
    `    system mac address: ${mac(seen.mac)}`,
    `    oper key: ${seen.key}`,
    `    port priority: ${seen.portPriority}`,
    `    port number: ${inService ? index + 1 : 1}`,
    `    port state: ${seen.portState}`,
  ];
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

/** %pM prints lower-case hex. */
function mac(text: string): string {
  return text.toLowerCase();
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
