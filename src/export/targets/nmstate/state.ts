/**
 * The nmstate desired state for a design: one `bond` interface per bond with its
 * `link-aggregation` (mode, options, port), one `ethernet` interface per slave, IPv4 on the
 * bond and its gateway as a default route. Format: peers-and-formats.md §3(h), nmstate's
 * ifaces/bond.rs, ip.rs and route.rs.
 */
import type { Bond, Design, Ipv4 } from '../../../model/types';
import { nmstateOptions, nmstatePortsConfig, type NmstateOptionValue } from './options';
import type { NmstatePortConfig } from './options';

/** nmstate's `ipv4` section of an interface. */
export type NmstateIpv4 =
  | { enabled: false }
  | { enabled: true; dhcp: true }
  | { enabled: true; dhcp: false; address: { ip: string; 'prefix-length': number }[] };

/** One entry of `interfaces`. */
export interface NmstateInterface {
  name: string;
  type: 'bond' | 'ethernet';
  state: 'up' | 'absent';
  mtu?: number;
  ipv4?: NmstateIpv4;
  ipv6?: { enabled: false };
  'link-aggregation'?: {
    mode: string;
    options: Record<string, NmstateOptionValue>;
    port: string[];
    'ports-config'?: NmstatePortConfig[];
  };
}

/** One entry of `routes.config`. */
export interface NmstateRoute {
  destination: string;
  'next-hop-address': string;
  'next-hop-interface': string;
}

/** A whole nmstate document. */
export interface NmstateState {
  interfaces: NmstateInterface[];
  routes?: { config: NmstateRoute[] };
}

function ipv4Section(ipv4: Ipv4 | undefined): NmstateIpv4 {
  if (ipv4?.method === 'static') {
    return {
      enabled: true,
      dhcp: false,
      address: [{ ip: ipv4.address, 'prefix-length': ipv4.prefix }],
    };
  }
  return ipv4?.method === 'dhcp' ? { enabled: true, dhcp: true } : { enabled: false };
}

function bondInterface(bond: Bond): NmstateInterface {
  const portsConfig = nmstatePortsConfig(bond);
  return {
    name: bond.name,
    type: 'bond',
    state: 'up',
    ...(bond.mtu === undefined ? {} : { mtu: bond.mtu }),
    ipv4: ipv4Section(bond.ipv4),
    // The design carries IPv4 only; nmstate's own bond example disables IPv6 the same way.
    ipv6: { enabled: false },
    'link-aggregation': {
      mode: bond.mode,
      options: nmstateOptions(bond),
      port: [...bond.slaves],
      ...(portsConfig ? { 'ports-config': portsConfig } : {}),
    },
  };
}

function defaultRoute(bond: Bond): NmstateRoute[] {
  const ipv4 = bond.ipv4;
  if (ipv4?.method !== 'static' || ipv4.gateway === undefined) {
    return [];
  }
  return [
    {
      destination: '0.0.0.0/0',
      'next-hop-address': ipv4.gateway,
      'next-hop-interface': bond.name,
    },
  ];
}

/** The desired state that creates every bond of the design with its ports and addressing. */
export function desiredState(design: Design): NmstateState {
  const interfaces = design.bonds.flatMap((bond) => [
    bondInterface(bond),
    ...bond.slaves.map((name): NmstateInterface => ({ name, type: 'ethernet', state: 'up' })),
  ]);
  const routes = design.bonds.flatMap(defaultRoute);
  return routes.length > 0 ? { interfaces, routes: { config: routes } } : { interfaces };
}

/** The state that removes the bonds again; the backup taken before applying restores the NICs. */
export function rollbackState(design: Design): NmstateState {
  return {
    interfaces: design.bonds.map((bond) => ({ name: bond.name, type: 'bond', state: 'absent' })),
  };
}
