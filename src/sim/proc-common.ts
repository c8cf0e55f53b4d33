/**
 * Helpers both renderers of /proc/net/bonding text need (proc.ts and its 802.3ad part,
 * proc-lacp.ts): whether a slave still counts as in service, and the kernel's MAC format.
 */
import type { SlaveState } from './types';

/** A slave still counts until the monitor commits it down (`fail` is the downdelay wait). */
export function isInService(slave: SlaveState): boolean {
  return slave.link === 'up' || slave.link === 'fail';
}

/** %pM prints lower-case hex. */
export function mac(text: string): string {
  return text.toLowerCase();
}
