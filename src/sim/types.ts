/**
 * The simulator's vocabulary: a bond as the transmit path sees it, packets, and decisions with
 * every intermediate value the kernel computed (shared/reference/kernel-bonding.md §3). Reasons
 * carry codes and numbers, never English; the UI and the CLI turn them into text through i18n.
 */
import type { BondMode, BondOptions, XmitHashPolicy } from '../model/types';

/** Which bonding driver to imitate: a current kernel (≥ 5.18) or RHEL5's bonding 3.4.0 (§3.6). */
export type Kernel = 'current' | 'rhel5';

/** Layer-4 protocol by name, or any IP protocol number. */
export type SimProto = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | number;

/**
 * One frame handed to the bond, with exactly the command line's packet fields. Absent IP
 * addresses make it a non-IP frame; `vlan` is a hardware-accelerated tag (full 16-bit TCI).
 */
export interface SimPacket {
  src_mac: string;
  dst_mac: string;
  /** Ethernet type; defaults to 0x0800 / 0x86DD from the address family, else 0x0806 (ARP). */
  ethertype?: number;
  vlan?: number;
  src_ip?: string;
  dst_ip?: string;
  proto?: SimProto;
  src_port?: number;
  dst_port?: number;
  icmp_type?: number;
  icmp_id?: number;
  fragment?: boolean;
  /** Frame length in bytes (default 1500), used for counters, TLB load and shares. */
  size?: number;
}

/** A slave as enslaved: `up` is its carrier, `speed` in Mb/s. */
export interface SimSlave {
  name: string;
  up: boolean;
  speed: number;
  mac: string;
}

/** A bond to simulate; `mac` is the bond MAC (the first slave's, as the kernel takes it). */
export interface SimBond {
  mode: BondMode;
  options: BondOptions;
  /** In enslave order. */
  slaves: SimSlave[];
  mac: string;
}

/** A named value that entered a hash (a MAC byte, an address as a native u32, a port pair…). */
export interface HashInput {
  name: string;
  value: number | string;
}

/** One step of a hash computation: `label` is a code such as `xor-addresses` or `fold-16`. */
export interface HashStep {
  label: string;
  value: number;
}

/** The result of `xmitHash`: the u32 hash with the inputs and steps that produced it. */
export interface HashResult {
  hash: number;
  inputs: HashInput[];
  steps: HashStep[];
}

/** Why a packet was not sent. */
export type DropCode = 'no-slaves' | 'no-usable-slave' | 'no-active-slave';

/** Why the active slave carried a frame in active-backup, balance-tlb or balance-alb. */
export type ActiveCause =
  'active-backup' | 'not-ip' | 'not-unicast' | 'igmp' | 'ipv6-excluded' | 'arp' | 'unassigned';

/** Load figures of one slave when a TLB bucket was assigned (§1.2 mode 5, `compute_gap`). */
export interface TlbGap {
  slave: string;
  speed: number;
  load: number;
  /** `(speed << 20) − (load << 3)` as the kernel computes it (u32 shifts, s64 difference). */
  gap: number;
}

/** Why a packet left by the slaves it did. Discriminated on `kind`. */
export type Reason =
  | {
      kind: 'hash';
      policy: XmitHashPolicy;
      inputs: HashInput[];
      steps: HashStep[];
      hash: number;
      /** Divisor: usable slaves (current kernels) or all slaves (rhel5). */
      count: number;
      /** `hash % count`. */
      index: number;
      /** `usable`: index into the usable-slave array; `all`: start of a walk over all slaves. */
      pool: 'usable' | 'all';
      /** Slaves passed over by the walk because they could not transmit (rhel5 only). */
      skipped: string[];
    }
  | {
      kind: 'round-robin';
      /** Counter value after this packet (pre-increment: current; post-increment u16: rhel5). */
      counter: number;
      packetsPerSlave: number;
      /** The id taken modulo slaveCount (random for packets_per_slave 0). */
      id: number;
      slaveCount: number;
      startIndex: number;
      skipped: string[];
    }
  | { kind: 'igmp'; via: 'active' | 'first-usable'; skipped: string[] }
  | { kind: 'active'; active: string; cause: ActiveCause }
  | { kind: 'broadcast'; skipped: string[] }
  | {
      kind: 'tlb';
      /** `xmit-hash` (balance-tlb: hash & 0xff) or `simple-hash` (balance-alb: XOR of dst IP bytes). */
      source: 'xmit-hash' | 'simple-hash';
      inputs: HashInput[];
      steps: HashStep[];
      hash: number;
      bucket: number;
      assigned: string;
      /** True when this packet assigned the bucket (the gaps were compared just now). */
      fresh: boolean;
      /** Every usable slave's gap at assignment time (empty when the bucket was already held). */
      gaps: TlbGap[];
    }
  | { kind: 'rlb'; assigned: string }
  | { kind: 'dropped'; why: DropCode };

