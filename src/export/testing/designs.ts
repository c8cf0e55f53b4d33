/**
 * Hand-built designs for export tests: the seed write-up's host and a two-bond host. They are
 * cast to ValidDesign so renderer tests do not depend on the validator; bundle and CLI tests run
 * the real validator on the same designs.
 */
import type { Design, ValidDesign } from '../../model/types';

const BCM5708 = 'Broadcom Corporation NetXtreme II BCM5708 Gigabit Ethernet';
const I82574L = 'Intel Corporation 82574L Gigabit Network Connection';

/** Treats a hand-built design as validated (tests only). */
export function asValid(design: Design): ValidDesign {
  return design as ValidDesign;
}

/**
 * The seed as the app builds it: x3650, eth0+eth1 BCM5708 (bnx2, 1000 Mb/s) in bond0
 * active-backup, 192.168.1.3/24, MTU 1500.
 */
export function seedDesign(): Design {
  return {
    version: 1,
    host: { name: 'x3650' },
    nics: [
      { name: 'eth0', model: BCM5708, driver: 'bnx2', speed: 1000 },
      { name: 'eth1', model: BCM5708, driver: 'bnx2', speed: 1000 },
    ],
    bonds: [
      {
        name: 'bond0',
        mode: 'active-backup',
        slaves: ['eth0', 'eth1'],
        options: { miimon: 100 },
        ipv4: { method: 'static', address: '192.168.1.3', prefix: 24, gateway: '192.168.1.1' },
        mtu: 1500,
      },
    ],
    layout: {},
  };
}

/**
 * Two bonds with different modes and options, listed out of load order: bond1 balance-xor with
 * ARP monitoring and a static address, bond0 802.3ad with LACP options, DHCP and jumbo frames.
 */
export function twoBondDesign(): Design {
  return {
    version: 1,
    host: { name: 'db1' },
    nics: [
      { name: 'eth0', model: BCM5708, driver: 'bnx2', speed: 1000 },
      { name: 'eth1', model: BCM5708, driver: 'bnx2', speed: 1000 },
      { name: 'eth2', model: I82574L, driver: 'e1000e', mac: '00:1b:21:0a:0b:0c', speed: 1000 },
      { name: 'eth3', model: I82574L, driver: 'e1000e', mac: '00:1b:21:0a:0b:0d', speed: 1000 },
    ],
    bonds: [
      {
        name: 'bond1',
        mode: 'balance-xor',
        slaves: ['eth0', 'eth1'],
        options: {
          arp_interval: 1000,
          arp_ip_target: ['10.0.0.1', '10.0.0.2'],
          arp_validate: 'all',
          xmit_hash_policy: 'layer2+3',
        },
        ipv4: { method: 'static', address: '10.0.0.10', prefix: 16 },
      },
      {
        name: 'bond0',
        mode: '802.3ad',
        slaves: ['eth2', 'eth3'],
        options: { miimon: 100, lacp_rate: 'fast', xmit_hash_policy: 'layer3+4' },
        ipv4: { method: 'dhcp' },
        mtu: 9000,
      },
    ],
  };
}
