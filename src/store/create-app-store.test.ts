/**
 * Store behaviour without React: actions delegate to the model and keep drafts, selection
 * and notices consistent; selectors derive findings, nodes and edges.
 */
import { describe, expect, it } from 'vitest';
import { ensureChecks } from './checks';
import { createAppStore } from './create-app-store';
import { selectBond, selectFindings, selectFlowEdges, selectFlowNodes } from './selectors';

function slavesOf(store: ReturnType<typeof createAppStore>, bond: string): string[] | undefined {
  return selectBond(bond)(store.getState())?.slaves;
}

/* The checks arrive as a dynamic import: on a loaded machine transforming them takes seconds. */
const LOADS_CHECKS = { timeout: 30_000 };

describe('createAppStore', () => {
  it('starts from the seed machine with rhel5 chosen for export', () => {
    const state = createAppStore().getState();
    expect(state.design.nics.map((nic) => nic.name)).toEqual(['eth0', 'eth1']);
    expect(state.design.bonds.map((bond) => bond.name)).toEqual(['bond0']);
    expect(state.exportTargets).toEqual(['rhel5']);
    expect(state.selection).toBeNull();
  });

  it('attaches NICs in enslave order and derives one edge per slave', () => {
    const store = createAppStore();
    store.getState().attachNic('eth0', 'bond0');
    store.getState().attachNic('eth1', 'bond0');
    expect(slavesOf(store, 'bond0')).toEqual(['eth0', 'eth1']);
    expect(selectFlowEdges(store.getState()).map((edge) => [edge.source, edge.target])).toEqual([
      ['nic:eth0', 'bond:bond0'],
      ['nic:eth1', 'bond:bond0'],
    ]);
    store.getState().detachNic('eth0');
    expect(slavesOf(store, 'bond0')).toEqual(['eth1']);
  });

  it('adds a bond, selects it and places NICs left of bonds', () => {
    const store = createAppStore();
    store.getState().addBond();
    expect(store.getState().selection).toEqual({ kind: 'bond', name: 'bond1' });
    const nodes = selectFlowNodes(store.getState());
    expect(nodes.map((node) => node.id)).toEqual([
      'nic:eth0',
      'nic:eth1',
      'bond:bond0',
      'bond:bond1',
    ]);
    const [eth0, , bond0] = nodes;
    expect(eth0?.position.x).toBeLessThan(bond0?.position.x ?? 0);
  });

  it('hands out the same node and edge objects while no node moves or is renamed', () => {
    const store = createAppStore();
    store.getState().attachNic('eth0', 'bond0');
    const nodes = selectFlowNodes(store.getState());
    const edges = selectFlowEdges(store.getState());
    store.getState().setOption('bond0', 'miimon', 200);
    expect(selectFlowNodes(store.getState())).toBe(nodes);
    expect(selectFlowEdges(store.getState())).toBe(edges);
    store.getState().moveNode('nic:eth1', { x: 40, y: 300 });
    const moved = selectFlowNodes(store.getState());
    expect(moved).not.toBe(nodes);
    expect(moved.map((node, i) => node === nodes[i])).toEqual([true, false, true]);
  });

  it('keeps node positions in design.layout', () => {
    const store = createAppStore();
    store.getState().moveNode('nic:eth1', { x: 40, y: 300 });
    expect(selectFlowNodes(store.getState())[1]?.position).toEqual({ x: 40, y: 300 });
  });

  it('says which options a mode change dropped', () => {
    const store = createAppStore();
    store.getState().setMode('bond0', '802.3ad');
    store.getState().setOption('bond0', 'lacp_rate', 'fast');
    store.getState().setDraft('/bonds/0/options/lacp_rate', 'quick');
    store.getState().setMode('bond0', 'active-backup');
    expect(store.getState().notice).toEqual({
      key: 'ui.notice.optionsDropped',
      params: { options: 'lacp_rate', mode: 'active-backup' },
    });
    expect(store.getState().drafts).toEqual({});
    expect(selectBond('bond0')(store.getState())?.options.lacp_rate).toBeUndefined();
  });

  it('leaves the notice alone when a mode change drops nothing', () => {
    const store = createAppStore();
    store.getState().setMode('bond0', 'balance-rr');
    expect(store.getState().notice).toBeNull();
  });

  it('reports a draft that does not parse as a finding at its pointer', LOADS_CHECKS, async () => {
    const store = createAppStore();
    await ensureChecks(store);
    store.getState().setDraft('/bonds/0/mtu', '15x0');
    const paths = selectFindings(store.getState())?.map((finding) => finding.path);
    expect(paths).toContain('/bonds/0/mtu');
    store.getState().setDraft('/bonds/0/mtu', undefined);
    expect(selectFindings(store.getState())?.map((finding) => finding.path)).not.toContain(
      '/bonds/0/mtu',
    );
  });

  it(
    'has no findings until the checks have loaded, then the same list for the same design',
    LOADS_CHECKS,
    async () => {
      const store = createAppStore();
      expect(selectFindings(store.getState())).toBeUndefined();
      await ensureChecks(store);
      const findings = selectFindings(store.getState());
      expect(findings?.map((finding) => finding.code)).toEqual(['bond-no-slaves']);
      store.getState().select({ kind: 'bond', name: 'bond0' });
      expect(selectFindings(store.getState())).toBe(findings);
    },
  );

  it('clears the name draft and follows the selection on rename', () => {
    const store = createAppStore({ selection: { kind: 'nic', name: 'eth0' } });
    store.getState().attachNic('eth0', 'bond0');
    store.getState().setDraft('/nics/0/name', 'et h0');
    store.getState().setDraft('/nics/0/mac', 'zz');
    store.getState().renameNic('eth0', 'lan0');
    expect(store.getState().drafts).toEqual({ '/nics/0/mac': 'zz' });
    expect(store.getState().selection).toEqual({ kind: 'nic', name: 'lan0' });
    expect(slavesOf(store, 'bond0')).toEqual(['lan0']);
  });

  it('drops drafts and selection of a removed NIC and shifts later drafts', () => {
    const store = createAppStore({ selection: { kind: 'nic', name: 'eth0' } });
    store.getState().setDraft('/nics/0/mac', 'zz');
    store.getState().setDraft('/nics/1/speed', 'fast');
    store.getState().removeNic('eth0');
    expect(store.getState().drafts).toEqual({ '/nics/0/speed': 'fast' });
    expect(store.getState().selection).toBeNull();
  });

  it('drops drafts of a removed bond', () => {
    const store = createAppStore();
    store.getState().setDraft('/bonds/0/mtu', 'big');
    store.getState().removeBond('bond0');
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().design.bonds).toEqual([]);
  });

  it('selects the owner of a pointer when asked to focus it', () => {
    const store = createAppStore();
    store.getState().requestFocus('/nics/1/mac');
    store.getState().requestFocus('/bonds/0/options/miimon');
    expect(store.getState().selection).toEqual({ kind: 'bond', name: 'bond0' });
    expect(store.getState().focusRequest).toEqual({ pointer: '/bonds/0/options/miimon', seq: 2 });
  });

  it('starts over on newDesign and replaces on replaceDesign', () => {
    const store = createAppStore();
    const seed = store.getState().design;
    store.getState().addBond();
    store.getState().setDraft('/bonds/1/mtu', 'x');
    store.getState().newDesign();
    expect(store.getState().design).toEqual(seed);
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().selection).toBeNull();
    store.getState().replaceDesign({ version: 1, nics: [], bonds: [] });
    expect(selectFlowNodes(store.getState())).toEqual([]);
  });
});
