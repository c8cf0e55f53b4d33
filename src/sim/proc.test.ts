/**
 * /proc/net/bonding text: exact output per mode family and kernel, checked against the
 * seq_printf calls of bond_procfs.c (6.x) and RHEL5's bond_main.c (reference §4.5).
 */
import { describe, expect, it } from 'vitest';
import type { BondMode, BondOptions } from '../model/types';
import { renderProcBonding } from './proc';
import { createSimulator } from './simulator';
import type { SimBond, SimState, SlaveState, TimelineEvent } from './types';

const MAC0 = '00:1a:64:00:00:01';
const MAC1 = '00:1a:64:00:00:02';

function makeBond(mode: BondMode, options: BondOptions): SimBond {
  return {
    mode,
    options,
    mac: MAC0,
    slaves: [
      { name: 'eth0', up: true, speed: 1000, mac: MAC0 },
      { name: 'eth1', up: true, speed: 1000, mac: MAC1 },
    ],
  };
}

function makeSlave(name: string, mac: string, patch: Partial<SlaveState> = {}): SlaveState {
  return {
    name,
    mac,
    speed: 1000,
    carrier: true,
    link: 'up',
    packets: 0,
    bytes: 0,
    linkFailures: 0,
    tlbLoad: 0,
    ...patch,
  };
}

function makeState(
  mode: BondMode,
  active: string | null,
  slaves: SlaveState[] = [makeSlave('eth0', MAC0), makeSlave('eth1', MAC1)],
  events: TimelineEvent[] = [],
  nowMs = 0,
): SimState {
  return { nowMs, kernel: 'current', mode, active, slaves, rrCounter: 0, tlbBuckets: [], events };
}

const SEED_SLAVES_CURRENT = `
Slave Interface: eth0
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:01
Slave queue ID: 0

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:02
Slave queue ID: 0
`;

