/**
 * Derived data read by components: findings (model validation plus unparsed drafts) and the
 * React Flow nodes and edges, memoised so unrelated store changes do not recompute them.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Bond, Design, Finding, Nic, Position } from '../model/types';
import type { AppState } from './app-state';

/** Node `data`: only the name; node components read the rest from the store. */
export interface FlowNodeData extends Record<string, unknown> {
  name: string;
}
export type NicFlowNode = Node<FlowNodeData, 'nic'>;
export type BondFlowNode = Node<FlowNodeData, 'bond'>;
export type FlowNode = NicFlowNode | BondFlowNode;

/** Canvas geometry for nodes the layout does not place yet: NICs left, bonds to the right. */
export const DEFAULT_LAYOUT = { nicX: 0, bondX: 400, nicStep: 170, bondStep: 240 } as const;

/** The design.layout key of a NIC or bond, also used as its React Flow node id. */
export function nodeKey(kind: 'nic' | 'bond', name: string): string {
  return `${kind}:${name}`;
}

/** Splits a node id back into kind and name. */
export function parseNodeKey(key: string): { kind: 'nic' | 'bond'; name: string } | null {
  const match = /^(nic|bond):(.+)$/.exec(key);
  if (!match?.[1] || !match[2]) return null;
  return { kind: match[1] as 'nic' | 'bond', name: match[2] };
}

function memoOne<A, R>(compute: (arg: A) => R): (arg: A) => R {
  let last: { arg: A; result: R } | undefined;
  return (arg) => {
    if (last?.arg !== arg) last = { arg, result: compute(arg) };
    return last.result;
  };
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.code === b.code &&
      a.path === b.path &&
      a.severity === b.severity &&
      JSON.stringify(a.params) === JSON.stringify(b.params))
  );
}

/** True when two lists hold the same findings in the same order. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a === b || (a.length === b.length && a.every((finding, i) => sameFinding(finding, b[i]!)));
}

/*
 * The design's findings come from the checks' own memory (validation is keyed on the design, and
 * within it on each bond and NIC), the drafts' findings are kept per drafts object, so a keystroke
 * that only changes a draft never re-validates the design. The list handed out stays the same
 * object while its content does not change, so nothing re-renders for an edit without new findings.
 */
let lastFindings:
  | {
      model: Finding[];
      drafts: Record<string, string>;
      fromDrafts: Finding[];
      result: Finding[];
    }
  | undefined;

/**
 * Every finding to show: the model's validation of the design plus one per unparsed draft;
 * undefined while the checks are still loading (store/checks.ts).
 */
export function selectFindings(state: AppState): Finding[] | undefined {
  const { design, drafts, checks } = state;
  if (!checks) return undefined;
  const model = checks.validateDesign(design).findings;
  if (lastFindings?.model === model && lastFindings.drafts === drafts) return lastFindings.result;
  const fromDrafts =
    lastFindings?.drafts === drafts ? lastFindings.fromDrafts : checks.draftFindings(drafts);
  const result = [...model, ...fromDrafts];
  lastFindings = {
    model,
    drafts,
    fromDrafts,
    result:
      lastFindings && sameFindings(lastFindings.result, result) ? lastFindings.result : result,
  };
  return lastFindings.result;
}

/*
 * Every canvas node looks up its bond or NIC on each store change; with hundreds of nodes a
 * linear search each is quadratic, so the lookups go through one index per list object.
 */
function indexByName<T extends { name: string }>(): (items: T[]) => Map<string, T> {
  const indexes = new WeakMap<T[], Map<string, T>>();
  return (items) => {
    let index = indexes.get(items);
    if (!index) {
      index = new Map();
      // The first of two items with one name wins, as a search from the start would find it.
      for (const item of items) if (!index.has(item.name)) index.set(item.name, item);
      indexes.set(items, index);
    }
    return index;
  };
}

const bondIndex = indexByName<Bond>();
const nicIndex = indexByName<Nic>();

/** Selector for one bond by name. */
export function selectBond(name: string): (state: AppState) => Bond | undefined {
  return (state) => bondIndex(state.design.bonds).get(name);
}

/** Selector for one NIC by name. */
export function selectNic(name: string): (state: AppState) => Nic | undefined {
  return (state) => nicIndex(state.design.nics).get(name);
}

let lastBondNames: { bonds: Bond[]; names: string[] } | undefined;

/** The bond names in design order; the same array while the names do not change. */
export function selectBondNames(state: AppState): string[] {
  const { bonds } = state.design;
  if (lastBondNames?.bonds !== bonds) {
    const names = bonds.map((bond) => bond.name);
    const kept = lastBondNames?.names;
    const same = kept?.length === names.length && names.every((name, i) => name === kept[i]);
    lastBondNames = { bonds, names: same && kept ? kept : names };
  }
  return lastBondNames.names;
}

const slaveOwners = new WeakMap<Bond[], Map<string, string>>();

