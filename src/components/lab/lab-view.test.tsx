// @vitest-environment jsdom
// The Lab view on the seed bond: a stepped packet is explained, a cut cable while paused runs
// the monitor through the failover, and /proc and the counters follow the simulator.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { createSeedDesign } from '../../model/defaults';
import { AppStoreProvider } from '../../store/app-store-context';
import { createAppStore } from '../../store/create-app-store';
import { LabView } from './lab-view';

beforeEach(() => {
  // jsdom has no matchMedia; the lab asks it for prefers-reduced-motion.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('reduce'),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderLab() {
  const seed = createSeedDesign();
  const design = {
    ...seed,
    bonds: seed.bonds.map((bond) => ({ ...bond, slaves: ['eth0', 'eth1'] })),
  };
  render(
    <I18nextProvider i18n={createI18n()}>
      <AppStoreProvider store={createAppStore({ design })}>
        <LabView />
      </AppStoreProvider>
    </I18nextProvider>,
  );
}

describe('LabView', () => {
  it('explains a stepped packet on the seed active-backup bond', () => {
    renderLab();
    fireEvent.click(screen.getByRole('button', { name: 'Step one packet' }));
    const why = screen.getByRole('region', { name: 'Why this slave' });
    expect(why.textContent).toContain('Packet 1: TCP 192.0.2.10:443 → 203.0.113.1:');
    expect(why.textContent).toContain('Sent on: eth0');
    expect(why.textContent).toContain(
      'The active slave eth0 carries it: in active-backup only the active slave transmits.',
    );
    const counters = screen.getByRole('region', { name: 'Per-slave counters' });
    expect(within(counters).getByRole('row', { name: /^eth0 \(active\)/ }).textContent).toBe(
      'eth0 (active)up11500100.0 %',
    );
  });

  it('fails over to eth1 when eth0 is cut while paused', () => {
    renderLab();
    fireEvent.click(screen.getByRole('button', { name: 'Cut the cable of eth0' }));
    expect(screen.getByRole('button', { name: 'Restore the cable of eth0' })).toBeTruthy();
    const events = screen.getByRole('region', { name: 'Link monitor events' });
    expect(events.textContent).toContain('Detection after 100 ms, failover after 100 ms.');
    expect(
      within(events)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toContain('100 ms Active slave is now eth1');
    const proc = screen.getByRole('region', { name: '/proc/net/bonding/bond0' }).textContent;
    expect(proc).toContain('Currently Active Slave: eth1');
    expect(proc).toMatch(/Slave Interface: eth0\nMII Status: down/);
    fireEvent.click(screen.getByRole('button', { name: 'Step one packet' }));
    expect(screen.getByRole('region', { name: 'Why this slave' }).textContent).toContain(
      'Sent on: eth1',
    );
  });

  it('asks for slaves when the chosen bond has none', () => {
    render(
      <I18nextProvider i18n={createI18n()}>
        <AppStoreProvider store={createAppStore({ design: createSeedDesign() })}>
          <LabView />
        </AppStoreProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText(/This bond has no slaves/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Step one packet' })).toBeNull();
  });
});
