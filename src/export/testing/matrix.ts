/**
 * The real-tool matrix: deterministic designs that together cover every mode, MII and ARP
 * monitoring, static/DHCP/no addressing, one to three bonds and jumbo MTU. Every target's tool
 * test feeds each of them to the tool that reads that target's files.
 */
import type { Bond, BondMode, BondOptions, Design, Ipv4, Nic } from '../../model/types';
import { BOND_MODES } from '../../model/types';

/** A named design of the matrix. */
export interface MatrixCase {
  name: string;
  design: Design;
}

const MODELS: Pick<Nic, 'model' | 'driver' | 'speed'>[] = [
  {
    model: 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet',
    driver: 'bnx2',
    speed: 1000,
  },
  { model: 'Intel Corporation I350 Gigabit Network Connection', driver: 'igb', speed: 1000 },
  {
    model: 'Intel Corporation Ethernet Controller X710 for 10GbE SFP+',
    driver: 'i40e',
    speed: 10000,
  },
];

/** Options per mode with MII monitoring, using what each mode actually reads. */
function miiOptions(mode: BondMode, slaves: string[], variant: number): BondOptions {
  const base: BondOptions = {
    miimon: 100,
    ...(variant === 1 ? { updelay: 200, downdelay: 200 } : {}),
  };
  switch (mode) {
    case 'balance-rr':
      return variant === 2 ? { ...base, packets_per_slave: 4 } : base;
    case 'active-backup':
      return {
        ...base,
        primary: slaves[0],
        ...(variant === 1 ? { primary_reselect: 'better' } : {}),
        ...(variant === 2 ? { fail_over_mac: 'active', num_grat_arp: 3 } : {}),
      };
    case 'balance-xor':
      return { ...base, xmit_hash_policy: variant === 2 ? 'layer3+4' : 'layer2+3' };
    case 'broadcast':
      return base;
    case '802.3ad':
      return {
        ...base,
        lacp_rate: variant === 0 ? 'fast' : 'slow',
        xmit_hash_policy: 'layer3+4',
        ...(variant === 2 ? { ad_select: 'bandwidth', min_links: 1 } : {}),
      };
    case 'balance-tlb':
      return { ...base, ...(variant === 2 ? { lp_interval: 5 } : {}) };
    case 'balance-alb':
      return { ...base, primary: slaves[1], ...(variant === 1 ? { resend_igmp: 2 } : {}) };
  }
}

function ipv4(method: Ipv4['method'], subnet: number): Ipv4 {
  if (method === 'static') {
    return { method, address: `192.168.${subnet}.10`, prefix: 24, gateway: `192.168.${subnet}.1` };
  }
  return { method };
}

function nics(count: number): Nic[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `eth${index}`,
    ...MODELS[Math.floor(index / 2) % MODELS.length],
  }));
}

function design(host: string, nicCount: number, bonds: Bond[]): Design {
  return { version: 1, host: { name: host }, nics: nics(nicCount), bonds, layout: {} };
}

const METHODS: Ipv4['method'][] = ['static', 'dhcp', 'none'];

/** Every mode with each addressing method, MII monitoring (21 designs). */
function miiCases(): MatrixCase[] {
  return BOND_MODES.flatMap((mode) =>
    METHODS.map((method, variant) => {
      const slaves = ['eth0', 'eth1'];
      const bond: Bond = {
        name: 'bond0',
        mode,
        slaves,
        options: miiOptions(mode, slaves, variant),
        ipv4: ipv4(method, 10 + variant),
        ...(method === 'static' ? { mtu: 1500 } : {}),
      };
      return { name: `${mode}-mii-${method}`, design: design('matrix', 2, [bond]) };
    }),
  );
}

/** ARP monitoring in the modes that accept it (0–3). */
function arpCases(): MatrixCase[] {
  const arpModes: BondMode[] = ['balance-rr', 'active-backup', 'balance-xor', 'broadcast'];
  return arpModes.map((mode) => {
    const options: BondOptions = {
      arp_interval: 1000,
      arp_ip_target: ['192.168.20.1', '192.168.20.2'],
      ...(mode === 'active-backup' ? { arp_validate: 'all', primary: 'eth1' } : {}),
    };
    const bond: Bond = {
      name: 'bond0',
      mode,
      slaves: ['eth0', 'eth1'],
      options,
      ipv4: ipv4('static', 20),
    };
    return { name: `${mode}-arp-static`, design: design('matrix-arp', 2, [bond]) };
  });
}

/** Several bonds, three slaves, jumbo frames. */
function multiCases(): MatrixCase[] {
  const jumbo: Bond = {
    name: 'bond0',
    mode: '802.3ad',
    slaves: ['eth0', 'eth1', 'eth2'],
    options: { miimon: 100, lacp_rate: 'fast', xmit_hash_policy: 'layer2+3' },
    ipv4: { method: 'static', address: '10.10.0.5', prefix: 16, gateway: '10.10.0.1' },
    mtu: 9000,
  };
  const backup: Bond = {
    name: 'bond1',
    mode: 'active-backup',
    slaves: ['eth3', 'eth4'],
    options: { miimon: 100, primary: 'eth3', updelay: 300 },
    ipv4: { method: 'static', address: '172.16.5.20', prefix: 24 },
  };
  const storage: Bond = {
    name: 'bond2',
    mode: 'balance-alb',
    slaves: ['eth5'],
    options: { miimon: 50 },
    ipv4: { method: 'dhcp' },
    mtu: 9000,
  };
  return [
    { name: 'two-bonds', design: design('matrix-two', 5, [jumbo, backup]) },
    { name: 'three-bonds', design: design('matrix-three', 6, [jumbo, backup, storage]) },
    {
      name: 'three-bonds-mixed',
      design: design('matrix-mixed', 6, [
        {
          ...backup,
          name: 'bond0',
          slaves: ['eth0', 'eth1'],
          options: { miimon: 100, primary: 'eth0' },
        },
        {
          ...storage,
          name: 'bond1',
          mode: 'balance-rr',
          slaves: ['eth2', 'eth3'],
          ipv4: { method: 'none' },
        },
        { ...jumbo, name: 'bond2', slaves: ['eth4', 'eth5'] },
      ]),
    },
    {
      name: 'jumbo-active-backup',
      design: design('matrix-jumbo', 2, [
        { ...backup, name: 'bond0', slaves: ['eth0', 'eth1'], options: { miimon: 100 }, mtu: 9000 },
      ]),
    },
    {
      name: 'jumbo-xor-dhcp',
      design: design('matrix-jumbo-xor', 3, [
        {
          name: 'bond0',
          mode: 'balance-xor',
          slaves: ['eth0', 'eth1', 'eth2'],
          options: { miimon: 100, xmit_hash_policy: 'layer2' },
          ipv4: { method: 'dhcp' },
          mtu: 9000,
        },
      ]),
    },
  ];
}

/** The whole matrix (30 designs). */
export const MATRIX: readonly MatrixCase[] = [...miiCases(), ...arpCases(), ...multiCases()];
