/**
 * Accessibility: axe (WCAG 2.0/2.1 A and AA) on every view, panel and dialog of the app, in
 * English and in Simplified Chinese, with zero violations; and no CSS animation anywhere when
 * the user asks for reduced motion.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LANG_KEY, texts, type Lang, type Texts } from './pages/texts';

// axe walks the whole page for every state, several states a test: on a busy machine that is slow.
test.describe.configure({ timeout: 300_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SEED_DIR = fileURLToPath(new URL('../src/import/fixtures/seed/', import.meta.url));

interface BrowserGlobals {
  localStorage: { setItem(key: string, value: string): void };
  document: { getAnimations(): unknown[] };
}

/** Fails with every violation's rule and the elements concerned, named by `state`. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(violations, `axe violations in ${state}`).toEqual([]);
}

/** Opens the app in `lang`, as a visitor who chose it before. */
async function openIn(page: Page, lang: Lang): Promise<Texts> {
  await page.addInitScript(
    ([key, value]) => (globalThis as unknown as BrowserGlobals).localStorage.setItem(key, value),
    [LANG_KEY, lang] as const,
  );
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  return texts(lang);
}

/** A clipboard that refuses, so Copy link shows its dialog with the link to copy by hand. */
async function refuseClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty((globalThis as unknown as { navigator: object }).navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('not allowed')) },
    });
  });
}

function toolbarButton(page: Page, name: string) {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}

async function attachSeedNics(page: Page, { t }: Texts): Promise<void> {
  for (const nic of ['eth0', 'eth1']) {
    await page
      .getByLabel(t('ui.memberOf.labelFor', { nic }), { exact: true })
      .selectOption('bond0');
  }
}

