// The floor for `npm run bench`: React plus React Flow showing the app's nodes (the seed's eth0,
// eth1 and bond0 by default; `?nodes=256&bonds=64` the bench's large host, same ids, positions
// and edges), built with the same Vite config, so the bench can say what Bondsmith adds on top.
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The app's fit-view options, so both pages start at the same zoom.
const FIT_VIEW_OPTIONS = { maxZoom: 1, padding: 0.15 };

const SEED_NODES: Node[] = [
  { id: 'nic:eth0', position: { x: 0, y: 0 }, data: { label: 'eth0' } },
  { id: 'nic:eth1', position: { x: 0, y: 170 }, data: { label: 'eth1' } },
  { id: 'bond:bond0', position: { x: 400, y: 0 }, data: { label: 'bond0' } },
];

/** The large host's nodes and edges; its generator loads only when asked for, off the first page. */
async function largeGraph(nicCount: number, bondCount: number) {
  const { largeDesign } = await import('../large-design');
  const design = largeDesign(nicCount, bondCount);
  const at = (key: string) => design.layout?.[key] ?? { x: 0, y: 0 };
  const nodes: Node[] = [
    ...design.nics.map((nic) => ({
      id: `nic:${nic.name}`,
      position: at(`nic:${nic.name}`),
      data: { label: nic.name },
    })),
    ...design.bonds.map((bond) => ({
      id: `bond:${bond.name}`,
      position: at(`bond:${bond.name}`),
      data: { label: bond.name },
    })),
  ];
  const edges: Edge[] = design.bonds.flatMap((bond) =>
    bond.slaves.map((slave) => ({
      id: `slave:${slave}:${bond.name}`,
      source: `nic:${slave}`,
      target: `bond:${bond.name}`,
    })),
  );
  return { nodes, edges };
}

/** A controlled flow, as React Flow's own getting-started example has it (nodes can be dragged). */
function Flow({ initialNodes, initialEdges }: { initialNodes: Node[]; initialEdges: Edge[] }) {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
      />
    </div>
  );
}

function render(element: HTMLElement, nodes: Node[], edges: Edge[]) {
  createRoot(element).render(
    <StrictMode>
      <Flow initialNodes={nodes} initialEdges={edges} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
const params = new URLSearchParams(window.location.search);
const nicCount = Number(params.get('nodes'));
const bondCount = Number(params.get('bonds'));
if (root) {
  if (nicCount > 0 && bondCount > 0) {
    void largeGraph(nicCount, bondCount).then(({ nodes, edges }) => render(root, nodes, edges));
  } else {
    render(root, SEED_NODES, []);
  }
}
