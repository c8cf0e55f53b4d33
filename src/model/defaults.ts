/**
 * Pure factories: the seed design (the RHEL5 / IBM x3650 write-up in shared/seeds), new bonds
 * and a catalogue of common server NICs with their Linux drivers, so a NIC can be added by model.
 */
import type { Bond, Design } from './types';

/** A common server NIC: what `lspci` calls it, its kernel module and its usual speed (Mb/s). */
export interface NicCatalogueEntry {
  id: string;
  model: string;
  driver: string;
  speed: number;
}

/** Common server NICs, by vendor, with the driver that binds them. */
export const NIC_CATALOGUE: readonly NicCatalogueEntry[] = [
  {
    id: 'bcm5708',
    model: 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet',
    driver: 'bnx2',
    speed: 1000,
  },
  {
    id: 'bcm5720',
    model: 'Broadcom Inc. NetXtreme BCM5720 Gigabit Ethernet PCIe',
    driver: 'tg3',
    speed: 1000,
  },
  {
    id: 'bcm57414',
    model: 'Broadcom Inc. BCM57414 NetXtreme-E 10Gb/25Gb RDMA Ethernet Controller',
    driver: 'bnxt_en',
    speed: 25000,
  },
  {
    id: 'intel-82574l',
    model: 'Intel Corporation 82574L Gigabit Network Connection',
    driver: 'e1000e',
    speed: 1000,
  },
  {
    id: 'intel-i350',
    model: 'Intel Corporation I350 Gigabit Network Connection',
    driver: 'igb',
    speed: 1000,
  },
  {
    id: 'intel-82599es',
    model: 'Intel Corporation 82599ES 10-Gigabit SFI/SFP+ Network Connection',
    driver: 'ixgbe',
    speed: 10000,
  },
  {
    id: 'intel-x710',
    model: 'Intel Corporation Ethernet Controller X710 for 10GbE SFP+',
    driver: 'i40e',
    speed: 10000,
  },
  {
    id: 'intel-e810-25g',
    model: 'Intel Corporation Ethernet Controller E810-XXV for SFP (25GbE)',
    driver: 'ice',
    speed: 25000,
  },
  {
    id: 'intel-e810-100g',
    model: 'Intel Corporation Ethernet Controller E810-C for QSFP (100GbE)',
    driver: 'ice',
    speed: 100000,
  },
  {
    id: 'connectx-5',
    model: 'Mellanox Technologies MT27800 Family [ConnectX-5]',
    driver: 'mlx5_core',
    speed: 25000,
  },
  {
    id: 'virtio',
    model: 'Red Hat, Inc. Virtio network device',
    driver: 'virtio_net',
    speed: 10000,
  },
  { id: 'vmxnet3', model: 'VMware VMXNET3 Ethernet Controller', driver: 'vmxnet3', speed: 10000 },
];

/** A new bond: active-backup with MII monitoring every 100 ms, no slaves, no addressing yet. */
export function createBond(name: string): Bond {
  return { name, mode: 'active-backup', slaves: [], options: { miimon: 100 } };
}

const BCM5708 = 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet';

/** The design the app starts from: the x3650 with two BCM5708 ports and an empty bond0. */
export function createSeedDesign(): Design {
  return {
    version: 1,
    host: { name: 'x3650' },
    nics: [
      { name: 'eth0', model: BCM5708, driver: 'bnx2', speed: 1000 },
      { name: 'eth1', model: BCM5708, driver: 'bnx2', speed: 1000 },
    ],
    bonds: [createBond('bond0')],
    layout: {},
  };
}
