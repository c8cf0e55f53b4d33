/** Immutable design transforms: membership, add/remove, renames and mode changes. */
import { describe, expect, it } from 'vitest';
import { createBond, createSeedDesign, NIC_CATALOGUE } from './defaults';
import { makeBond, makeDesign, makeNic } from './testing/builders';
import {
  addBond,
  addNic,
  attachNic,
  detachNic,
  nextNicName,
  removeBond,
  removeNic,
  renameBond,
  renameNic,
  setHostName,
  setIpv4,
  setLayout,
  setMode,
  setMtu,
  setOption,
  updateNic,
} from './topology';
import type { Design } from './types';
import { validateDesign } from './validate';

const twoBonds = (): Design =>
  makeDesign([
    makeBond({
      options: {
        miimon: 100,
        primary: 'eth1',
        active_slave: 'eth1',
        queue_id: ['eth1:2', 'eth0:1'],
      },
    }),
    makeBond({ name: 'bond1', slaves: ['eth2'], ipv4: { method: 'dhcp' } }),
  ]);
const slavesOf = (design: Design) => design.bonds.map((b) => b.slaves);

describe('membership', () => {
  it('appends a NIC in enslave order without touching the input', () => {
    const before = twoBonds();
    const snapshot = structuredClone(before);
    const after = attachNic(before, 'eth3', 'bond1');
    expect(slavesOf(after)).toEqual([
      ['eth0', 'eth1'],
      ['eth2', 'eth3'],
    ]);
    expect(before).toEqual(snapshot);
  });

  it('moves a NIC from its old bond and clears what named it there', () => {
    const after = attachNic(twoBonds(), 'eth1', 'bond1');
    expect(slavesOf(after)).toEqual([['eth0'], ['eth2', 'eth1']]);
    expect(after.bonds[0]?.options).toEqual({ miimon: 100, queue_id: ['eth0:1'] });
  });

  it('is a no-op when the NIC is already a slave or the bond does not exist', () => {
    const design = twoBonds();
    expect(attachNic(design, 'eth0', 'bond0')).toBe(design);
    expect(attachNic(design, 'eth3', 'bond9')).toBe(design);
  });

  it('detaching the primary clears primary, active_slave and its queue_id entry', () => {
    const after = detachNic(twoBonds(), 'eth1');
    expect(after.bonds[0]).toMatchObject({
      slaves: ['eth0'],
      options: { miimon: 100, queue_id: ['eth0:1'] },
    });
    expect(after.bonds[0]?.options.primary).toBeUndefined();
  });

  it('drops queue_id entirely when its last entry goes', () => {
    const design = makeDesign([makeBond({ options: { miimon: 100, queue_id: ['eth0:1'] } })]);
    expect(detachNic(design, 'eth0').bonds[0]?.options).toEqual({ miimon: 100 });
  });
});

describe('adding and removing', () => {
  it('adds the next free bondN as active-backup with miimon 100', () => {
    const { design, name } = addBond(twoBonds());
    expect(name).toBe('bond2');
    expect(design.bonds[2]).toEqual({
      name: 'bond2',
      mode: 'active-backup',
      slaves: [],
      options: { miimon: 100 },
    });
  });

  it('skips names NICs already use', () => {
    const design = makeDesign([], { nics: [makeNic('bond0')] });
    expect(addBond(design).name).toBe('bond1');
  });

  it('removes a bond and its layout key; its NICs become free', () => {
    const design = setLayout(twoBonds(), 'bond:bond1', { x: 1, y: 2 });
    const after = removeBond(design, 'bond1');
    expect(after.bonds.map((b) => b.name)).toEqual(['bond0']);
    expect(after.layout).toEqual({});
  });

  it('picks the next free ethN and adds a NIC', () => {
    const design = twoBonds();
    expect(nextNicName(design)).toBe('eth4');
    expect(addNic(design, makeNic('eth4')).nics.map((n) => n.name)).toEqual([
      'eth0',
      'eth1',
      'eth2',
      'eth3',
      'eth4',
    ]);
  });

  it('removes a NIC, detaching it and dropping its layout key', () => {
    const design = setLayout(twoBonds(), 'nic:eth2', { x: 0, y: 0 });
    const after = removeNic(design, 'eth2');
    expect(after.nics.map((n) => n.name)).toEqual(['eth0', 'eth1', 'eth3']);
    expect(slavesOf(after)).toEqual([['eth0', 'eth1'], []]);
    expect(after.layout).toEqual({});
  });
});