/** Selector for the name of the first bond enslaving `nic`, or '' when none does. */
export function selectBondOf(nic: string): (state: AppState) => string {
  return (state) => {
    const { bonds } = state.design;
    let owners = slaveOwners.get(bonds);
    if (!owners) {
      owners = new Map();
      for (const bond of bonds)
        for (const slave of bond.slaves) if (!owners.has(slave)) owners.set(slave, bond.name);
      slaveOwners.set(bonds, owners);
    }
    return owners.get(nic) ?? '';
  };
}

function placed(design: Design, key: string, fallback: Position): Position {
  return design.layout?.[key] ?? fallback;
}

const freshNodes = (design: Design): FlowNode[] => [
  ...design.nics.map((nic, index): NicFlowNode => ({
    id: nodeKey('nic', nic.name),
    type: 'nic',
    position: placed(design, nodeKey('nic', nic.name), {
      x: DEFAULT_LAYOUT.nicX,
      y: index * DEFAULT_LAYOUT.nicStep,
    }),
    data: { name: nic.name },
  })),
  ...design.bonds.map((bond, index): BondFlowNode => ({
    id: nodeKey('bond', bond.name),
    type: 'bond',
    position: placed(design, nodeKey('bond', bond.name), {
      x: DEFAULT_LAYOUT.bondX,
      y: index * DEFAULT_LAYOUT.bondStep,
    }),
    data: { name: bond.name },
  })),
];

/*
 * React Flow re-renders every node whose object changed. Most design changes (an option, an
 * address) move no node, so the objects of the last call are handed out again where nothing a
 * node object holds changed; on a 256-NIC host a keystroke then re-renders one node, not all.
 */
function reuse<T extends { id: string }>(
  next: T[],
  last: T[] | undefined,
  same: (a: T, b: T) => boolean,
): T[] {
  if (!last) return next;
  const byId = new Map(last.map((item) => [item.id, item]));
  const result = next.map((item) => {
    const previous = byId.get(item.id);
    return previous && same(previous, item) ? previous : item;
  });
  return result.length === last.length && result.every((item, i) => item === last[i])
    ? last
    : result;
}

const sameNode = (a: FlowNode, b: FlowNode): boolean =>
  a.type === b.type &&
  a.position.x === b.position.x &&
  a.position.y === b.position.y &&
  a.data.name === b.data.name;

function sameNames(a: readonly { name: string }[], b: readonly { name: string }[]): boolean {
  return a === b || (a.length === b.length && a.every((item, i) => item.name === b[i]?.name));
}

/*
 * Nodes hold only names and positions, so an edit that changes neither (an option, an MTU) keeps
 * the last list without building and comparing hundreds of node objects.
 */
let lastNodes: { design: Design; nodes: FlowNode[] } | undefined;
const flowNodes = memoOne((design: Design): FlowNode[] => {
  const last = lastNodes;
  const nodes =
    last !== undefined &&
    last.design.layout === design.layout &&
    sameNames(last.design.nics, design.nics) &&
    sameNames(last.design.bonds, design.bonds)
      ? last.nodes
      : reuse(freshNodes(design), last?.nodes, sameNode);
  lastNodes = { design, nodes };
  return nodes;
});

/** React Flow nodes derived from the design (positions from design.layout or the defaults). */
export function selectFlowNodes(state: AppState): FlowNode[] {
  return flowNodes(state.design);
}

/** Edge `data`: the NIC and bond the edge joins, so deleting it can release the NIC. */
export interface SlaveEdgeData extends Record<string, unknown> {
  nic: string;
  bond: string;
}
export type SlaveFlowEdge = Edge<SlaveEdgeData, 'slave'>;

const sameEdge = (a: SlaveFlowEdge, b: SlaveFlowEdge): boolean =>
  a.source === b.source && a.target === b.target;

let lastEdges: { bonds: Bond[]; edges: SlaveFlowEdge[] } | undefined;
const flowEdges = memoOne((bonds: Bond[]): SlaveFlowEdge[] => {
  // Edges hold only bond names and slaves: an edit to anything else keeps the last list.
  const last = lastEdges;
  const before = last?.bonds ?? [];
  if (
    last !== undefined &&
    before.length === bonds.length &&
    bonds.every((bond, i) => bond.name === before[i]?.name && bond.slaves === before[i]?.slaves)
  ) {
    lastEdges = { bonds, edges: last.edges };
    return last.edges;
  }
  const next = bonds.flatMap((bond) =>
    bond.slaves.map((slave): SlaveFlowEdge => ({
      id: `slave:${slave}:${bond.name}`,
      type: 'slave',
      source: nodeKey('nic', slave),
      target: nodeKey('bond', bond.name),
      data: { nic: slave, bond: bond.name },
    })),
  );
  const edges = reuse(next, last?.edges, sameEdge);
  lastEdges = { bonds, edges };
  return edges;
});

/** React Flow edges: one per slave, from the NIC to its bond. */
export function selectFlowEdges(state: AppState): SlaveFlowEdge[] {
  return flowEdges(state.design.bonds);
}