async function openView(page: Page, { t }: Texts, view: 'design' | 'lab' | 'learn') {
  await page
    .getByRole('navigation', { name: t('ui.views.label') })
    .getByRole('button', { name: t(`ui.views.${view}`), exact: true })
    .click();
}

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(`in ${lang}`, () => {
    test('the design view: seed, NIC panel, bond panel, Add NIC and New dialogs, undo and share', async ({
      page,
    }) => {
      await refuseClipboard(page);
      const tx = await openIn(page, lang);
      const { t } = tx;
      await expect(
        page.getByRole('group', { name: t('ui.canvas.bondNode', { name: 'bond0' }) }),
      ).toBeVisible();
      await expectAccessible(page, 'the seed design');

      await page.getByRole('group', { name: t('ui.canvas.nicNode', { name: 'eth0' }) }).click();
      await expect(
        page.getByRole('region', { name: t('ui.nicPanel.title', { name: 'eth0' }) }),
      ).toBeVisible();
      await expectAccessible(page, 'the NIC panel');

      await attachSeedNics(page, tx);
      await page.getByRole('group', { name: t('ui.canvas.bondNode', { name: 'bond0' }) }).click();
      const bondPanel = page.getByRole('region', {
        name: t('panel.bond.heading', { name: 'bond0' }),
      });
      await expect(bondPanel).toBeVisible();
      await bondPanel
        .getByRole('radio', { name: t('panel.addressing.static'), exact: true })
        .check();
      await expectAccessible(page, 'the bond panel with two slaves and static addressing');

      await expect(toolbarButton(page, t('ui.toolbar.undo'))).toBeEnabled();
      await expectAccessible(page, 'the toolbar with undo available');

      await toolbarButton(page, t('ui.toolbar.addNic')).click();
      await expect(page.getByRole('dialog', { name: t('ui.addNic.title') })).toBeVisible();
      await expectAccessible(page, 'the Add NIC dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await toolbarButton(page, t('ui.toolbar.newDesign')).click();
      await expect(page.getByRole('dialog', { name: t('ui.newDesign.title') })).toBeVisible();
      await expectAccessible(page, 'the New confirmation');
      await page.keyboard.press('Escape');

      await toolbarButton(page, t('ui.toolbar.copyLink')).click();
      await expect(page.getByRole('dialog').getByLabel(t('share.linkLabel'))).toBeFocused();
      await expectAccessible(page, 'the Copy link dialog');
    });

    test('opening a shared link over other work asks first', async ({ page }) => {
      await refuseClipboard(page);
      const { t } = await openIn(page, lang);
      await toolbarButton(page, t('ui.toolbar.copyLink')).click();
      const url = await page.getByRole('dialog').getByLabel(t('share.linkLabel')).inputValue();
      await page.keyboard.press('Escape');
      await toolbarButton(page, t('ui.toolbar.addBond')).click();
      await expect(
        page.getByRole('group', { name: t('ui.canvas.bondNode', { name: 'bond1' }) }),
      ).toBeVisible();
      await page.goto('about:blank');
      await page.goto(url);
      await expect(page.getByRole('dialog', { name: t('share.confirmTitle') })).toBeVisible();
      await expectAccessible(page, 'the shared link question');
    });

    test('the export dialog with targets and preview, and the runbook', async ({ page }) => {
      const tx = await openIn(page, lang);
      const { t } = tx;
      await attachSeedNics(page, tx);
      await toolbarButton(page, t('ui.toolbar.export')).click();
      const dialog = page.getByRole('dialog', { name: t('export.dialog.title') });
      await dialog.getByRole('checkbox', { name: t('targets.netplan.title') }).check();
      await dialog.getByRole('checkbox', { name: t('targets.rhel5.title') }).check();
      await expect(dialog.getByRole('figure').first()).toBeVisible();
      await expect(dialog.getByRole('button', { name: t('export.dialog.download') })).toBeEnabled();
      await expectAccessible(page, 'the export dialog');

      await dialog.getByRole('button', { name: t('runbook.open') }).click();
      const runbook = page.getByRole('dialog', { name: t('runbook.title', { host: 'x3650' }) });
      await expect(runbook.getByRole('figure').first()).toBeVisible();
      await expectAccessible(page, 'the runbook');
    });

    test('the import dialog with a preview', async ({ page }) => {
      const { t } = await openIn(page, lang);
      await toolbarButton(page, t('ui.toolbar.import')).click();
      const dialog = page.getByRole('dialog', { name: t('import.dialog.title') });
      await expect(dialog.getByLabel(t('import.dialog.pasteLabel'))).toBeVisible();
      await expectAccessible(page, 'the empty import dialog');
      const files = (await readdir(SEED_DIR)).sort().map((name) => join(SEED_DIR, name));
      await dialog.getByLabel(t('import.dialog.chooseFilesLabel')).setInputFiles(files);
      await expect(dialog.getByRole('region', { name: t('import.preview.heading') })).toBeVisible();
      await expect(dialog.getByRole('button', { name: t('import.dialog.open') })).toBeEnabled();
      await expectAccessible(page, 'the import preview');
    });

    test('the lab: playing, paused, a cut cable in /proc, the comparison', async ({ page }) => {
      const tx = await openIn(page, lang);
      const { t } = tx;
      await attachSeedNics(page, tx);
      await openView(page, tx, 'lab');
      const playback = page.getByRole('group', { name: t('lab.controls.label') });
      await expect(page.getByRole('region', { name: t('lab.compare.heading') })).toBeVisible();
      await expectAccessible(page, 'the lab before playing');

      await playback.getByRole('button', { name: t('lab.controls.play') }).click();
      await expect(playback.getByRole('button', { name: t('lab.controls.pause') })).toBeVisible();
      await expectAccessible(page, 'the lab while playing');

      await playback.getByRole('button', { name: t('lab.controls.pause') }).click();
      await page.getByRole('button', { name: t('lab.diagram.cut', { slave: 'eth0' }) }).click();
      await playback.getByRole('button', { name: t('lab.controls.step') }).click();
      await expect(
        page.getByRole('region', { name: t('lab.proc.heading', { bond: 'bond0' }) }),
      ).toContainText('eth1');
      await expectAccessible(page, 'the lab paused with a cut cable');
    });

    test('learn: the tour and an answered quiz question', async ({ page }) => {
      const tx = await openIn(page, lang);
      const { t } = tx;
      await openView(page, tx, 'learn');
      const tour = page.getByRole('region', { name: t('learn.tour.heading') });
      await tour.getByRole('button', { name: t('learn.tour.next') }).click();
      await expectAccessible(page, 'the tour');

      const quiz = page.getByRole('region', { name: t('learn.quiz.heading') });
      await quiz.getByRole('radio').first().check();
      await expect(quiz.getByRole('status')).not.toBeEmpty();
      await expectAccessible(page, 'an answered quiz question');
    });
  });
}

test('reduced motion: no CSS animation on the canvas or in the lab, and no packet moves', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const tx = await openIn(page, 'en');
  const { t } = tx;
  const animations = () =>
    page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.getAnimations().length);
  await attachSeedNics(page, tx);
  await page.getByRole('group', { name: 'Bond bond0' }).click();
  expect(await animations()).toBe(0);

  await openView(page, tx, 'lab');
  await page
    .getByRole('group', { name: t('lab.setup.label') })
    .getByRole('combobox', { name: t('lab.setup.rate'), exact: true })
    .selectOption('500');
  const playback = page.getByRole('group', { name: t('lab.controls.label') });
  await playback.getByRole('button', { name: t('lab.controls.play') }).click();
  await expect(page.getByText(/Packets sent: [1-9]\d+/)).toBeVisible();
  expect(await animations()).toBe(0);
  await expect(page.locator('.lab-packets circle')).toHaveCount(0);
  await playback.getByRole('button', { name: t('lab.controls.pause') }).click();
});
