/**
 * balance-rr transmit selection (shared/reference/kernel-bonding.md §3.3): the per-CPU counter
 * of current kernels with packets_per_slave and the IGMP exception, and bonding 3.4.0's u16
 * counter.
 */
import { IPPROTO, type ParsedPacket } from './packet';
import { drop, walk, type BondState } from './bond-state';
import type { Decision, Reason } from './types';

/** The slave balance-rr hands this frame to; advances the counter. */
export function roundRobin(state: BondState, parsed: ParsedPacket): Decision {
  const slaveCount = state.slaves.length;
  if (state.kernel === 'rhel5') {
    // bonding 3.4.0: slave_no = rr_tx_counter++ % slave_cnt (u16), then walk forward.
    const id = state.rrCounter;
    state.rrCounter = (state.rrCounter + 1) & 0xffff;
    return rrResult(state, id, 1, slaveCount);
  }
  if (parsed.ip?.family === 4 && parsed.ip.proto === IPPROTO.igmp) {
    const active = state.active;
    if (active !== null) {
      return { slaves: [active.name], reason: { kind: 'igmp', via: 'active', skipped: [] } };
    }
    const { slave, skipped } = walk(state, 0);
    return slave === undefined
      ? drop('no-usable-slave')
      : { slaves: [slave.name], reason: { kind: 'igmp', via: 'first-usable', skipped } };
  }
  const pps = state.options.packets_per_slave ?? 1;
  let id: number;
  if (pps === 0) {
    id = state.random();
  } else {
    // this_cpu_inc_return: pre-increment of a u32 per-CPU counter starting at 0.
    state.rrCounter = (state.rrCounter + 1) >>> 0;
    id = pps === 1 ? state.rrCounter : Math.floor(state.rrCounter / pps);
  }
  return rrResult(state, id, pps, slaveCount);
}

function rrResult(
  state: BondState,
  id: number,
  packetsPerSlave: number,
  slaveCount: number,
): Decision {
  const startIndex = id % slaveCount;
  const { slave, skipped } = walk(state, startIndex);
  if (slave === undefined) {
    return drop('no-usable-slave');
  }
  const reason: Reason = {
    kind: 'round-robin',
    counter: state.rrCounter,
    packetsPerSlave,
    id,
    slaveCount,
    startIndex,
    skipped,
  };
  return { slaves: [slave.name], reason };
}
