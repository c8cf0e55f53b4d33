/**
 * The large host the bench measures: N NICs and B bonds (N / B slaves each, modes and options
 * varied so every exporter does real work), laid out in a grid of bond groups. The app loads it
 * from saved state; the floor and the timing page build the same nodes, edges and positions.
 */
import type { Bond, Design, Position } from '../src/model/types';

const INTEL_X710 = 'Intel Corporation Ethernet Controller X710 for 10GbE SFP+';

/** Canvas geometry of a bond group: its slaves in a column, the bond to their right. */
const GROUP = { columns: 8, width: 760, height: 760, nicStep: 170, bondX: 380 } as const;

function bondFor(index: number, slaves: string[]): Bond {
  const name = `bond${index}`;
  const ipv4 = { method: 'static', address: `10.${index}.0.10`, prefix: 24 } as const;
  switch (index % 4) {
    case 0:
      return {
        name,
        mode: 'active-backup',
        slaves,
        options: { miimon: 100, ...(slaves[0] ? { primary: slaves[0] } : {}) },
        ipv4,
      };
    case 1:
      return {
        name,
        mode: '802.3ad',
        slaves,
        options: { miimon: 100, lacp_rate: 'fast', xmit_hash_policy: 'layer3+4' },
        ipv4,
        mtu: 9000,
      };
    case 2:
      return {
        name,
        mode: 'balance-xor',
        slaves,
        options: { miimon: 100, xmit_hash_policy: 'layer2+3' },
        ipv4,
      };
    default:
      return { name, mode: 'balance-alb', slaves, options: { miimon: 100 }, ipv4 };
  }
}

/** Where a group's NIC (slot 0..) or bond (slot undefined) sits on the canvas. */
function groupPosition(group: number, slot: number | undefined, perGroup: number): Position {
  const x = (group % GROUP.columns) * GROUP.width;
  const y = Math.floor(group / GROUP.columns) * Math.max(GROUP.height, perGroup * GROUP.nicStep);
  if (slot === undefined)
    return { x: x + GROUP.bondX, y: y + ((perGroup - 1) * GROUP.nicStep) / 2 };
  return { x, y: y + slot * GROUP.nicStep };
}

/**
 * A valid design with `nicCount` NICs (eth0…) and `bondCount` bonds (bond0…), each bond
 * enslaving `nicCount / bondCount` consecutive NICs, every node placed in design.layout.
 * @example largeDesign(256, 64).bonds[1].slaves // ['eth4', 'eth5', 'eth6', 'eth7']
 */
export function largeDesign(nicCount: number, bondCount: number): Design {
  const perGroup = Math.max(1, Math.floor(nicCount / bondCount));
  const layout: Record<string, Position> = {};
  const nics = Array.from({ length: nicCount }, (_, index) => {
    const name = `eth${index}`;
    layout[`nic:${name}`] = groupPosition(Math.floor(index / perGroup), index % perGroup, perGroup);
    return { name, model: INTEL_X710, driver: 'i40e', speed: 10000 };
  });
  const bonds = Array.from({ length: bondCount }, (_, index) => {
    layout[`bond:bond${index}`] = groupPosition(index, undefined, perGroup);
    const slaves = nics.slice(index * perGroup, (index + 1) * perGroup).map((nic) => nic.name);
    return bondFor(index, slaves);
  });
  return { version: 1, host: { name: 'bench-host' }, nics, bonds, layout };
}
