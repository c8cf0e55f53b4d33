// The floor for `npm run bench`: React plus React Flow showing two nodes, built with the same Vite
// config as the app, so the bench can say what Bondsmith adds on top of what it stands on.
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const nodes: Node[] = [
  { id: 'eth0', position: { x: 0, y: 0 }, data: { label: 'eth0' } },
  { id: 'bond0', position: { x: 250, y: 0 }, data: { label: 'bond0' } },
];
const edges: Edge[] = [{ id: 'e', source: 'eth0', target: 'bond0' }];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <div style={{ width: '100vw', height: '100vh' }}>
        <ReactFlow nodes={nodes} edges={edges} fitView />
      </div>
    </StrictMode>,
  );
}