describe('renderProcBonding', () => {
  it('prints the seed active-backup bond as a 6.x kernel does', () => {
    const bond = makeBond('active-backup', { miimon: 100 });
    const text = renderProcBonding('bond0', bond, makeState('active-backup', 'eth0'), 'current');
    expect(text).toBe(
      `Ethernet Channel Bonding Driver: v6.12.0

Bonding Mode: fault-tolerance (active-backup)
Primary Slave: None
Currently Active Slave: eth0
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0
Peer Notification Delay (ms): 0
${SEED_SLAVES_CURRENT}`,
    );
  });

  it('prints the seed active-backup bond as RHEL5 bonding 3.4.0 does', () => {
    const bond = makeBond('active-backup', { miimon: 100 });
    const text = renderProcBonding('bond0', bond, makeState('active-backup', 'eth0'), 'rhel5');
    expect(text).toBe(
      `Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)

Bonding Mode: fault-tolerance (active-backup)
Primary Slave: None
Currently Active Slave: eth0
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0

Slave Interface: eth0
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:01

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:02
`,
    );
  });

  it('shows a cut cable: slave down, one failure, the backup active, primary with reselect', () => {
    const bond = makeBond('active-backup', {
      miimon: 100,
      updelay: 250,
      downdelay: 200,
      primary: 'eth0',
      fail_over_mac: 'active',
    });
    const slaves = [
      makeSlave('eth0', MAC0, { carrier: false, link: 'down', linkFailures: 1 }),
      makeSlave('eth1', MAC1),
    ];
    const text = renderProcBonding(
      'bond0',
      bond,
      makeState('active-backup', 'eth1', slaves),
      'current',
      { kernelRelease: '6.1.0-28-amd64' },
    );
    // updelay 250 is stored as 2 miimon ticks, so /proc shows 200 (2 × 100).
    expect(text).toBe(
      `Ethernet Channel Bonding Driver: v6.1.0-28-amd64

Bonding Mode: fault-tolerance (active-backup) (fail_over_mac active)
Primary Slave: eth0 (primary_reselect always)
Currently Active Slave: eth1
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 200
Down Delay (ms): 200
Peer Notification Delay (ms): 0

Slave Interface: eth0
MII Status: down
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 1
Permanent HW addr: 00:1a:64:00:00:01
Slave queue ID: 0

Slave Interface: eth1
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: 00:1a:64:00:00:02
Slave queue ID: 0
`,
    );
  });

  it.each([
    ['fail', 'going down'],
    ['back', 'going back'],
  ] as const)('names the %s link state %j', (link, text) => {
    const slaves = [makeSlave('eth0', MAC0, { link }), makeSlave('eth1', MAC1)];
    const proc = renderProcBonding(
      'bond0',
      makeBond('balance-rr', { miimon: 100 }),
      makeState('balance-rr', null, slaves),
      'current',
    );
    expect(proc.split('\n')[9]).toBe('Slave Interface: eth0');
    expect(proc.split('\n')[10]).toBe(`MII Status: ${text}`);
  });

  it('prints an ARP-monitored balance-xor with its hash policy and targets', () => {
    const bond = makeBond('balance-xor', {
      arp_interval: 1000,
      arp_ip_target: ['192.0.2.1', '192.0.2.2'],
      xmit_hash_policy: 'layer2+3',
    });
    const current = renderProcBonding('bond1', bond, makeState('balance-xor', null), 'current');
    expect(current).toBe(
      `Ethernet Channel Bonding Driver: v6.12.0

Bonding Mode: load balancing (xor)
Transmit Hash Policy: layer2+3 (2)
MII Status: up
MII Polling Interval (ms): 0
Up Delay (ms): 0
Down Delay (ms): 0
Peer Notification Delay (ms): 0
ARP Polling Interval (ms): 1000
ARP Missed Max: 2
ARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.2
NS IPv6 target/s (xx::xx form):
${SEED_SLAVES_CURRENT}`,
    );
    const rhel5 = renderProcBonding('bond1', bond, makeState('balance-xor', null), 'rhel5');
    expect(rhel5.split('\n').slice(0, 10)).toEqual([
      'Ethernet Channel Bonding Driver: v3.4.0 (October 7, 2008)',
      '',
      'Bonding Mode: load balancing (xor)',
      'Transmit Hash Policy: layer2+3 (2)',
      'MII Status: up',
      'MII Polling Interval (ms): 0',
      'Up Delay (ms): 0',
      'Down Delay (ms): 0',
      'ARP Polling Interval (ms): 1000',
      'ARP IP target/s (n.n.n.n form): 192.0.2.1, 192.0.2.2',
    ]);
  });

  it('prints an 802.3ad bond with the LACP block, aggregator and port details', () => {
    const bond = makeBond('802.3ad', {
      miimon: 100,
      lacp_rate: 'fast',
      xmit_hash_policy: 'layer3+4',
    });
    const text = renderProcBonding('bond0', bond, makeState('802.3ad', null), 'current');
    // 1000 Mb/s is ad_link_speed_type 4: key = 4 << 1 | 1 (full duplex) = 9.
    // Port state = activity 1 | timeout (fast) 2 | aggregation 4 | sync 8 | collecting 16 |
    // distributing 32 = 63.
    const port = (name: string, mac: string, number: number): string => `
Slave Interface: ${name}
MII Status: up
Speed: 1000 Mbps
Duplex: full
Link Failure Count: 0
Permanent HW addr: ${mac}
Slave queue ID: 0
Aggregator ID: 1
Actor Churn State: none
Partner Churn State: none
Actor Churned Count: 0
Partner Churned Count: 0
details actor lacp pdu:
    system priority: 65535
    system mac address: 00:1a:64:00:00:01
    port key: 9
    port priority: 255
    port number: ${number}
    port state: 63
details partner lacp pdu:
    system priority: 32768
    system mac address: 00:00:5e:00:53:01
    oper key: 1
    port priority: 32768
    port number: ${number}
    port state: 61`;
    expect(text).toBe(
      `Ethernet Channel Bonding Driver: v6.12.0

Bonding Mode: IEEE 802.3ad Dynamic link aggregation
Transmit Hash Policy: layer3+4 (1)
MII Status: up
MII Polling Interval (ms): 100
Up Delay (ms): 0
Down Delay (ms): 0
Peer Notification Delay (ms): 0

802.3ad info
LACP active: on
LACP rate: fast
Min links: 0
Aggregator selection policy (ad_select): stable
System priority: 65535
System MAC address: 00:1a:64:00:00:01
Active Aggregator Info:
\tAggregator ID: 1
\tNumber of ports: 2
\tActor Key: 9
\tPartner Key: 1
\tPartner Mac Address: 00:00:5e:00:53:01
${port('eth0', MAC0, 1)}
${port('eth1', MAC1, 2)}
`,
    );
  });

  it('prints the RHEL5 802.3ad block without the lines 3.4.0 lacks', () => {
    const bond = makeBond('802.3ad', { miimon: 100 });
    const text = renderProcBonding('bond0', bond, makeState('802.3ad', null), 'rhel5');
    expect(text.split('\n').slice(2, 18)).toEqual([
      'Bonding Mode: IEEE 802.3ad Dynamic link aggregation',
      'Transmit Hash Policy: layer2 (0)',
      'MII Status: up',
      'MII Polling Interval (ms): 100',
      'Up Delay (ms): 0',
      'Down Delay (ms): 0',
      '',
      '802.3ad info',
      'LACP rate: slow',
      'Active Aggregator Info:',
      '\tAggregator ID: 1',
      '\tNumber of ports: 2',
      '\tActor Key: 9',
      '\tPartner Key: 1',
      '\tPartner Mac Address: 00:00:5e:00:53:01',
      '',
    ]);
    expect(text.split('\n').slice(18, 25)).toEqual([
      'Slave Interface: eth0',
      'MII Status: up',
      'Speed: 1000 Mbps',
      'Duplex: full',
      'Link Failure Count: 0',
      'Permanent HW addr: 00:1a:64:00:00:01',
      'Aggregator ID: 1',
    ]);
  });

  it('puts a cut 802.3ad port in its own aggregator and reports churn after 60 s', () => {
    const bond = makeBond('802.3ad', { miimon: 100 });
    const slaves = [
      makeSlave('eth0', MAC0, { carrier: false, link: 'down', linkFailures: 1 }),
      makeSlave('eth1', MAC1),
    ];
    const events: TimelineEvent[] = [{ atMs: 100, kind: 'slave-down', slave: 'eth0' }];
    const early = renderProcBonding(
      'bond0',
      bond,
      makeState('802.3ad', null, slaves, events, 200),
      'current',
    );
    const late = renderProcBonding(
      'bond0',
      bond,
      makeState('802.3ad', null, slaves, events, 60_100),
      'current',
    );
    expect(early).toContain('Active Aggregator Info:\n\tAggregator ID: 2\n\tNumber of ports: 1\n');
    expect(early).toContain('Slave queue ID: 0\nAggregator ID: 2\nActor Churn State: none\n');
    expect(early).toContain('Aggregator ID: 1\nActor Churn State: monitoring\n');
    expect(late).toContain('Aggregator ID: 1\nActor Churn State: churned\n');
    // Out of sync, defaulted: activity 1 | aggregation 4 | defaulted 64 = 69.
    expect(early).toContain('    port number: 1\n    port state: 69\n');
  });

  it('reports a bond with every slave down as having no active aggregator', () => {
    const bond = makeBond('802.3ad', { miimon: 100, min_links: 1 });
    const slaves = [
      makeSlave('eth0', MAC0, { carrier: false, link: 'down', linkFailures: 1 }),
      makeSlave('eth1', MAC1, { carrier: false, link: 'down', linkFailures: 1 }),
    ];
    const text = renderProcBonding('bond7', bond, makeState('802.3ad', null, slaves), 'current');
    expect(text).toContain('MII Status: down\n');
    expect(text).toContain(
      'System MAC address: 00:1a:64:00:00:01\nbond bond7 has no active aggregator\n',
    );
  });

  it.each([
    ['balance-rr', []],
    ['broadcast', []],
    ['balance-tlb', ['Primary Slave: None', 'Currently Active Slave: eth0']],
    [
      'balance-alb',
      ['Transmit Hash Policy: layer2 (0)', 'Primary Slave: None', 'Currently Active Slave: eth0'],
    ],
  ] as const)('shows only the %s master lines the kernel prints', (mode, extra) => {
    const options: BondOptions =
      mode === 'balance-alb' ? { miimon: 100, tlb_dynamic_lb: 'off' } : { miimon: 100 };
    const text = renderProcBonding(
      'bond0',
      makeBond(mode, options),
      makeState(mode, 'eth0'),
      'current',
    );
    expect(text.split('\n').slice(3, 3 + extra.length)).toEqual([...extra]);
    expect(text.split('\n')[3 + extra.length]).toBe('MII Status: up');
  });

  it('prints Unknown speed for a slave that has been down since it was enslaved', () => {
    const slaves = [
      makeSlave('eth0', MAC0),
      makeSlave('eth1', MAC1, { carrier: false, link: 'down' }),
    ];
    const text = renderProcBonding(
      'bond0',
      makeBond('active-backup', { miimon: 100 }),
      makeState('active-backup', 'eth0', slaves),
      'current',
    );
    expect(text).toContain(
      'Slave Interface: eth1\nMII Status: down\nSpeed: Unknown\nDuplex: Unknown\n',
    );
  });
});

