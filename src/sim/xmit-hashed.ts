/**
 * Hash-based transmit selection of balance-xor and 802.3ad (and of TLB/ALB without dynamic load
 * balancing): xmit_hash_policy over the usable slaves, or over all slaves then walking forward
 * as bonding 3.4.0's balance-xor does (shared/reference/kernel-bonding.md §3.6).
 */
import { xmitHash } from './hash';
import { canTx, drop, walk, type BondState } from './bond-state';
import type { Decision, SimPacket } from './types';

/** The slave the transmit hash picks; `walkAll` takes the modulo over all slaves. */
export function hashed(state: BondState, packet: SimPacket, walkAll: boolean): Decision {
  const policy = state.options.xmit_hash_policy ?? 'layer2';
  const { hash, inputs, steps } = xmitHash(policy, packet, state.kernel, state.bondMac);
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
  const usable = state.slaves.filter(canTx);
  if (usable.length === 0) {
    return drop('no-usable-slave');
  }
  const count = usable.length;
  const index = hash % count;
  const chosen = usable[index];
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
      skipped: [],
    },
  };
}
