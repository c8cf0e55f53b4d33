/**
 * Deterministic test builders: a clean baseline design (no findings at all) and small makers
 * that override only what a test cares about.
 */
import type { Bond, Design, Nic } from '../types';

/** A NIC with a driver and speed, named `name`. */
export function makeNic(name: string, overrides: Partial<Nic> = {}): Nic {
  return { name, driver: 'bnx2', speed: 1000, ...overrides };
}

/** An active-backup bond0 over eth0 and eth1 with miimon 100 and a static address. */
export function makeBond(overrides: Partial<Bond> = {}): Bond {
  return {
    name: 'bond0',
    mode: 'active-backup',
    slaves: ['eth0', 'eth1'],
    options: { miimon: 100 },
    ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
    ...overrides,
  };
}

/** A design with eth0–eth3 and the given bonds (default: one `makeBond()`). */
export function makeDesign(bonds: Bond[] = [makeBond()], overrides: Partial<Design> = {}): Design {
  return {
    version: 1,
    host: { name: 'x3650' },
    nics: ['eth0', 'eth1', 'eth2', 'eth3'].map((name) => makeNic(name)),
    bonds,
    ...overrides,
  };
}