describe('renderProcBonding formats values as the kernel prints them', () => {
  it('prints MACs in lower case, compressed IPv6 targets and the slave queue ids', () => {
    const bond: SimBond = {
      ...makeBond('balance-rr', {
        arp_interval: 500,
        arp_ip_target: ['192.0.2.1'],
        ns_ip6_target: ['2001:DB8:0:0::1', '2001:db8::2'],
        queue_id: ['eth1:3'],
      }),
    };
    const slaves = [makeSlave('eth0', '00:1A:64:00:00:01'), makeSlave('eth1', MAC1)];
    const text = renderProcBonding('bond0', bond, makeState('balance-rr', null, slaves), 'current');
    expect(text).toContain(
      'ARP IP target/s (n.n.n.n form): 192.0.2.1\nNS IPv6 target/s (xx::xx form): 2001:db8::1, 2001:db8::2\n',
    );
    expect(text).toContain('Permanent HW addr: 00:1a:64:00:00:01\nSlave queue ID: 0\n');
    expect(text).toContain('Permanent HW addr: 00:1a:64:00:00:02\nSlave queue ID: 3\n');
  });
});

describe('renderProcBonding on a running simulator', () => {
  it('shows the cut cable once the monitor has seen it', () => {
    const bond = makeBond('active-backup', { miimon: 100 });
    const simulator = createSimulator(bond, { kernel: 'current' });
    simulator.setLink('eth0', false, 50);
    simulator.advance(300);
    // Cut at 50 ms, miimon tick at 100 ms: eth0 down (1 failure), eth1 takes over.
    const text = renderProcBonding('bond0', bond, simulator.state(), 'current');
    expect(text).toContain('Currently Active Slave: eth1\nMII Status: up\n');
    expect(text).toContain(
      'Slave Interface: eth0\nMII Status: down\nSpeed: 1000 Mbps\nDuplex: full\nLink Failure Count: 1\n',
    );
    expect(text).toContain('Slave Interface: eth1\nMII Status: up\n');
  });
});
