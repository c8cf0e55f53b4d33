// @vitest-environment jsdom
// The bond panel offers exactly the options the kernel accepts in the bond's mode, and every
// edit reaches the store (values, drafts, dropped options).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { createSeedDesign } from '../../model/defaults';
import {
  OPTION_INFO,
  OPTION_NAMES,
  isOptionAccepted,
  isOptionEffective,
} from '../../model/options';
import { BOND_MODES, type BondMode, type BondOptions } from '../../model/types';
import { AppStoreProvider } from '../../store/app-store-context';
import { loadChecks, type Checks } from '../../store/checks';
import { createAppStore } from '../../store/create-app-store';
import { BondPanel } from './bond-panel';

afterEach(cleanup);

const i18n = createI18n();

/* The app loads its checks right after the first render; the panel is tested with them loaded. */
let checks: Checks;
beforeAll(async () => {
  checks = await loadChecks();
}, 30_000);

function renderPanel(mode: BondMode, options: BondOptions = { miimon: 100 }) {
  const seed = createSeedDesign();
  const design = {
    ...seed,
    bonds: seed.bonds.map((bond) => ({ ...bond, mode, options, slaves: ['eth0', 'eth1'] })),
  };
  const store = createAppStore({ design, selection: { kind: 'bond', name: 'bond0' } });
  store.getState().setChecks(checks);
  render(
    <I18nextProvider i18n={i18n}>
      <AppStoreProvider store={store}>
        <BondPanel bondName="bond0" />
      </AppStoreProvider>
    </I18nextProvider>,
  );
  return store;
}

function optionControl(name: string): HTMLElement | null {
  return screen.queryByLabelText(new RegExp(`\\(${name}[,)]`));
}

/** The sysfs names of every option field shown, read once from the labels (one DOM pass). */
function shownOptions(): string[] {
  return Array.from(
    document.querySelectorAll('label'),
    (label) => /\(([a-z][a-z0-9_]*)\)(?:, .*)?$/.exec(label.textContent)?.[1],
  ).filter((name) => name !== undefined);
}

/* jsdom renders the whole panel per case; a loaded CI machine needs more than the default 5 s. */
const SLOW = { timeout: 30_000 };

describe('BondPanel options per mode', SLOW, () => {
  /* The kernel's mode-only options, written out by hand so the model's table is checked too. */
  const ONLY_IN: Record<string, readonly BondMode[]> = {
    packets_per_slave: ['balance-rr'],
    lacp_rate: ['802.3ad'],
    ad_select: ['802.3ad'],
    primary: ['active-backup', 'balance-tlb', 'balance-alb'],
    tlb_dynamic_lb: ['balance-tlb', 'balance-alb'],
  };

  it.each(BOND_MODES)('in %s shows every effective non-ARP option and nothing else', (mode) => {
    renderPanel(mode);
    const shown = shownOptions();
    expect(shown).toEqual(
      OPTION_NAMES.filter(
        (name) => isOptionEffective(name, mode) && OPTION_INFO[name].group !== 'arp',
      ),
    );
    for (const [name, modes] of Object.entries(ONLY_IN)) {
      expect({ name, shown: shown.includes(name) }).toEqual({ name, shown: modes.includes(mode) });
    }
  });

  it('shows an accepted but inert option once it is set, never a refused one', () => {
    renderPanel('balance-rr', { miimon: 100, ad_select: 'count' });
    expect(optionControl('ad_select')).not.toBeNull();
    expect(isOptionAccepted('ad_select', 'balance-rr')).toBe(true);
  });

  it.each<[BondMode, boolean]>([
    ['active-backup', true],
    ['802.3ad', false],
    ['balance-alb', false],
  ])('in %s offers ARP monitoring: %s', (mode, offered) => {
    renderPanel(mode);
    expect(screen.queryByLabelText('ARP monitoring') !== null).toBe(offered);
  });
});

describe('BondPanel edits', SLOW, () => {
  it('drops lacp_rate when switching from 802.3ad to active-backup and says so', () => {
    const store = renderPanel('802.3ad', { miimon: 100, lacp_rate: 'fast' });
    act(() => {
      fireEvent.click(screen.getByLabelText('active-backup (1)'));
    });
    const bond = store.getState().design.bonds[0];
    expect(bond?.mode).toBe('active-backup');
    expect(bond?.options).toEqual({ miimon: 100 });
    expect(optionControl('lacp_rate')).toBeNull();
    expect(
      screen.getByText(/removed options the kernel refuses in that mode: lacp_rate\./),
    ).not.toBeNull();
  });

  it('keeps unparsable text as a draft with an alert, and stores parsable text as the value', () => {
    const store = renderPanel('active-backup');
    const miimon = optionControl('miimon') as HTMLInputElement;
    act(() => {
      fireEvent.change(miimon, { target: { value: '10x' } });
    });
    expect(store.getState().drafts).toEqual({ '/bonds/0/options/miimon': '10x' });
    expect(store.getState().design.bonds[0]?.options.miimon).toBe(100);
    expect(miimon.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    act(() => {
      fireEvent.change(miimon, { target: { value: '200' } });
    });
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().design.bonds[0]?.options.miimon).toBe(200);
    expect(screen.queryAllByRole('alert')).toHaveLength(0);

    act(() => {
      fireEvent.change(miimon, { target: { value: '' } });
    });
    expect(store.getState().design.bonds[0]?.options).toEqual({});
  });

  it('splits an address typed with its prefix', () => {
    const store = renderPanel('active-backup');
    act(() => {
      fireEvent.click(screen.getByLabelText('Static'));
    });
    act(() => {
      fireEvent.change(screen.getByLabelText('Address'), {
        target: { value: '10.1.2.3/255.255.0.0' },
      });
    });
    expect(store.getState().design.bonds[0]?.ipv4).toEqual({
      method: 'static',
      address: '10.1.2.3',
      prefix: 16,
    });
    expect(screen.getByText('10.1.255.255')).not.toBeNull();
  });
});
