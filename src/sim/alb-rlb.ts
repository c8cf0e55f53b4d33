/**
 * balance-alb's receive load balancing as seen from the transmit side: which slave an outgoing
 * ARP frame leaves through, so each peer learns a different slave's MAC.
 */
import { canTx, type BondState } from './bond-state';
import type { Decision, SimPacket } from './types';

/**
 * Receive load balancing, simplified: an ARP frame to a new destination IP takes the next
 * usable slave in enslave order (rotating), later ones to that IP the same slave. MAC
 * rewriting, the update bursts and the receive side are not modelled.
 */
export function rlb(state: BondState, packet: SimPacket): Decision | undefined {
  const ip = packet.dst_ip;
  if (ip === undefined) {
    return undefined;
  }
  const known = state.rlbClients.get(ip);
  if (known !== undefined && canTx(known)) {
    return { slaves: [known.name], reason: { kind: 'rlb', assigned: known.name } };
  }
  for (let i = 0; i < state.slaves.length; i += 1) {
    const index = (state.rlbNext + i) % state.slaves.length;
    const slave = state.slaves[index];
    if (slave !== undefined && canTx(slave)) {
      state.rlbNext = index + 1;
      state.rlbClients.set(ip, slave);
      return { slaves: [slave.name], reason: { kind: 'rlb', assigned: slave.name } };
    }
  }
  return undefined;
}
