/**
 * The netplan YAML document: `network` with version 2, renderer networkd, the slaves under
 * `ethernets` (netplan requires every bond member to be defined there) and the bonds with their
 * members, MTU, addressing and parameters. Built as data, then written by the yaml library with
 * fixed options. Format: netplan-yaml(5), peers-and-formats.md §3(e).
 */
import { Document, isScalar, visit } from 'yaml';
import type { Bond, Design } from '../../../model/types';
import { assertOneLine } from '../../format/line-safety';
import { bondParameters, type ParameterValue } from './parameters';

// The model allows only these in interface names; anything else here is a bug upstream, and a
// name must never become a YAML key that means something else to netplan.
const NAME = /^[A-Za-z0-9_.-]+$/;

function interfaceName(name: string): string {
  if (!NAME.test(name)) throw new Error(`unsafe interface name: ${JSON.stringify(name)}`);
  return name;
}

type Node = Map<string, ParameterValue | Node | Node[]>;

function addressing(bond: Bond): [string, ParameterValue | Node | Node[]][] {
  const ipv4 = bond.ipv4;
  if (ipv4?.method === 'dhcp') {
    // A fixed MTU wins over the DHCP server's: netplan would otherwise ask networkd for both
    // (MTUBytes= and UseMTU=true), which networkd reports and resolves by ignoring UseMTU.
    return bond.mtu === undefined
      ? [['dhcp4', true]]
      : [
          ['dhcp4', true],
          ['dhcp4-overrides', new Map([['use-mtu', false]])],
        ];
  }
  if (ipv4?.method !== 'static') return [];
  const entries: [string, ParameterValue | Node | Node[]][] = [
    ['addresses', [`${ipv4.address}/${ipv4.prefix}`]],
  ];
  if (ipv4.gateway !== undefined) {
    const route: Node = new Map([
      ['to', 'default'],
      ['via', ipv4.gateway],
    ]);
    entries.push(['routes', [route]]);
  }
  return entries;
}

function bondNode(bond: Bond): Node {
  const node: Node = new Map();
  if (bond.slaves.length > 0) node.set('interfaces', bond.slaves.map(interfaceName));
  if (bond.mtu !== undefined) node.set('mtu', bond.mtu);
  for (const [key, value] of addressing(bond)) node.set(key, value);
  const parameters = bondParameters(bond);
  const primary = parameters.get('primary');
  if (typeof primary === 'string') interfaceName(primary);
  node.set('parameters', parameters);
  return node;
}

/** The whole `network:` tree of a design. */
export function netplanTree(design: Design): Node {
  const ethernets: Node = new Map(
    design.bonds.flatMap((bond) => bond.slaves).map((slave) => [interfaceName(slave), new Map()]),
  );
  const bonds: Node = new Map(
    design.bonds.map((bond) => [interfaceName(bond.name), bondNode(bond)]),
  );
  const network: Node = new Map<string, ParameterValue | Node>([
    ['version', 2],
    ['renderer', 'networkd'],
    ['ethernets', ethernets],
    ['bonds', bonds],
  ]);
  return new Map([['network', network]]);
}

/**
 * The YAML text: a header comment, block style except short lists of scalars, which are written
 * inline as netplan's documentation does (`interfaces: [eth0, eth1]`).
 */
export function netplanYaml(design: Design, header: string): string {
  const doc = new Document(netplanTree(design));
  doc.commentBefore = ` ${assertOneLine(header, 'comment')}`;
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false, indentSeq: true });
}