/** What the bond did with one packet: no slave = dropped, several = broadcast. */
export interface Decision {
  slaves: string[];
  reason: Reason;
  /**
   * Set when the frame went to a slave whose carrier is down but whose failure the monitor has
   * not noticed yet (active-backup's active slave): the frame never reaches the wire.
   */
  lost?: true;
}

/** Kinds of link-monitor events, in the order they occur for one failure. */
export type TimelineKind =
  | 'link-detected-down'
  | 'slave-down'
  | 'active-changed'
  | 'gratuitous-arp'
  | 'link-detected-up'
  | 'slave-up';

/** Something the link monitor did at `atMs`; `detail` holds codes and numbers only. */
export interface TimelineEvent {
  atMs: number;
  kind: TimelineKind;
  slave?: string;
  detail?: Record<string, number | string>;
}

/** A carrier change: cable cut (`up: false`) or restored. */
export interface LinkEvent {
  slave: string;
  up: boolean;
  atMs: number;
}

/** What `failoverTimeline` returns; `detectionMs`/`failoverMs` are delays after the event. */
export interface FailoverTimeline {
  events: TimelineEvent[];
  /** From the carrier change to the monitor noticing it; null when nothing monitors links. */
  detectionMs: number | null;
  /** From the carrier change to the slave's state change (down or up) taking effect. */
  failoverMs: number | null;
}

/** Kernel link states of a slave (`BOND_LINK_UP/FAIL/DOWN/BACK`). */
export type SlaveLink = 'up' | 'fail' | 'down' | 'back';

/** One slave as `state()` reports it. */
export interface SlaveState {
  name: string;
  mac: string;
  speed: number;
  /** Physical carrier. */
  carrier: boolean;
  /** What the bond believes (changes only through the link monitor). */
  link: SlaveLink;
  packets: number;
  bytes: number;
  /** Link failures counted by the bond (`Link Failure Count` in /proc). */
  linkFailures: number;
  /** TLB load (sum of its buckets' load history, bond_alb.c). */
  tlbLoad: number;
}

/** An assigned TLB bucket. */
export interface TlbBucketState {
  index: number;
  slave: string;
  txBytes: number;
  loadHistory: number;
}

/** A snapshot of the simulated bond. */
export interface SimState {
  nowMs: number;
  kernel: Kernel;
  mode: BondMode;
  active: string | null;
  slaves: SlaveState[];
  rrCounter: number;
  tlbBuckets: TlbBucketState[];
  /** Every link-monitor event so far, in time order. */
  events: TimelineEvent[];
}

/** A stateful bond on one CPU. */
export interface Simulator {
  /** Sends one packet now (at the current time) and returns where it went and why. */
  send(packet: SimPacket): Decision;
  /** Changes a slave's carrier at `atMs` (≥ the current time); the monitor reacts in `advance`. */
  setLink(slave: string, up: boolean, atMs: number): void;
  /** Moves time forward to `toMs`, running monitors and TLB rebalancing; returns new events. */
  advance(toMs: number): TimelineEvent[];
  state(): SimState;
}

/** Options of `createSimulator`; `seed` feeds the PRNG of packets_per_slave 0. */
export interface SimulatorOptions {
  kernel: Kernel;
  seed?: number;
  /**
   * Whether `hash` and `tlb` reasons list the hash's inputs and steps (default true). False
   * leaves both lists empty (shared, frozen arrays, as is a hash reason's empty `skipped`), for
   * callers that only need where packets go (bulk runs, benches); every slave choice, counter
   * and other reason field stays the same.
   */
  explain?: boolean;
}
