/**
 * NetworkManager (under nmstate and under the Ansible network role) turns on miimon 100 when a
 * bond profile names neither miimon nor a non-zero arp_interval, while the kernel's default is 0 in
 * modes 0–3 (modes 4–6 force 100). peers-and-formats.md §0.2, "Defaults that bite".
 */
import { BOND_MODE_INFO } from '../../../model/bond-modes';
import type { Bond, BondOptions } from '../../../model/types';

/**
 * The bond's options with the miimon the kernel would run with written out, so NetworkManager's
 * own default cannot change what the design means.
 * @example withExplicitMiimon(balanceRrWithoutOptions).miimon // 0
 */
export function withExplicitMiimon(bond: Bond): BondOptions {
  const { options } = bond;
  if (options.miimon !== undefined || (options.arp_interval ?? 0) > 0) {
    return options;
  }
  return { ...options, miimon: BOND_MODE_INFO[bond.mode].forcesMiimon ? 100 : 0 };
}
