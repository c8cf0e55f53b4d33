/**
 * The 802.3ad part of /proc/net/bonding/bondX: aggregators as the selection logic forms them,
 * the "802.3ad info" block and each slave's LACP actor/partner details (bond_procfs.c).
 */
import { isInService, mac } from './proc-common';
import type { Kernel, SimBond, SimState, SlaveState } from './types';

/** The LACP partner (the switch) as its LACPDUs describe it. */
export interface LacpPartner {
  systemPriority: number;
  mac: string;
  key: number;
  portPriority: number;
  /** `port state` bits the partner reports for a port in sync. */
  portState: number;
}

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
export function aggregatorIds(state: SimState): number[] {
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

/** The "802.3ad info" block of the master section. */
export function lacpLines(
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

/** The 802.3ad lines of one slave: aggregator, churn state, actor and partner LACPDUs. */
export function slaveLacpLines(
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