describe('renames', () => {
  it('renames a NIC in slaves, primary, active_slave, queue_id and layout', () => {
    const design = setLayout(twoBonds(), 'nic:eth1', { x: 5, y: 6 });
    const after = renameNic(design, 'eth1', 'lan1');
    expect(after.nics[1]?.name).toBe('lan1');
    expect(after.bonds[0]).toMatchObject({
      slaves: ['eth0', 'lan1'],
      options: { primary: 'lan1', active_slave: 'lan1', queue_id: ['lan1:2', 'eth0:1'] },
    });
    expect(after.layout).toEqual({ 'nic:lan1': { x: 5, y: 6 } });
  });

  it('renames a bond and its layout key', () => {
    const design = setLayout(twoBonds(), 'bond:bond1', { x: 1, y: 1 });
    const after = renameBond(design, 'bond1', 'storage');
    expect(after.bonds[1]?.name).toBe('storage');
    expect(after.layout).toEqual({ 'bond:storage': { x: 1, y: 1 } });
  });

  it('ignores renames of unknown names', () => {
    const design = twoBonds();
    expect(renameNic(design, 'eth9', 'x')).toBe(design);
    expect(renameBond(design, 'bond9', 'x')).toBe(design);
  });
});

describe('mode and settings', () => {
  it('drops the options the new mode refuses and says which', () => {
    const design = makeDesign([
      makeBond({
        mode: '802.3ad',
        options: { miimon: 100, lacp_rate: 'fast', ad_select: 'count' },
      }),
    ]);
    const { design: after, dropped } = setMode(design, 'bond0', 'active-backup');
    expect(dropped).toEqual(['lacp_rate']);
    expect(after.bonds[0]).toMatchObject({
      mode: 'active-backup',
      options: { miimon: 100, ad_select: 'count' },
    });
  });

  it('keeps everything when the new mode accepts it', () => {
    const { dropped } = setMode(twoBonds(), 'bond0', 'balance-alb');
    expect(dropped).toEqual([]);
  });

  it('sets and removes options, addressing, MTU and host name', () => {
    let design = setOption(twoBonds(), 'bond1', 'lacp_rate', 'fast');
    expect(design.bonds[1]?.options).toEqual({ miimon: 100, lacp_rate: 'fast' });
    design = setOption(design, 'bond1', 'lacp_rate', undefined);
    expect(design.bonds[1]?.options).toEqual({ miimon: 100 });
    design = setIpv4(design, 'bond1', undefined);
    expect(design.bonds[1]).not.toHaveProperty('ipv4');
    design = setIpv4(design, 'bond1', { method: 'none' });
    expect(design.bonds[1]?.ipv4).toEqual({ method: 'none' });
    design = setMtu(setMtu(design, 'bond1', 9000), 'bond0', 1500);
    expect(design.bonds.map((b) => b.mtu)).toEqual([1500, 9000]);
    expect(setMtu(design, 'bond1', undefined).bonds[1]).not.toHaveProperty('mtu');
    expect(setHostName(design, 'web1').host).toEqual({ name: 'web1' });
    expect(setHostName(design, '').host).toEqual({});
  });

  it('patches a NIC and removes fields patched to undefined', () => {
    const after = updateNic(twoBonds(), 'eth0', { mac: '00:1a:64:6a:55:98', driver: undefined });
    expect(after.nics[0]).toEqual({ name: 'eth0', speed: 1000, mac: '00:1a:64:6a:55:98' });
  });
});

describe('defaults', () => {
  it('seeds the x3650 with eth0/eth1 on bnx2 and an empty active-backup bond0', () => {
    const seed = createSeedDesign();
    expect(seed.host).toEqual({ name: 'x3650' });
    expect(seed.nics.map((n) => [n.name, n.driver, n.speed])).toEqual([
      ['eth0', 'bnx2', 1000],
      ['eth1', 'bnx2', 1000],
    ]);
    expect(seed.bonds).toEqual([createBond('bond0')]);
    expect(validateDesign(seed).findings.map((f) => f.code)).toEqual(['bond-no-slaves']);
  });

  it('seeds a design that becomes clean once both NICs are attached', () => {
    const design = attachNic(attachNic(createSeedDesign(), 'eth0', 'bond0'), 'eth1', 'bond0');
    expect(validateDesign(design).findings).toEqual([]);
  });

  it('catalogues NICs with valid drivers and unique ids', () => {
    expect(NIC_CATALOGUE.find((n) => n.driver === 'bnx2')?.model).toContain('BCM5708');
    expect(new Set(NIC_CATALOGUE.map((n) => n.id)).size).toBe(NIC_CATALOGUE.length);
    const design = makeDesign([], {
      nics: NIC_CATALOGUE.map((n, i) =>
        makeNic(`eth${i}`, { model: n.model, driver: n.driver, speed: n.speed }),
      ),
    });
    expect(validateDesign(design).findings).toEqual([]);
  });
});
