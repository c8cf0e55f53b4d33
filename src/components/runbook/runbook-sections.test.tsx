// @vitest-environment jsdom
// The runbook's sections: the summary quotes each bond's mode, slaves, addressing and switch
// needs; a target section shows its README and every file but the picture, in both languages.
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../export/bundle';
import { twoBondDesign } from '../../export/testing/designs';
import { createI18n } from '../../i18n/i18n';
import { ensureRunbookCatalogue } from './runbook-catalogue';
import { RunbookSummary } from './runbook-summary';
import { RunbookTarget } from './runbook-target';

afterEach(cleanup);

// As the app does: the strings join first, then the language switches (resolving to them).
async function i18nIn(language: 'en' | 'zh-CN') {
  const instance = createI18n();
  ensureRunbookCatalogue(instance);
  await instance.changeLanguage(language);
  return instance;
}

describe('RunbookSummary', () => {
  it('lists every bond with mode, slaves, addressing and switch needs', async () => {
    const design = twoBondDesign();
    design.bonds[0]!.slaves = ['eth0'];
    render(
      <I18nextProvider i18n={await i18nIn('en')}>
        <RunbookSummary design={design} host="db1" />
      </I18nextProvider>,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      expect.stringMatching(/^balance-xor \(mode 2\)\S/),
      expect.stringMatching(/^802\.3ad \(mode 4\)\S/),
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'eth0',
      'eth2, eth3',
    ]);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual([
      'IPv4 10.0.0.10/16',
      'IPv4 by DHCP, MTU 9000',
    ]);
    expect(within(rows[1]!).getAllByRole('cell')[3]?.textContent).toMatch(/LACP/);
    expect(screen.getByText('Host: db1')).toBeTruthy();
    expect(screen.getByText('NICs not in a bond: eth1')).toBeTruthy();
  });

  it('marks the primary slave and speaks Chinese', async () => {
    const design = twoBondDesign();
    design.bonds[1] = { ...design.bonds[1]!, mode: 'active-backup', options: { primary: 'eth3' } };
    render(
      <I18nextProvider i18n={await i18nIn('zh-CN')}>
        <RunbookSummary design={design} host="db1" />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: '设计概要' })).toBeTruthy();
    expect(screen.getByText('eth2, eth3（primary，首选）')).toBeTruthy();
    expect(screen.getByText('主机：db1')).toBeTruthy();
  });
});

describe('RunbookTarget', () => {
  it('shows the README as steps, then every file of the folder except the picture', async () => {
    const bundle = buildBundle(twoBondDesign(), ['rhel5', 'netplan']);
    const files = bundle.ok ? bundle.files.filter((f) => f.path.startsWith('rhel5/')) : [];
    render(
      <I18nextProvider i18n={await i18nIn('en')}>
        <RunbookTarget id="rhel5" files={files} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'RHEL / CentOS 5 (target rhel5)',
    );
    const readme = files.find((f) => f.path === 'rhel5/README.txt')?.contents ?? '';
    expect(readme).toContain('cat /proc/net/bonding/bond0');
    expect(screen.getAllByText((_, node) => node?.tagName === 'PRE')[0]?.textContent).toBe(readme);
    expect(
      screen
        .getAllByRole('figure')
        .map((figure) => figure.querySelector('figcaption')?.textContent),
    ).toEqual(
      files
        .map((f) => f.path)
        .filter((path) => path !== 'rhel5/README.txt' && path !== 'rhel5/topology.svg'),
    );
  });
});
