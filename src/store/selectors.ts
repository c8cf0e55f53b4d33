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

let lastFindings: { design: Design; drafts: Record<string, string>; result: Finding[] } | undefined;

/**
 * Every finding to show: the model's validation of the design plus one per unparsed draft;
 * undefined while the checks are still loading (store/checks.ts).
 */
export function selectFindings(state: AppState): Finding[] | undefined {
  const { design, drafts, checks } = state;
  if (!checks) return undefined;
  if (lastFindings?.design !== design || lastFindings.drafts !== drafts) {
    const result = [...checks.validateDesign(design).findings, ...checks.draftFindings(drafts)];
    lastFindings = { design, drafts, result };
  }
  return lastFindings.result;
}

/** Selector for one bond by name. */
export function selectBond(name: string): (state: AppState) => Bond | undefined {
  return (state) => state.design.bonds.find((bond) => bond.name === name);
}

/** Selector for one NIC by name. */
export function selectNic(name: string): (state: AppState) => Nic | undefined {
  return (state) => state.design.nics.find((nic) => nic.name === name);
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

let lastNodes: FlowNode[] | undefined;
const flowNodes = memoOne((design: Design): FlowNode[] => {
  lastNodes = reuse(freshNodes(design), lastNodes, sameNode);
  return lastNodes;
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

let lastEdges: SlaveFlowEdge[] | undefined;
const flowEdges = memoOne((bonds: Bond[]): SlaveFlowEdge[] => {
  const next = bonds.flatMap((bond) =>
    bond.slaves.map((slave): SlaveFlowEdge => ({
      id: `slave:${slave}:${bond.name}`,
      type: 'slave',
      source: nodeKey('nic', slave),
      target: nodeKey('bond', bond.name),
      data: { nic: slave, bond: bond.name },
    })),
  );
  lastEdges = reuse(next, lastEdges, sameEdge);
  return lastEdges;
});

/** React Flow edges: one per slave, from the NIC to its bond. */
export function selectFlowEdges(state: AppState): SlaveFlowEdge[] {
  return flowEdges(state.design.bonds);
}
