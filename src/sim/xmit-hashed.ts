/**
 * Hash-based transmit selection of balance-xor and 802.3ad (and of TLB/ALB without dynamic load
 * balancing): xmit_hash_policy over the usable slaves, or over all slaves then walking forward
 * as bonding 3.4.0's balance-xor does (shared/reference/kernel-bonding.md §3.6).
 */
import { hashParsed, type HashTrace } from './hash';
import type { ParsedPacket } from './packet';
import { canTx, drop, walk, type BondState, type Slave } from './bond-state';
import type { Decision, HashResult, SimPacket } from './types';

/** A fresh record for a hash's inputs and steps, or none when the bond does not explain. */
export function traceFor(state: BondState): HashTrace {
  return state.explain ? { inputs: [], steps: [] } : undefined;
}

// Unexplained decisions share these frozen empty lists rather than allocate three per packet.
const NO_SKIPPED: string[] = [];
const UNEXPLAINED: Pick<HashResult, 'inputs' | 'steps'> = { inputs: [], steps: [] };
Object.freeze(NO_SKIPPED);
Object.freeze(UNEXPLAINED.inputs);
Object.freeze(UNEXPLAINED.steps);

/** The inputs and steps a reason carries: the trace's, or the shared empty lists. */
export function explained(trace: HashTrace): Pick<HashResult, 'inputs' | 'steps'> {
  return trace ?? UNEXPLAINED;
}

/** The `index`-th slave that can transmit, in enslave order (no array built per packet). */
function usableAt(state: BondState, index: number): Slave | undefined {
  let seen = 0;
  for (const slave of state.slaves) {
    if (canTx(slave)) {
      if (seen === index) {
        return slave;
      }
      seen += 1;
    }
  }
  return undefined;
}

/** The slave the transmit hash picks; `walkAll` takes the modulo over all slaves. */
export function hashed(
  state: BondState,
  packet: SimPacket,
  parsed: ParsedPacket,
  walkAll: boolean,
): Decision {
  const policy = state.options.xmit_hash_policy ?? 'layer2';
  const trace = traceFor(state);
  const hash = hashParsed(policy, packet, parsed, state.kernel, state.bondMacBytes, trace);
  const { inputs, steps } = explained(trace);
  if (walkAll) {
    // §3.6: n = all slaves, then walk forward to the first usable one.
    const count = state.slaves.length;
    const index = hash % count;
    const { slave, skipped } = walk(state, index);
    return slave === undefined
      ? drop('no-usable-slave')
      : {
          slaves: [slave.name],
          reason: {
            kind: 'hash',
            policy,
            inputs,
            steps,
            hash,
            count,
            index,
            pool: 'all',
            skipped,
          },
        };
  }
  // usable_slaves: slaves that can transmit, in enslave order (802.3ad: one aggregator of
  // every such port is assumed).
  let count = 0;
  for (const slave of state.slaves) {
    if (canTx(slave)) {
      count += 1;
    }
  }
  if (count === 0) {
    return drop('no-usable-slave');
  }
  const index = hash % count;
  // Every slave usable (the usual case): the index needs no second walk.
  const chosen = count === state.slaves.length ? state.slaves[index] : usableAt(state, index);
  return {
    slaves: chosen === undefined ? [] : [chosen.name],
    reason: {
      kind: 'hash',
      policy,
      inputs,
      steps,
      hash,
      count,
      index,
      pool: 'usable',
      skipped: state.explain ? [] : NO_SKIPPED,
    },
  };
}
