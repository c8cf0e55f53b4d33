/**
 * Tests of the /proc/net/bonding importer: real texts of a current kernel (802.3ad) and of
 * RHEL5's bonding 3.4.0 (active-backup), exact notes for lines it does not know.
 */
import { describe, expect, it } from 'vitest';
import { parseProc, ROUND_TRIP_LOSSES } from './proc';
import type { SourceFile } from './types';

function proc(path: string, lines: readonly string[]): SourceFile {
  return { path, text: `${lines.join('\n')}\n` };
}

const LACP = proc('/proc/net/bonding/bond1', [
  'Ethernet Channel Bonding Driver: v6.8.0-45-generic',
  '',
  'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
  'Transmit Hash Policy: layer3+4 (1)',
  'MII Status: up',
  'MII Polling Interval (ms): 100',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  'Peer Notification Delay (ms): 0',
  '',
  '802.3ad info',
  'LACP active: on',
  'LACP rate: fast',
  'Min links: 0',
  'Aggregator selection policy (ad_select): stable',
  'System priority: 65535',
  'System MAC address: 3c:ec:ef:12:34:56',
  'Active Aggregator Info:',
  '\tAggregator ID: 1',
  '\tNumber of ports: 2',
  '\tActor Key: 21',
  '\tPartner Key: 32',
  '\tPartner Mac Address: 00:1c:73:aa:bb:cc',
  '',
  'Slave Interface: ens1f0',
  'MII Status: up',
  'Speed: 25000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 3c:ec:ef:12:34:56',
  'Slave queue ID: 0',
  'Aggregator ID: 1',
  'Actor Churn State: none',
  'Partner Churn State: none',
  'Actor Churned Count: 0',
  'Partner Churned Count: 0',
  'details actor lacp pdu:',
  '    system priority: 65535',
  '    system mac address: 3c:ec:ef:12:34:56',
  '    port key: 21',
  '    port priority: 255',
  '    port number: 1',
  '    port state: 63',
  'details partner lacp pdu:',
  '    system priority: 32768',
  '    system mac address: 00:1c:73:aa:bb:cc',
  '    oper key: 32',
  '    port priority: 32768',
  '    port number: 9',
  '    port state: 61',
  '',
  'Slave Interface: ens1f1',
  'MII Status: up',
  'Speed: 25000 Mbps',
  'Duplex: full',
  'Link Failure Count: 2',
  'Permanent HW addr: 3C:EC:EF:12:34:57',
  'Slave queue ID: 3',
  'Aggregator ID: 1',
]);

const RHEL5 = proc('bond0', [
  'Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)',
  '',
  'Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active)',
  'Primary Slave: eth1 (primary_reselect better)',
  'Currently Active Slave: eth1',
  'MII Status: up',
  'MII Polling Interval (ms): 0',
  'Up Delay (ms): 0',
  'Down Delay (ms): 0',
  'ARP Polling Interval (ms): 1000',
  'ARP IP target/s (n.n.n.n form): 192.168.1.1, 192.168.1.254',
  '',
  'Slave Interface: eth0',
  'MII Status: up',
  'Speed: 1000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 00:1a:64:6a:55:98',
  '',
  'Slave Interface: eth1',
  'MII Status: up',
  'Speed: 1000 Mbps',
  'Duplex: full',
  'Link Failure Count: 0',
  'Permanent HW addr: 00:1a:64:6a:55:9a',
]);

describe('parseProc', () => {
  it('reads a current kernel 802.3ad bond, skipping runtime state', () => {
    expect(parseProc([LACP])).toEqual({
      nics: [
        { name: 'ens1f0', speed: 25000, mac: '3c:ec:ef:12:34:56' },
        { name: 'ens1f1', speed: 25000, mac: '3c:ec:ef:12:34:57' },
      ],
      bonds: [
        {
          name: 'bond1',
          mode: '802.3ad',
          slaves: ['ens1f0', 'ens1f1'],
          options: {
            xmit_hash_policy: 'layer3+4',
            miimon: 100,
            lacp_rate: 'fast',
            queue_id: ['ens1f1:3'],
          },
        },
      ],
      notes: [],
    });
  });

  it('reads a RHEL5 active-backup bond with ARP monitoring and a primary', () => {
    expect(parseProc([RHEL5])).toEqual({
      nics: [
        { name: 'eth0', speed: 1000, mac: '00:1a:64:6a:55:98' },
        { name: 'eth1', speed: 1000, mac: '00:1a:64:6a:55:9a' },
      ],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['eth0', 'eth1'],
          options: {
            fail_over_mac: 'active',
            primary: 'eth1',
            primary_reselect: 'better',
            arp_interval: 1000,
            arp_ip_target: ['192.168.1.1', '192.168.1.254'],
          },
        },
      ],
      notes: [],
    });
  });

  it('notes lines it does not know and a missing mode', () => {
    const result = parseProc([
      proc('/tmp/bonding.txt', [
        'Ethernet Channel Bonding Driver: v5.0',
        'Frobnication Level: 11',
        'no colon here',
      ]),
    ]);
    expect(result.bonds.map((bond) => bond.name)).toEqual(['bond0']);
    expect(result.notes).toEqual([
      {
        severity: 'info',
        code: 'bond-name-assumed',
        file: '/tmp/bonding.txt',
        params: { name: 'bond0' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: '/tmp/bonding.txt',
        line: 2,
        params: { text: 'Frobnication Level: 11' },
      },
      {
        severity: 'warning',
        code: 'line-not-understood',
        file: '/tmp/bonding.txt',
        line: 3,
        params: { text: 'no colon here' },
      },
      { severity: 'error', code: 'proc-mode-missing', file: '/tmp/bonding.txt' },
    ]);
  });

  it('lists what /proc cannot carry', () => {
    expect(Object.keys(ROUND_TRIP_LOSSES)).toEqual(['defaults', 'hidden', 'addressing']);
  });
});
