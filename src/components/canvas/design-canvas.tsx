/**
 * The React Flow canvas: NIC and bond nodes derived from the design. Dropping a NIC on a bond
 * enslaves it, dropping it anywhere else releases it; deletions go through the model's actions.
 */
import {
  Background,
  Controls,
  ReactFlow,
  useNodesInitialized,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type OnBeforeDelete,
  type OnNodeDrag,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import {
  parseNodeKey,
  selectFlowEdges,
  type FlowNode,
  type SlaveFlowEdge,
} from '../../store/selectors';
import { BondNode } from './bond-node';
import { NicNode } from './nic-node';
import { SlaveEdge } from './slave-edge';
import { useCanvasNodes } from './use-canvas-nodes';
import { useFlowAriaLabels } from './use-flow-aria-labels';

const NODE_TYPES = { nic: NicNode, bond: BondNode };
const EDGE_TYPES = { slave: SlaveEdge };
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.15 };

/**
 * The canvas; must be rendered inside a ReactFlowProvider. `onShown` is called once every node is
 * measured, i.e. from the frame in which the nodes are visible (and at once for an empty design).
 */
export function DesignCanvas({ onShown }: { onShown?: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { getIntersectingNodes } = useReactFlow<FlowNode, SlaveFlowEdge>();
  const { nodes, onNodesChange, setDropTarget, endDrag } = useCanvasNodes();
  const derivedEdges = useAppStore(selectFlowEdges);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const ariaLabelConfig = useFlowAriaLabels();
  const dragOrigin = useRef<XYPosition | null>(null);
  const measured = useNodesInitialized();
  const empty = nodes.length === 0;
  useEffect(() => {
    if (measured || empty) onShown?.();
  }, [measured, empty, onShown]);

  const edges = useMemo(
    () =>
      derivedEdges.map((edge) => ({
        ...edge,
        selected: selectedEdges.has(edge.id),
        ariaLabel: t('ui.canvas.edge', { nic: edge.data?.nic, bond: edge.data?.bond }),
      })),
    [derivedEdges, selectedEdges, t],
  );

  const bondUnder = useCallback(
    (node: FlowNode): string | undefined =>
      getIntersectingNodes(node).find((other) => other.type === 'bond')?.data.name,
    [getIntersectingNodes],
  );

  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => {
      const bond = node.type === 'nic' ? bondUnder(node) : undefined;
      setDropTarget(bond === undefined ? null : `bond:${bond}`);
    },
    [bondUnder, setDropTarget],
  );

  const onNodeDragStart: OnNodeDrag<FlowNode> = useCallback((_event, node) => {
    dragOrigin.current = node.position;
  }, []);

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback(
    (_event, node) => {
      const bond = node.type === 'nic' ? bondUnder(node) : undefined;
      if (node.type === 'nic' && bond === undefined) store.getState().detachNic(node.data.name);
      if (bond !== undefined) store.getState().attachNic(node.data.name, bond);
      // A NIC dropped on a bond goes back to its place: the new edge shows the membership and
      // the bond node stays readable.
      endDrag(node.id, bond !== undefined ? (dragOrigin.current ?? node.position) : node.position);
      dragOrigin.current = null;
    },
    [bondUnder, endDrag, store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<SlaveFlowEdge>[]) => {
    setSelectedEdges((previous) => {
      const next = new Set(previous);
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      return next;
    });
  }, []);

  // React Flow must never drop elements behind the store's back: route them to model verbs.
  const onBeforeDelete: OnBeforeDelete<FlowNode, SlaveFlowEdge> = useCallback(
    ({ nodes: doomedNodes, edges: doomedEdges }) => {
      const state = store.getState();
      for (const edge of doomedEdges) if (edge.data) state.detachNic(edge.data.nic);
      for (const node of doomedNodes) {
        if (node.type === 'nic') state.removeNic(node.data.name);
        else state.removeBond(node.data.name);
      }
      return Promise.resolve(false);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const source = parseNodeKey(connection.source);
      const target = parseNodeKey(connection.target);
      if (source?.kind === 'nic' && target?.kind === 'bond') {
        store.getState().attachNic(source.name, target.name);
      }
    },
    [store],
  );

  return (
    <section className="canvas" aria-label={t('ui.canvas.label')}>
      <ReactFlow<FlowNode, SlaveFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onBeforeDelete={onBeforeDelete}
        onConnect={onConnect}
        deleteKeyCode={['Delete', 'Backspace']}
        ariaLabelConfig={ariaLabelConfig}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
      >
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </section>
  );
}
