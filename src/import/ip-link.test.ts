/**
 * Tests of the `ip -d link show` importer: output in the shape iproute2 prints it for an
 * active-backup and an 802.3ad bond, defaults left out, and notes for what it does not use.
 */
import { describe, expect, it } from 'vitest';
import { parseIpLink } from './ip-link';

const OUTPUT = `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN mode DEFAULT group default qlen 1000
    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00 promiscuity 0 minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535
2: eth0: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc fq_codel master bond0 state UP mode DEFAULT group default qlen 1000
    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 9000
    bond_slave state ACTIVE mii_status UP link_failure_count 0 perm_hwaddr 52:54:00:12:34:56 queue_id 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535
    altname enp0s3
3: eth1: <BROADCAST,MULTICAST,SLAVE,UP,LOWER_UP> mtu 1500 qdisc fq_codel master bond0 state UP mode DEFAULT group default qlen 1000
    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 9000
    bond_slave state BACKUP mii_status UP link_failure_count 2 perm_hwaddr 52:54:00:AB:CD:EF queue_id 0 addrgenmode eui64 numtxqueues 1 numrxqueues 1 gso_max_size 65536 gso_max_segs 65535
4: bond0: <BROADCAST,MULTICAST,MASTER,UP,LOWER_UP> mtu 9000 qdisc noqueue state UP mode DEFAULT group default qlen 1000
    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 65535
    bond mode active-backup active_slave eth0 miimon 100 updelay 200 downdelay 0 peer_notify_delay 0 use_carrier 1 arp_interval 0 arp_validate none arp_all_targets any primary eth0 primary_reselect always fail_over_mac none xmit_hash_policy layer2 resend_igmp 1 num_grat_arp 1 all_slaves_active 0 min_links 0 lp_interval 1 packets_per_slave 1 lacp_active on lacp_rate slow ad_select stable tlb_dynamic_lb 1 addrgenmode eui64 numtxqueues 16 numrxqueues 16 gso_max_size 65536 gso_max_segs 65535
5: bond1: <BROADCAST,MULTICAST,MASTER,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default qlen 1000
    link/ether 3a:1f:00:00:00:01 brd ff:ff:ff:ff:ff:ff promiscuity 0 minmtu 68 maxmtu 65535
    bond mode 802.3ad miimon 100 updelay 0 downdelay 0 use_carrier 1 arp_interval 0 arp_validate none arp_all_targets any primary_reselect always fail_over_mac none xmit_hash_policy layer3+4 resend_igmp 1 num_grat_arp 1 all_slaves_active 0 min_links 1 lp_interval 1 packets_per_slave 1 lacp_rate fast ad_select stable ad_aggregator 1 ad_num_ports 0 ad_actor_key 0 ad_partner_key 1 ad_partner_mac 00:00:00:00:00:00 ad_actor_sys_prio 65535 ad_user_port_key 0 ad_actor_system 00:00:00:00:00:00 tlb_dynamic_lb 1 turbo 9
    vf 0 link/ether 00:00:00:00:00:00
`;

describe('parseIpLink', () => {
  it('reads bonds, their non-default options and their slaves', () => {
    expect(parseIpLink([{ path: 'ip-d-link.txt', text: OUTPUT }])).toEqual({
      nics: [
        { name: 'eth0', mac: '52:54:00:12:34:56' },
        { name: 'eth1', mac: '52:54:00:ab:cd:ef' },
      ],
      bonds: [
        {
          name: 'bond0',
          mode: 'active-backup',
          slaves: ['eth0', 'eth1'],
          mtu: 9000,
          options: { miimon: 100, updelay: 200, primary: 'eth0' },
        },
        {
          name: 'bond1',
          mode: '802.3ad',
          slaves: [],
          mtu: 1500,
          options: { miimon: 100, xmit_hash_policy: 'layer3+4', min_links: 1, lacp_rate: 'fast' },
        },
      ],
      notes: [
        {
          severity: 'info',
          code: 'runtime-active-slave',
          file: 'ip-d-link.txt',
          line: 12,
          params: { value: 'eth0' },
        },
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 'ip-d-link.txt',
          line: 15,
          params: { text: 'bond turbo 9' },
        },
        {
          severity: 'info',
          code: 'interface-not-imported',
          file: 'ip-d-link.txt',
          line: 1,
          params: { name: 'lo' },
        },
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 'ip-d-link.txt',
          line: 16,
          params: { text: 'vf 0 link/ether 00:00:00:00:00:00' },
        },
      ],
    });
  });

  it.each([
    ['mode 4 lacp_rate 1', { mode: '802.3ad', options: { lacp_rate: 'fast' } }, []],
    [
      'mode balance-rr miimon 50 lacp_rate fast',
      { mode: 'balance-rr', options: { miimon: 50 } },
      [],
    ],
    [
      'mode balance-xor arp_ip_target 10.0.0.1,10.0.0.2 arp_interval 200',
      {
        mode: 'balance-xor',
        options: { arp_ip_target: ['10.0.0.1', '10.0.0.2'], arp_interval: 200 },
      },
      [],
    ],
    [
      'mode 9 miimon x',
      { mode: 'balance-rr', options: {} },
      [
        { severity: 'warning', code: 'mode-unknown', file: 'f', line: 2, params: { value: '9' } },
        {
          severity: 'warning',
          code: 'option-value-invalid',
          file: 'f',
          line: 2,
          params: { option: 'miimon', value: 'x' },
        },
      ],
    ],
  ])('reads "bond %s"', (details, expected, notes) => {
    const text = `7: bond0: <MASTER> mtu 1500 qdisc noqueue\n    bond ${details}\n`;
    const result = parseIpLink([{ path: 'f', text }]);
    expect(result.bonds.map((bond) => ({ mode: bond.mode, options: bond.options }))).toEqual([
      expected,
    ]);
    expect(result.notes).toEqual(notes);
  });

  it('notes text that is not ip link output', () => {
    expect(parseIpLink([{ path: 'f', text: 'hello\n' }])).toEqual({
      nics: [],
      bonds: [],
      notes: [
        {
          severity: 'warning',
          code: 'line-not-understood',
          file: 'f',
          line: 1,
          params: { text: 'hello' },
        },
      ],
    });
  });
});
