/**
 * Every rule as a fail/fix pair: the failing design yields the exact code at the exact path, the
 * minimal fix yields no finding at all. Also: codes and catalogue agree, and hostile values
 * never make validateDesign throw.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { findingMessage } from '../i18n/instance';
import { FINDING_CODES } from './findings';
import { makeBond, makeDesign, makeNic } from './testing/builders';
import type { Bond, BondOptions, Design, Ipv4, Nic, Severity } from './types';
import { validateDesign } from './validate';

const emitted = new Set<string>();
const i18n = createI18n();

function run(design: Design) {
  const result = validateDesign(design);
  for (const f of result.findings) {
    emitted.add(f.code);
    const message = findingMessage(i18n.t, f);
    expect({
      code: f.code,
      interpolated: !message.includes('{{'),
      known: message !== f.code,
    }).toEqual({
      code: f.code,
      interpolated: true,
      known: true,
    });
  }
  return result;
}

const bond = (overrides: Partial<Bond>) => makeDesign([makeBond(overrides)]);
const opts = (options: BondOptions, overrides: Partial<Bond> = {}) =>
  bond({ options, ...overrides });
const ipv4 = (value: Ipv4) => bond({ ipv4: value });
const staticIp = (address: string, prefix: number, gateway?: string) =>
  ipv4(
    gateway === undefined
      ? { method: 'static', address, prefix }
      : { method: 'static', address, prefix, gateway },
  );
const nic3 = (patch: Partial<Nic>) => {
  const design = makeDesign();
  design.nics[3] = { ...makeNic('eth3'), ...patch };
  return design;
};
const twoBonds = (second: Partial<Bond>, first: Partial<Bond> = {}) =>
  makeDesign([
    makeBond(first),
    makeBond({ name: 'bond1', slaves: ['eth2', 'eth3'], ipv4: { method: 'none' }, ...second }),
  ]);
const cast = (value: unknown) => value as Design;
const arp: BondOptions = { miimon: undefined, arp_interval: 1000, arp_ip_target: ['192.168.1.1'] };

interface Case {
  title: string;
  fail: Design;
  severity: Severity;
  code: string;
  path: string;
  fix: Design;
}

const E: Severity = 'error';
const W: Severity = 'warning';

const CASES: Case[] = [
  {
    title: 'host name with "_"',
    fail: makeDesign(undefined, { host: { name: 'x_3650' } }),
    severity: E,
    code: 'host-name-invalid',
    path: '/host/name',
    fix: makeDesign(),
  },
  {
    title: 'empty NIC name',
    fail: nic3({ name: '' }),
    severity: E,
    code: 'ifname-empty',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: '16-character NIC name',
    fail: nic3({ name: 'eth0123456789012' }),
    severity: E,
    code: 'ifname-too-long',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth012345678901' }),
  },
  {
    title: 'NIC named ".."',
    fail: nic3({ name: '..' }),
    severity: E,
    code: 'ifname-dot',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth.3' }),
  },
  {
    title: 'NIC name starting with "-"',
    fail: nic3({ name: '-eth3' }),
    severity: E,
    code: 'ifname-leading-dash',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth-3' }),
  },
  {
    title: 'NIC name with a newline',
    fail: nic3({ name: 'eth3\nX=1' }),
    severity: E,
    code: 'ifname-bad-char',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'NIC name with $()',
    fail: nic3({ name: 'e$(reboot)' }),
    severity: E,
    code: 'ifname-bad-char',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'NIC name template %d',
    fail: nic3({ name: 'eth%d' }),
    severity: E,
    code: 'ifname-bad-char',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'NIC name with ":"',
    fail: nic3({ name: 'eth3:0' }),
    severity: E,
    code: 'ifname-bad-char',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'two NICs named eth2',
    fail: nic3({ name: 'eth2' }),
    severity: E,
    code: 'name-duplicate',
    path: '/nics/3/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'a NIC named like the bond',
    fail: nic3({ name: 'bond0' }),
    severity: E,
    code: 'name-duplicate',
    path: '/bonds/0/name',
    fix: nic3({ name: 'eth3' }),
  },
  {
    title: 'driver with ";"',
    fail: nic3({ driver: 'bnx2;reboot' }),
    severity: E,
    code: 'nic-driver-invalid',
    path: '/nics/3/driver',
    fix: nic3({ driver: 'bnx2' }),
  },
  {
    title: 'MAC with five octets',
    fail: nic3({ mac: '00:1a:64:6a:55' }),
    severity: E,
    code: 'nic-mac-invalid',
    path: '/nics/3/mac',
    fix: nic3({ mac: '00:1a:64:6a:55:98' }),
  },
  {
    title: 'multicast MAC',
    fail: nic3({ mac: '01:00:5e:00:00:01' }),
    severity: E,
    code: 'nic-mac-not-unicast',
    path: '/nics/3/mac',
    fix: nic3({ mac: '00:00:5e:00:00:01' }),
  },
  {
    title: 'all-zero MAC',
    fail: nic3({ mac: '00:00:00:00:00:00' }),
    severity: E,
    code: 'nic-mac-not-unicast',
    path: '/nics/3/mac',
    fix: nic3({ mac: '00:00:00:00:00:01' }),
  },
  {
    title: 'one MAC on two NICs',
    fail: {
      ...makeDesign(),
      nics: [
        makeNic('eth0', { mac: '00:1a:64:6a:55:98' }),
        makeNic('eth1', { mac: '00:1A:64:6A:55:98' }),
      ],
    },
    severity: W,
    code: 'nic-mac-duplicate',
    path: '/nics/1/mac',
    fix: {
      ...makeDesign(),
      nics: [
        makeNic('eth0', { mac: '00:1a:64:6a:55:98' }),
        makeNic('eth1', { mac: '00:1a:64:6a:55:9a' }),
      ],
    },
  },
  {
    title: 'speed 0',
    fail: nic3({ speed: 0 }),
    severity: E,
    code: 'nic-speed-invalid',
    path: '/nics/3/speed',
    fix: nic3({ speed: 1000 }),
  },
  {
    title: 'fractional speed',
    fail: nic3({ speed: 2.5 }),
    severity: E,
    code: 'nic-speed-invalid',
    path: '/nics/3/speed',
    fix: nic3({ speed: 2500 }),
  },
  {
    title: 'NaN speed',
    fail: nic3({ speed: Number.NaN }),
    severity: E,
    code: 'nic-speed-invalid',
    path: '/nics/3/speed',
    fix: nic3({ speed: 10000 }),
  },
  {
    title: 'model with a newline',
    fail: nic3({ model: 'BCM5708\nrm -rf /' }),
    severity: E,
    code: 'nic-model-invalid',
    path: '/nics/3/model',
    fix: nic3({ model: 'BCM5708 "rev 12"' }),
  },
  {
    title: 'unknown mode',
    fail: bond({ mode: cast('balance') as unknown as Bond['mode'] }),
    severity: E,
    code: 'bond-mode-invalid',
    path: '/bonds/0/mode',
    fix: bond({ mode: 'balance-alb' }),
  },
  {
    title: 'bond without slaves',
    fail: bond({ slaves: [] }),
    severity: W,
    code: 'bond-no-slaves',
    path: '/bonds/0/slaves',
    fix: bond({ slaves: ['eth2', 'eth3'] }),
  },
  {
    title: 'bond with one slave',
    fail: bond({ slaves: ['eth0'] }),
    severity: W,
    code: 'bond-one-slave',
    path: '/bonds/0/slaves',
    fix: bond({ slaves: ['eth0', 'eth3'] }),
  },
  {
    title: 'slave that is no NIC',
    fail: bond({ slaves: ['eth0', 'eth9'] }),
    severity: E,
    code: 'slave-unknown',
    path: '/bonds/0/slaves/1',
    fix: bond({ slaves: ['eth0', 'eth2'] }),
  },
  {
    title: 'bond enslaved to a bond',
    fail: twoBonds({ slaves: ['eth2', 'bond0'] }),
    severity: E,
    code: 'slave-is-bond',
    path: '/bonds/1/slaves/1',
    fix: twoBonds({}),
  },
  {
    title: 'slave listed twice',
    fail: bond({ slaves: ['eth0', 'eth1', 'eth0'] }),
    severity: E,
    code: 'slave-duplicate',
    path: '/bonds/0/slaves/2',
    fix: bond({ slaves: ['eth0', 'eth1', 'eth2'] }),
  },
  {
    title: 'NIC in two bonds',
    fail: twoBonds({ slaves: ['eth1', 'eth3'] }),
    severity: E,
    code: 'slave-in-two-bonds',
    path: '/bonds/1/slaves/0',
    fix: twoBonds({}),
  },
  {
    title: '802.3ad over 1G and 10G ports',
    fail: {
      ...bond({ mode: '802.3ad' }),
      nics: [makeNic('eth0'), makeNic('eth1', { speed: 10000 })],
    },
    severity: W,
    code: 'lacp-speed-mismatch',
    path: '/bonds/0/slaves',
    fix: {
      ...bond({ mode: '802.3ad' }),
      nics: [makeNic('eth0', { speed: 10000 }), makeNic('eth1', { speed: 10000 })],
    },
  },
  {
    title: 'lacp_rate in active-backup',
    fail: opts({ miimon: 100, lacp_rate: 'fast' }),
    severity: E,
    code: 'option-rejected-in-mode',
    path: '/bonds/0/options/lacp_rate',
    fix: opts({ miimon: 100, lacp_rate: 'fast' }, { mode: '802.3ad' }),
  },
  {
    title: 'primary in balance-rr',
    fail: opts({ miimon: 100, primary: 'eth0' }, { mode: 'balance-rr' }),
    severity: E,
    code: 'option-rejected-in-mode',
    path: '/bonds/0/options/primary',
    fix: opts({ miimon: 100 }, { mode: 'balance-rr' }),
  },
  {
    title: 'ARP monitoring in 802.3ad',
    fail: opts({ arp_interval: 1000, arp_ip_target: ['192.168.1.1'] }, { mode: '802.3ad' }),
    severity: E,
    code: 'option-rejected-in-mode',
    path: '/bonds/0/options/arp_interval',
    fix: opts({ miimon: 100 }, { mode: '802.3ad' }),
  },
  {
    title: 'packets_per_slave in balance-xor',
    fail: opts({ miimon: 100, packets_per_slave: 4 }, { mode: 'balance-xor' }),
    severity: E,
    code: 'option-rejected-in-mode',
    path: '/bonds/0/options/packets_per_slave',
    fix: opts({ miimon: 100, packets_per_slave: 4 }, { mode: 'balance-rr' }),
  },
  {
    title: 'xmit_hash_policy in active-backup',
    fail: opts({ miimon: 100, xmit_hash_policy: 'layer3+4' }),
    severity: W,
    code: 'option-inert-in-mode',
    path: '/bonds/0/options/xmit_hash_policy',
    fix: opts({ miimon: 100, xmit_hash_policy: 'layer3+4' }, { mode: 'balance-xor' }),
  },
  {
    title: 'num_grat_arp in 802.3ad',
    fail: opts({ num_grat_arp: 3 }, { mode: '802.3ad' }),
    severity: W,
    code: 'option-inert-in-mode',
    path: '/bonds/0/options/num_grat_arp',
    fix: opts({ num_grat_arp: 3, broadcast_neighbor: 'on' }, { mode: '802.3ad' }),
  },
  {
    title: 'fractional miimon',
    fail: opts({ miimon: 1.5 }),
    severity: E,
    code: 'option-not-integer',
    path: '/bonds/0/options/miimon',
    fix: opts({ miimon: 100 }),
  },
  {
    title: 'NaN miimon',
    fail: opts({ miimon: Number.NaN }),
    severity: E,
    code: 'option-not-integer',
    path: '/bonds/0/options/miimon',
    fix: opts({ miimon: 100 }),
  },
  {
    title: 'negative miimon',
    fail: opts({ miimon: -1 }),
    severity: E,
    code: 'option-out-of-range',
    path: '/bonds/0/options/miimon',
    fix: opts({ miimon: 100 }),
  },
  {
    title: 'ad_actor_sys_prio 0',
    fail: opts({ ad_actor_sys_prio: 0 }, { mode: '802.3ad' }),
    severity: E,
    code: 'option-out-of-range',
    path: '/bonds/0/options/ad_actor_sys_prio',
    fix: opts({ ad_actor_sys_prio: 1 }, { mode: '802.3ad' }),
  },
  {
    title: 'lacp_rate "medium"',
    fail: opts({ lacp_rate: cast('medium') as unknown as 'fast' }, { mode: '802.3ad' }),
    severity: E,
    code: 'option-not-in-enum',
    path: '/bonds/0/options/lacp_rate',
    fix: opts({ lacp_rate: 'fast' }, { mode: '802.3ad' }),
  },
  {
    title: 'primary with a space',
    fail: opts({ miimon: 100, primary: 'eth 0' }),
    severity: E,
    code: 'option-ifname-invalid',
    path: '/bonds/0/options/primary',
    fix: opts({ miimon: 100, primary: 'eth0' }),
  },
  {
    title: 'ad_actor_system not a MAC',
    fail: opts({ ad_actor_system: '02:00:00:00:00' }, { mode: '802.3ad' }),
    severity: E,
    code: 'option-mac-invalid',
    path: '/bonds/0/options/ad_actor_system',
    fix: opts({ ad_actor_system: '02:00:00:00:00:01' }, { mode: '802.3ad' }),
  },
  {
    title: 'multicast ad_actor_system',
    fail: opts({ ad_actor_system: '01:00:00:00:00:01' }, { mode: '802.3ad' }),
    severity: E,
    code: 'ad-actor-system-multicast',
    path: '/bonds/0/options/ad_actor_system',
    fix: opts({ ad_actor_system: '02:00:00:00:00:01' }, { mode: '802.3ad' }),
  },
  {
    title: 'miimon and arp_interval',
    fail: opts({ ...arp, miimon: 100 }),
    severity: E,
    code: 'miimon-and-arp-interval',
    path: '/bonds/0/options/arp_interval',
    fix: opts({ ...arp }),
  },
  {
    title: 'updelay with miimon 0',
    fail: opts({ miimon: 0, updelay: 200 }),
    severity: E,
    code: 'delay-without-miimon',
    path: '/bonds/0/options/updelay',
    fix: opts({ miimon: 100, updelay: 200 }),
  },
  {
    title: 'downdelay with ARP monitoring',
    fail: opts({ ...arp, downdelay: 200 }),
    severity: E,
    code: 'delay-without-miimon',
    path: '/bonds/0/options/downdelay',
    fix: opts({ ...arp }),
  },
  {
    title: 'updelay not a multiple of miimon',
    fail: opts({ miimon: 100, updelay: 250 }),
    severity: W,
    code: 'delay-not-multiple',
    path: '/bonds/0/options/updelay',
    fix: opts({ miimon: 100, updelay: 200 }),
  },
  {
    title: 'peer_notif_delay in balance-tlb',
    fail: opts({ peer_notif_delay: 200 }, { mode: 'balance-tlb' }),
    severity: W,
    code: 'option-inert-in-mode',
    path: '/bonds/0/options/peer_notif_delay',
    fix: opts({}, { mode: 'balance-tlb' }),
  },
  {
    title: 'updelay off the miimon 802.3ad forces',
    fail: opts({ updelay: 150 }, { mode: '802.3ad' }),
    severity: W,
    code: 'delay-not-multiple',
    path: '/bonds/0/options/updelay',
    fix: opts({ updelay: 200 }, { mode: '802.3ad' }),
  },
  {
    title: 'use_carrier with ARP monitoring',
    fail: opts({ ...arp, use_carrier: 'off' }),
    severity: W,
    code: 'option-inert-without-miimon',
    path: '/bonds/0/options/use_carrier',
    fix: opts({ ...arp }),
  },
  {
    title: 'arp_validate with MII monitoring',
    fail: opts({ miimon: 100, arp_validate: 'all' }),
    severity: W,
    code: 'option-inert-without-arp',
    path: '/bonds/0/options/arp_validate',
    fix: opts({ ...arp, arp_validate: 'all' }),
  },
  {
    title: 'arp_all_targets without arp_validate',
    fail: opts({ ...arp, arp_all_targets: 'all' }),
    severity: W,
    code: 'arp-all-targets-without-validate',
    path: '/bonds/0/options/arp_all_targets',
    fix: opts({ ...arp, arp_all_targets: 'all', arp_validate: 'active' }),
  },
  {
    title: 'arp_interval without targets',
    fail: opts({ arp_interval: 1000 }),
    severity: E,
    code: 'arp-interval-without-targets',
    path: '/bonds/0/options/arp_interval',
    fix: opts({ ...arp }),
  },
  {
    title: 'ARP target not an address',
    fail: opts({ ...arp, arp_ip_target: ['192.168.1.1', '192.168.1.256'] }),
    severity: E,
    code: 'arp-target-invalid',
    path: '/bonds/0/options/arp_ip_target/1',
    fix: opts({ ...arp, arp_ip_target: ['192.168.1.1', '192.168.1.254'] }),
  },
  {
    title: 'ARP target 255.255.255.255',
    fail: opts({ ...arp, arp_ip_target: ['255.255.255.255'] }),
    severity: E,
    code: 'arp-target-forbidden',
    path: '/bonds/0/options/arp_ip_target/0',
    fix: opts({ ...arp }),
  },
  {
    title: 'ARP target 0.1.2.3',
    fail: opts({ ...arp, arp_ip_target: ['0.1.2.3'] }),
    severity: E,
    code: 'arp-target-forbidden',
    path: '/bonds/0/options/arp_ip_target/0',
    fix: opts({ ...arp }),
  },
  {
    title: 'ARP target twice',
    fail: opts({ ...arp, arp_ip_target: ['192.168.1.1', '192.168.1.1'] }),
    severity: E,
    code: 'arp-target-duplicate',
    path: '/bonds/0/options/arp_ip_target/1',
    fix: opts({ ...arp }),
  },
  {
    title: '17 ARP targets',
    fail: opts({ ...arp, arp_ip_target: Array.from({ length: 17 }, (_, k) => `10.0.0.${k + 1}`) }),
    severity: E,
    code: 'arp-target-too-many',
    path: '/bonds/0/options/arp_ip_target',
    fix: opts({ ...arp, arp_ip_target: Array.from({ length: 16 }, (_, k) => `10.0.0.${k + 1}`) }),
  },
  {
    title: 'NS target with a zone',
    fail: opts({ ...arp, ns_ip6_target: ['fe80::1%eth0'] }),
    severity: E,
    code: 'ns-target-invalid',
    path: '/bonds/0/options/ns_ip6_target/0',
    fix: opts({ ...arp, ns_ip6_target: ['fe80::1'] }),
  },
  {
    title: 'NS target ::1',
    fail: opts({ ...arp, ns_ip6_target: ['::1'] }),
    severity: E,
    code: 'ns-target-forbidden',
    path: '/bonds/0/options/ns_ip6_target/0',
    fix: opts({ ...arp, ns_ip6_target: ['2001:db8::1'] }),
  },
  {
    title: 'multicast NS target',
    fail: opts({ ...arp, ns_ip6_target: ['ff02::1'] }),
    severity: E,
    code: 'ns-target-forbidden',
    path: '/bonds/0/options/ns_ip6_target/0',
    fix: opts({ ...arp, ns_ip6_target: ['2001:db8::1'] }),
  },
  {
    title: 'NS target twice in two spellings',
    fail: opts({ ...arp, ns_ip6_target: ['2001:db8::1', '2001:DB8:0::1'] }),
    severity: E,
    code: 'ns-target-duplicate',
    path: '/bonds/0/options/ns_ip6_target/1',
    fix: opts({ ...arp, ns_ip6_target: ['2001:db8::1', '2001:db8::2'] }),
  },
  {
    title: '17 NS targets',
    fail: opts({
      ...arp,
      ns_ip6_target: Array.from({ length: 17 }, (_, k) => `2001:db8::${k + 1}`),
    }),
    severity: E,
    code: 'ns-target-too-many',
    path: '/bonds/0/options/ns_ip6_target',
    fix: opts({ ...arp, ns_ip6_target: ['2001:db8::1'] }),
  },
  {
    title: 'no link monitoring in balance-rr',
    fail: opts({}, { mode: 'balance-rr' }),
    severity: W,
    code: 'no-link-monitoring',
    path: '/bonds/0/options/miimon',
    fix: opts({ miimon: 100 }, { mode: 'balance-rr' }),
  },
  {
    title: 'miimon 0 in 802.3ad',
    fail: opts({ miimon: 0 }, { mode: '802.3ad' }),
    severity: W,
    code: 'no-link-monitoring',
    path: '/bonds/0/options/miimon',
    fix: opts({}, { mode: '802.3ad' }),
  },
  {
    title: 'primary not a slave',
    fail: opts({ miimon: 100, primary: 'eth2' }),
    severity: E,
    code: 'primary-not-slave',
    path: '/bonds/0/options/primary',
    fix: opts({ miimon: 100, primary: 'eth1' }),
  },
  {
    title: 'active_slave not a slave',
    fail: opts({ miimon: 100, active_slave: 'eth3' }),
    severity: E,
    code: 'active-slave-not-slave',
    path: '/bonds/0/options/active_slave',
    fix: opts({ miimon: 100, active_slave: 'eth0' }),
  },
  {
    title: 'primary_reselect without primary',
    fail: opts({ miimon: 100, primary_reselect: 'better' }),
    severity: W,
    code: 'primary-reselect-without-primary',
    path: '/bonds/0/options/primary_reselect',
    fix: opts({ miimon: 100, primary_reselect: 'better', primary: 'eth0' }),
  },
  {
    title: 'xmit_hash_policy in balance-alb',
    fail: opts({ xmit_hash_policy: 'layer2+3' }, { mode: 'balance-alb' }),
    severity: W,
    code: 'xmit-hash-policy-inert-alb',
    path: '/bonds/0/options/xmit_hash_policy',
    fix: opts({ xmit_hash_policy: 'layer2+3', tlb_dynamic_lb: 'off' }, { mode: 'balance-alb' }),
  },
  {
    title: 'num_grat_arp and num_unsol_na differ',
    fail: opts({ miimon: 100, num_grat_arp: 2, num_unsol_na: 3 }),
    severity: E,
    code: 'notify-counts-differ',
    path: '/bonds/0/options/num_unsol_na',
    fix: opts({ miimon: 100, num_grat_arp: 3, num_unsol_na: 3 }),
  },
  {
    title: 'queue_id without queue',
    fail: opts({ miimon: 100, queue_id: ['eth0'] }),
    severity: E,
    code: 'queue-id-invalid',
    path: '/bonds/0/options/queue_id/0',
    fix: opts({ miimon: 100, queue_id: ['eth0:1'] }),
  },
  {
    title: 'queue_id for a non-slave',
    fail: opts({ miimon: 100, queue_id: ['eth2:1'] }),
    severity: E,
    code: 'queue-id-not-slave',
    path: '/bonds/0/options/queue_id/0',
    fix: opts({ miimon: 100, queue_id: ['eth1:1'] }),
  },
  {
    title: 'queue_id slave twice',
    fail: opts({ miimon: 100, queue_id: ['eth0:1', 'eth0:2'] }),
    severity: E,
    code: 'queue-id-duplicate-slave',
    path: '/bonds/0/options/queue_id/1',
    fix: opts({ miimon: 100, queue_id: ['eth0:1', 'eth1:2'] }),
  },
  {
    title: 'queue_id queue twice',
    fail: opts({ miimon: 100, queue_id: ['eth0:1', 'eth1:1'] }),
    severity: E,
    code: 'queue-id-duplicate-queue',
    path: '/bonds/0/options/queue_id/1',
    fix: opts({ miimon: 100, queue_id: ['eth0:0', 'eth1:0'] }),
  },
  {
    title: 'unknown IPv4 method',
    fail: ipv4(cast({ method: 'auto' }) as unknown as Ipv4),
    severity: E,
    code: 'ipv4-method-invalid',
    path: '/bonds/0/ipv4/method',
    fix: ipv4({ method: 'dhcp' }),
  },
  {
    title: 'address with octet 300',
    fail: staticIp('192.168.1.300', 24, '192.168.1.1'),
    severity: E,
    code: 'ipv4-address-invalid',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('192.168.1.30', 24, '192.168.1.1'),
  },
  {
    title: 'address with a leading zero',
    fail: staticIp('192.168.1.03', 24, '192.168.1.1'),
    severity: E,
    code: 'ipv4-address-invalid',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('192.168.1.3', 24, '192.168.1.1'),
  },
  {
    title: 'loopback address',
    fail: staticIp('127.0.0.2', 24),
    severity: E,
    code: 'ipv4-address-reserved',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('10.0.0.2', 24),
  },
  {
    title: 'multicast address',
    fail: staticIp('224.0.0.5', 24),
    severity: E,
    code: 'ipv4-address-reserved',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('10.0.0.5', 24),
  },
  {
    title: 'network address',
    fail: staticIp('192.168.1.0', 24, '192.168.1.1'),
    severity: E,
    code: 'ipv4-address-network',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('192.168.1.0', 23, '192.168.1.1'),
  },
  {
    title: 'broadcast address',
    fail: staticIp('192.168.1.255', 24, '192.168.1.1'),
    severity: E,
    code: 'ipv4-address-broadcast',
    path: '/bonds/0/ipv4/address',
    fix: staticIp('192.168.1.254', 24, '192.168.1.1'),
  },
  {
    title: 'prefix 33',
    fail: staticIp('192.168.1.3', 33),
    severity: E,
    code: 'ipv4-prefix-invalid',
    path: '/bonds/0/ipv4/prefix',
    fix: staticIp('192.168.1.3', 32),
  },
  {
    title: 'gateway not an address',
    fail: staticIp('192.168.1.3', 24, '192.168.1'),
    severity: E,
    code: 'ipv4-gateway-invalid',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 24, '192.168.1.1'),
  },
  {
    title: 'gateway 0.0.0.0',
    fail: staticIp('192.168.1.3', 24, '0.0.0.0'),
    severity: E,
    code: 'ipv4-gateway-reserved',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 24),
  },
  {
    title: 'gateway outside the subnet',
    fail: staticIp('192.168.1.3', 24, '192.168.2.1'),
    severity: E,
    code: 'ipv4-gateway-outside-subnet',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 22, '192.168.2.1'),
  },
  {
    title: 'gateway on a /32',
    fail: staticIp('192.168.1.3', 32, '192.168.1.1'),
    severity: E,
    code: 'ipv4-gateway-outside-subnet',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 32),
  },
  {
    title: 'gateway is the address',
    fail: staticIp('192.168.1.3', 24, '192.168.1.3'),
    severity: E,
    code: 'ipv4-gateway-is-address',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 24, '192.168.1.254'),
  },
  {
    title: 'gateway is the broadcast address',
    fail: staticIp('192.168.1.3', 24, '192.168.1.255'),
    severity: E,
    code: 'ipv4-address-broadcast',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('192.168.1.3', 24, '192.168.1.254'),
  },
  {
    title: 'gateway on a /31',
    fail: staticIp('10.0.0.1', 31, '10.0.0.0'),
    severity: W,
    code: 'ipv4-gateway-point-to-point',
    path: '/bonds/0/ipv4/gateway',
    fix: staticIp('10.0.0.1', 31),
  },
  {
    title: 'one address on two bonds',
    fail: twoBonds({ ipv4: { method: 'static', address: '192.168.1.3', prefix: 24 } }),
    severity: E,
    code: 'ipv4-address-duplicate',
    path: '/bonds/1/ipv4/address',
    fix: twoBonds({ ipv4: { method: 'static', address: '10.0.0.3', prefix: 24 } }),
  },
  {
    title: 'two bonds in one subnet',
    fail: twoBonds({ ipv4: { method: 'static', address: '192.168.1.4', prefix: 24 } }),
    severity: W,
    code: 'ipv4-subnet-shared',
    path: '/bonds/1/ipv4/address',
    fix: twoBonds({ ipv4: { method: 'static', address: '192.168.2.4', prefix: 24 } }),
  },
  {
    title: 'two default gateways',
    fail: twoBonds({
      ipv4: { method: 'static', address: '10.0.0.3', prefix: 24, gateway: '10.0.0.1' },
    }),
    severity: W,
    code: 'ipv4-multiple-gateways',
    path: '/bonds/1/ipv4/gateway',
    fix: twoBonds({ ipv4: { method: 'static', address: '10.0.0.3', prefix: 24 } }),
  },
  {
    title: 'MTU 67',
    fail: bond({ mtu: 67 }),
    severity: E,
    code: 'mtu-invalid',
    path: '/bonds/0/mtu',
    fix: bond({ mtu: 68 }),
  },
  {
    title: 'MTU Infinity',
    fail: bond({ mtu: Number.POSITIVE_INFINITY }),
    severity: E,
    code: 'mtu-invalid',
    path: '/bonds/0/mtu',
    fix: bond({ mtu: 1500 }),
  },
  {
    title: 'MTU 9600',
    fail: bond({ mtu: 9600 }),
    severity: W,
    code: 'mtu-above-jumbo',
    path: '/bonds/0/mtu',
    fix: bond({ mtu: 9000 }),
  },
  {
    title: 'speed given as text',
    fail: nic3({ speed: cast('1000') as unknown as number }),
    severity: E,
    code: 'value-wrong-type',
    path: '/nics/3/speed',
    fix: nic3({ speed: 1000 }),
  },
  {
    title: 'bond without a name',
    fail: cast({ ...makeDesign(), bonds: [{ ...makeBond(), name: undefined }] }),
    severity: E,
    code: 'value-missing',
    path: '/bonds/0/name',
    fix: makeDesign(),
  },
  {
    title: 'unknown NIC key',
    fail: cast({ ...makeDesign(), nics: [{ name: 'eth0', vendor: 'x' }, makeNic('eth1')] }),
    severity: E,
    code: 'unknown-key',
    path: '/nics/0/vendor',
    fix: makeDesign(),
  },
  {
    title: 'unknown option',
    fail: opts(cast({ miimon: 100, mimon: 100 }) as unknown as BondOptions),
    severity: E,
    code: 'unknown-key',
    path: '/bonds/0/options/mimon',
    fix: opts({ miimon: 100 }),
  },
  {
    title: 'design version 2',
    fail: cast({ ...makeDesign(), version: 2 }),
    severity: E,
    code: 'version-unsupported',
    path: '/version',
    fix: makeDesign(),
  },
];

describe('validateDesign rules', () => {
  it('finds nothing in the baseline design', () => {
    expect(run(makeDesign()).findings).toEqual([]);
  });

  it.each(CASES)(
    'flags $title as $code at $path, and its fix is clean',
    ({ fail, severity, code, path, fix }) => {
      const failed = run(fail);
      expect(failed.findings).toContainEqual(expect.objectContaining({ severity, code, path }));
      expect(failed.valid === undefined).toBe(severity === 'error');
      const fixed = run(fix);
      expect(fixed.findings).toEqual([]);
      expect(fixed.valid).toBeDefined();
    },
  );
});

describe('validateDesign on hostile values', () => {
  const hostile: [string, unknown][] = [
    ['null', null],
    ['a string', 'design'],
    ['nics as an object', { version: 1, nics: {}, bonds: [] }],
    [
      'options null',
      {
        version: 1,
        nics: [],
        bonds: [{ name: 'bond0', mode: 'active-backup', slaves: [], options: null }],
      },
    ],
    [
      'slaves with numbers',
      {
        version: 1,
        nics: [],
        bonds: [{ name: 'bond0', mode: 'active-backup', slaves: [1, null] }],
      },
    ],
    ['huge numbers', opts({ miimon: 1e308, arp_interval: Number.MAX_VALUE, updelay: -Infinity })],
    [
      'empty strings',
      bond({
        name: '',
        slaves: ['', ''],
        ipv4: { method: 'static', address: '', prefix: Number.NaN, gateway: '' },
      }),
    ],
    [
      'a newline in every name',
      makeDesign(
        [makeBond({ name: 'bond0\n', slaves: ['eth0\n'], options: { primary: 'eth0\n' } })],
        { host: { name: 'a\nb' } },
      ),
    ],
  ];

  it.each(hostile)('reports errors for %s without throwing', (_title, value) => {
    const result = run(value as Design);
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(result.valid).toBeUndefined();
  });

  it('ignores canvas positions, which only the app reads', () => {
    const layout = { 'nic:eth0': { x: Number.NaN, y: Number.POSITIVE_INFINITY } };
    expect(run(makeDesign(undefined, { layout })).findings).toEqual([]);
  });

  it('shows control characters in params as U+XXXX, never raw', () => {
    const { findings } = run(nic3({ name: 'eth3\nX=1' }));
    expect(findings).toContainEqual({
      severity: 'error',
      code: 'ifname-bad-char',
      path: '/nics/3/name',
      params: { name: 'eth3U+000AX=1', char: 'U+000A', max: 15 },
    });
  });
});

describe('finding codes', () => {
  it('emits only listed codes (runs after the cases above)', () => {
    expect(emitted.size).toBeGreaterThan(70);
    expect(
      [...emitted].filter((code) => !(FINDING_CODES as readonly string[]).includes(code)),
    ).toEqual([]);
  });

  it('has a rule case for every model code except the draft one', () => {
    const covered = new Set(CASES.map((c) => c.code));
    expect(FINDING_CODES.filter((code) => !covered.has(code))).toEqual(['draft-pointer-unknown']);
  });
});

describe('validateDesign on values String() cannot show (found by src/fuzz)', () => {
  it('reports an ipv4 method without a prototype instead of throwing', () => {
    const design = makeDesign([makeBond()]);
    const bond = design.bonds[0] as unknown as Record<string, unknown>;
    bond.ipv4 = { method: Object.create(null) as unknown };
    const { findings, valid } = validateDesign(design);
    expect(valid).toBeUndefined();
    expect(findings).toContainEqual({
      severity: 'error',
      code: 'ipv4-method-invalid',
      path: '/bonds/0/ipv4/method',
      params: { method: '[object Object]' },
    });
  });
});
