/**
 * What the app does when browser storage lets it down: a damaged saved state, a state from a
 * newer version, a full storage and two tabs editing the same design. Each case must say so
 * clearly, keep the user's work and never overwrite a copy it cannot read.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { CanvasPage } from './pages/canvas-page';

const KEY = 'bondsmith:state';

interface Stored {
  design: { host?: { name?: string }; bonds: { name: string }[] };
  writer?: { tab: string; revision: number };
}

function banner(page: Page): Locator {
  return page.getByRole('region', { name: 'Saving in this browser' });
}

async function stored(app: AppPage): Promise<Stored> {
  return JSON.parse((await app.storageItem(KEY)) ?? 'null') as Stored;
}

async function downloadedText(page: Page, click: () => Promise<void>): Promise<[string, string]> {
  const downloading = page.waitForEvent('download');
  await click();
  const download: Download = await downloading;
  return [download.suggestedFilename(), await readFile(await download.path(), 'utf8')];
}

const SEED_WITH_WRONG_TYPES =
  '{"stateVersion":1,"design":{"version":1,"host":{"name":"x3650"},"nics":[{"name":42}],"bonds":[]},"drafts":{}}';

const DAMAGED: readonly (readonly [string, string])[] = [
  ['invalid JSON', '{"stateVersion": 1, "design": [oops'],
  ['JSON that is not a design', '["not", "a", "design"]'],
  ['a design with wrong types', SEED_WITH_WRONG_TYPES],
];

for (const [title, text] of DAMAGED) {
  test(`a damaged saved state (${title}) is kept aside, named and offered for download`, async ({
    app,
    canvas,
    page,
  }) => {
    await app.setStorageItem(KEY, text);
    await page.reload();
    const report = banner(page).getByRole('status');
    await expect(report).toContainText(
      'The damaged saved design is kept in browser storage as "bondsmith:state:corrupt:1".',
    );
    expect(await app.storageItem('bondsmith:state:corrupt:1')).toBe(text);
    await expect(canvas.bond('bond0')).toContainText('No slaves yet');

    const [name, body] = await downloadedText(page, () =>
      report.getByRole('button', { name: 'Download the damaged copy' }).click(),
    );
    expect([name, body]).toEqual(['bondsmith-damaged-state.txt', text]);

    await report.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner(page)).toHaveCount(0);
    expect((await stored(app)).design.bonds.map((b) => b.name)).toEqual(['bond0']);
  });
}

test('a newer saved state is never overwritten unless the user replaces it', async ({
  app,
  canvas,
  page,
}) => {
  const newer = '{"stateVersion": 7, "design": {"from": "the future"}}';
  await app.setStorageItem(KEY, newer);
  await page.reload();
  const alert = banner(page).getByRole('alert');
  await expect(alert).toContainText('saved by a newer Bondsmith (saved-state version 7;');
  await expect(alert).toContainText('changes here are not saved automatically');

  const [name, body] = await downloadedText(page, () =>
    alert.getByRole('button', { name: 'Download the newer copy' }).click(),
  );
  expect([name, body]).toEqual(['bondsmith-state-v7.json', newer]);

  await app.addBond();
  await alert.getByRole('button', { name: 'Start a separate design here' }).click();
  await expect(alert).toContainText('You are working on a separate design.');
  await app.addBond();
  await expect(canvas.bond('bond2')).toBeVisible();
  expect(await app.storageItem(KEY)).toBe(newer);

  await alert.getByRole('button', { name: 'Replace the newer copy…' }).click();
  await expect(app.dialog).toContainText('The newer copy is kept in browser storage');
  await app.dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.storageItem(KEY)).toBe(newer);

  await alert.getByRole('button', { name: 'Replace the newer copy…' }).click();
  await app.dialog.getByRole('button', { name: 'Replace the newer copy' }).click();
  await expect(app.notice).toContainText('the newer copy is kept as "bondsmith:state:newer:1"');
  await expect(banner(page)).toHaveCount(0);
  expect(await app.storageItem('bondsmith:state:newer:1')).toBe(newer);
  expect((await stored(app)).design.bonds.map((b) => b.name)).toEqual(['bond0', 'bond1', 'bond2']);
});

test('a full storage is reported until a write succeeds, and the design is kept', async ({
  app,
  canvas,
  page,
}) => {
  // Every write after the first `limit` fails as a full storage does, until the test makes room.
  // The reloaded page restores the saved seed without writing, so none may succeed.
  await page.addInitScript(`{
    const setItem = Storage.prototype.setItem;
    const limit = 0;
    let calls = 0;
    Storage.prototype.setItem = function (key, value) {
      calls += 1;
      if (calls > limit && !globalThis.roomAgain) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  }`);
  await page.reload();
  await expect(canvas.bond('bond0')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  await app.addBond();
  const alert = banner(page).getByRole('alert');
  await expect(alert).toContainText('Your changes are not being saved: storage is full.');
  await expect(canvas.bond('bond1')).toBeVisible();
  expect((await stored(app)).design.bonds.map((b) => b.name)).toEqual(['bond0']);

  const [name, body] = await downloadedText(page, () =>
    alert.getByRole('button', { name: 'Download design' }).click(),
  );
  expect(name).toBe('x3650.bondsmith.json');
  expect((JSON.parse(body) as Stored['design']).bonds.map((b) => b.name)).toEqual([
    'bond0',
    'bond1',
  ]);

  await page.evaluate(() => {
    (globalThis as unknown as { roomAgain: boolean }).roomAgain = true;
  });
  await app.hostName.fill('web01');
  await expect(banner(page)).toHaveCount(0);
  const saved = await stored(app);
  expect([saved.design.host?.name, saved.design.bonds.map((b) => b.name)]).toEqual([
    'web01',
    ['bond0', 'bond1'],
  ]);
});

test.describe('two tabs on the same design', () => {
  /**
   * Opens tab B next to the fixture's tab A. With `deaf`, B does not hear A's saves (its storage
   * events are held back), as when both tabs save at the same moment.
   */
  async function openTabB(page: Page, deaf: boolean): Promise<{ b: AppPage; bCanvas: CanvasPage }> {
    const other = await page.context().newPage();
    if (deaf) {
      await other.addInitScript(`
        addEventListener('storage', (event) => event.stopImmediatePropagation());
      `);
    }
    const b = new AppPage(other);
    await b.open();
    const bCanvas = new CanvasPage(other);
    await expect(bCanvas.bond('bond0')).toBeVisible();
    return { b, bCanvas };
  }

  test('a tab without changes of its own follows the other quietly', async ({ app, page }) => {
    const { b, bCanvas } = await openTabB(page, false);
    await app.addBond();
    await expect(bCanvas.bond('bond1')).toBeVisible();
    await app.hostName.fill('web01');
    await expect(b.hostName).toHaveValue('web01');
    await expect(banner(b.page)).toHaveCount(0);

    await b.addBond();
    await expect(new CanvasPage(page).bond('bond2')).toBeVisible();
    expect((await stored(app)).writer?.revision).toBeGreaterThan(1);
  });

  test('"Load theirs" replaces this tab\'s changes, and Undo brings them back', async ({
    app,
    canvas,
    page,
  }) => {
    const { b, bCanvas } = await openTabB(page, true);
    await app.addBond();
    await b.hostName.fill('mine');
    const alert = banner(b.page).getByRole('alert');
    await expect(alert).toContainText('This design was changed in another tab.');
    expect((await stored(app)).design.host?.name).toBe('x3650');

    await alert.getByRole('button', { name: 'Load theirs' }).click();
    await expect(bCanvas.bond('bond1')).toBeVisible();
    await expect(b.hostName).toHaveValue('x3650');
    await expect(b.notice).toContainText("Loaded the other tab's design; Undo brings yours back.");
    await expect(banner(b.page)).toHaveCount(0);

    await b.button('Undo').click();
    await expect(b.hostName).toHaveValue('mine');
    await expect(bCanvas.bond('bond1')).toHaveCount(0);
    await expect(app.hostName).toHaveValue('mine');
    await expect(canvas.bond('bond1')).toHaveCount(0);
  });

  test('"Keep mine" saves this tab\'s design over theirs with its next change', async ({
    app,
    canvas,
    page,
  }) => {
    const { b, bCanvas } = await openTabB(page, true);
    await app.addBond();
    await b.hostName.fill('mine');
    const alert = banner(b.page).getByRole('alert');
    await alert.getByRole('button', { name: 'Keep mine' }).click();
    await expect(b.notice).toContainText(
      "Kept this tab's design: your next change here is saved over the other tab's.",
    );
    await expect(banner(b.page)).toHaveCount(0);
    expect((await stored(app)).design.host?.name).toBe('x3650');

    await bCanvas.memberOf('eth0').selectOption('bond0');
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await expect(app.hostName).toHaveValue('mine');
    await expect(canvas.bond('bond1')).toHaveCount(0);
    expect((await stored(app)).design.host?.name).toBe('mine');
  });
});
