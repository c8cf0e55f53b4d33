/**
 * Bridges the store and React Flow's controlled nodes: positions come from the design, while
 * measured sizes, in-flight drag positions and the drop highlight stay local view state so a
 * drag does not rewrite (and autosave) the design on every mouse move.
 */
import type { NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { nodeKey, parseNodeKey, selectFlowNodes, type FlowNode } from '../../store/selectors';

type Size = { width: number; height: number };

/*
 * React Flow redoes a node's internals whenever its object changes, and a drag changes one
 * node: each call hands out last call's object for every node that is the same in content.
 */
function keepUnchangedNodes(): (nodes: FlowNode[]) => FlowNode[] {
  let last = new Map<string, FlowNode>();
  return (nodes) => {
    const next = new Map<string, FlowNode>();
    const result = nodes.map((node) => {
      const previous = last.get(node.id);
      const kept = previous && sameDecoration(previous, node) ? previous : node;
      next.set(node.id, kept);
      return kept;
    });
    last = next;
    return result;
  };
}

function sameDecoration(a: FlowNode, b: FlowNode): boolean {
  return (
    a.type === b.type &&
    a.data.name === b.data.name &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel &&
    a.className === b.className
  );
}

/** Nodes for React Flow plus the change handler and drag helpers the canvas needs. */
export function useCanvasNodes() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const derived = useAppStore(selectFlowNodes);
  const selection = useAppStore((state) => state.selection);
  const [sizes, setSizes] = useState<Record<string, Size>>({});
  const [dragged, setDragged] = useState<Record<string, XYPosition>>({});
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  const selectedId = selection ? nodeKey(selection.kind, selection.name) : null;
  const keepUnchanged = useMemo(() => keepUnchangedNodes(), []);
  const nodes = useMemo(
    (): FlowNode[] =>
      keepUnchanged(
        derived.map((node) => ({
          ...node,
          position: dragged[node.id] ?? node.position,
          measured: sizes[node.id],
          selected: node.id === selectedId,
          ariaLabel: t(node.type === 'nic' ? 'ui.canvas.nicNode' : 'ui.canvas.bondNode', {
            name: node.data.name,
          }),
          className: node.id === dropTarget ? 'is-drop-target' : undefined,
        })),
      ),
    [keepUnchanged, derived, dragged, sizes, selectedId, dropTarget, t],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const change of changes) {
        if (change.type === 'dimensions' && change.dimensions) {
          const size = change.dimensions;
          setSizes((previous) => ({ ...previous, [change.id]: size }));
        } else if (change.type === 'position' && change.position) {
          const position = change.position;
          if (change.dragging) setDragged((previous) => ({ ...previous, [change.id]: position }));
          else store.getState().moveNode(change.id, position);
        }
      }
      const picked = changes.find((change) => change.type === 'select' && change.selected);
      if (picked?.type === 'select') {
        store.getState().select(parseNodeKey(picked.id));
      } else if (
        selectedId !== null &&
        changes.some((c) => c.type === 'select' && c.id === selectedId && !c.selected)
      ) {
        store.getState().select(null);
      }
    },
    [store, selectedId],
  );

  /** Commits a finished drag: the final position goes into design.layout. */
  const endDrag = useCallback(
    (id: string, position: XYPosition) => {
      store.getState().moveNode(id, position);
      setDragged((previous) =>
        Object.fromEntries(Object.entries(previous).filter(([k]) => k !== id)),
      );
      setDropTarget(null);
    },
    [store],
  );

  return { nodes, onNodesChange, setDropTarget, endDrag };
}
