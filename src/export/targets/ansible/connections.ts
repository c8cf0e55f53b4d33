/**
 * The role's `network_connections` for a design: per bond a `type: bond` profile (interface,
 * MTU, `bond` options, `ip`), followed by one `type: ethernet` profile per slave with
 * `controller` and `port_type: bond` (the names since role 1.3.0; `master`/`slave_type` are
 * their deprecated aliases). The controller must come before its ports: the role looks it up
 * among the profiles listed earlier. Authority: linux-system-roles/network README and
 * argument_validator.py (ArgValidator_DictConnection, ArgValidator_DictIP).
 */
import type { Bond, Design, Ipv4 } from '../../../model/types';
import { ansibleBond, type AnsibleBondValue } from './bond-options';

/** The role's `ip` dictionary as this target writes it. */
export interface AnsibleIp {
  dhcp4: boolean;
  auto6: false;
  ipv6_disabled: true;
  address?: string[];
  gateway4?: string;
}

/** One profile of `network_connections`. */
export interface AnsibleConnection {
  name: string;
  state: 'up';
  type: 'bond' | 'ethernet';
  interface_name: string;
  mtu?: number;
  bond?: Record<string, AnsibleBondValue>;
  ip?: AnsibleIp;
  controller?: string;
  port_type?: 'bond';
}

/** The profile of a bond's port. Spaces cannot occur in interface names, so it is unique. */
export function portProfileName(bond: string, nic: string): string {
  return `${bond} port ${nic}`;
}

function ipSection(ipv4: Ipv4 | undefined): AnsibleIp {
  // The design carries IPv4 only: IPv6 is switched off, as the nmstate target does.
  const noIpv6 = { auto6: false, ipv6_disabled: true } as const;
  if (ipv4?.method === 'static') {
    return {
      dhcp4: false,
      ...noIpv6,
      address: [`${ipv4.address}/${ipv4.prefix}`],
      ...(ipv4.gateway === undefined ? {} : { gateway4: ipv4.gateway }),
    };
  }
  return { dhcp4: ipv4?.method === 'dhcp', ...noIpv6 };
}

function bondConnection(bond: Bond): AnsibleConnection {
  return {
    name: bond.name,
    state: 'up',
    type: 'bond',
    interface_name: bond.name,
    ...(bond.mtu === undefined ? {} : { mtu: bond.mtu }),
    bond: ansibleBond(bond),
    ip: ipSection(bond.ipv4),
  };
}

/** Every profile the play creates, each bond followed by its ports. */
export function networkConnections(design: Design): AnsibleConnection[] {
  return design.bonds.flatMap((bond) => [
    bondConnection(bond),
    ...bond.slaves.map((nic): AnsibleConnection => ({
      name: portProfileName(bond.name, nic),
      state: 'up',
      type: 'ethernet',
      interface_name: nic,
      controller: bond.name,
      port_type: 'bond',
    })),
  ]);
}

/** The profile names in the order a roll back deletes them: ports before their bond. */
export function profilesToRemove(design: Design): string[] {
  return design.bonds.flatMap((bond) => [
    ...bond.slaves.map((nic) => portProfileName(bond.name, nic)),
    bond.name,
  ]);
}
