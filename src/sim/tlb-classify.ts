/**
 * Which frames balance-tlb and balance-alb balance across slaves and which stay on the active
 * slave, with the reason (bond_xmit_tlb_slave_get / bond_xmit_alb_slave_get).
 */
import { ETH_P, IPPROTO, isBroadcastMac, isMulticastMac, type ParsedPacket } from './packet';
import type { ActiveCause, Kernel, SimBond } from './types';

/** Whether a TLB/ALB frame is balanced, or else why it goes out of the active slave. */
export function classifyTlbFrame(
  mode: SimBond['mode'],
  kernel: Kernel,
  parsed: ParsedPacket,
): { balance: true } | { balance: false; cause: ActiveCause } {
  const albRules = mode === 'balance-alb' || kernel === 'rhel5';
  if (!albRules) {
    if (isMulticastMac(parsed.dst)) {
      return { balance: false, cause: 'not-unicast' };
    }
    return parsed.ethertype === ETH_P.ip || parsed.ethertype === ETH_P.ipv6
      ? { balance: true }
      : { balance: false, cause: 'not-ip' };
  }
  if (parsed.ethertype === ETH_P.arp) {
    return { balance: false, cause: 'arp' };
  }
  const ip = parsed.ip;
  if (ip === undefined) {
    return { balance: false, cause: 'not-ip' };
  }
  if (isBroadcastMac(parsed.dst)) {
    return { balance: false, cause: 'not-unicast' };
  }
  if (ip.family === 4) {
    if (ip.dst.every((b) => b === 255)) {
      return { balance: false, cause: 'not-unicast' };
    }
    return ip.proto === IPPROTO.igmp ? { balance: false, cause: 'igmp' } : { balance: true };
  }
  // IPv6 all-nodes multicast MAC and DAD probes (source ::) stay on the active slave (6.x).
  const allNodes = parsed.dst.join(',') === '51,51,0,0,0,1';
  if (kernel === 'current' && (allNodes || ip.src.every((b) => b === 0))) {
    return { balance: false, cause: 'ipv6-excluded' };
  }
  return { balance: true };
}
