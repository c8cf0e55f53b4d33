/**
 * Undo/redo of design changes (buttons and keys, a drag as one step, text fields keep their own
 * undo) and share links: copy, open in a fresh browser, ask before replacing work, refuse a
 * tampered link.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { BondPanelPage } from './pages/bond-panel-page';
import { CanvasPage } from './pages/canvas-page';

const TAMPERED =
  '#design=eNq9kMGqwjAQRX8lzDoP4nv4lC4VERe6FsRF2gw22GRKOopS-u9OFEV_wOWd4Z65c3s4Y-o8RShGGmrqGIoeog0IBVz-_scGBg3RVx0Uu9cCuTagIZDDRuQskXUVBTWn1FKyLDy1Qd5ywoBqtVKz-Xo8MVO19AdbelYLrjFFZIG45CWCUMp4-RXdtYhO0hhjBv1-cfSNi3sNJUX38W0ePN8VaSsW_09pq-OpzfbGnjEbHrUIgdqcR0Y9BO_DvVxhZ3hjr3TKHQ_DDTaSAm4';

interface SavedState {
  design: { layout?: Record<string, { x: number; y: number }> };
}

interface ClipboardGlobals {
  navigator: { clipboard: { readText(): Promise<string> } };
}

async function layoutOf(app: AppPage, key: string): Promise<{ x: number; y: number } | undefined> {
  const text = await app.storageItem('bondsmith:state');
  return (JSON.parse(text ?? '{}') as SavedState).design.layout?.[key];
}

/** A second browser with its own storage, as another person opening the link would have. */
async function freshBrowser(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  return { context, page: await context.newPage() };
}

/** Builds the shared design: bond0 in 802.3ad with eth0 and eth1 and a static address. */
async function buildSharedDesign(canvas: CanvasPage, bondPanel: BondPanelPage): Promise<void> {
  await canvas.memberOf('eth0').selectOption('bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await canvas.bond('bond0').click();
  await bondPanel.chooseMode('802.3ad');
  await bondPanel.setStaticAddress({ address: '192.0.2.10', prefix: '24' });
  await expect(canvas.slaves('bond0')).toHaveText(['eth0', 'eth1']);
}

/** Checks a page shows the shared design, down to the bond panel. */
async function expectSharedDesign(page: Page): Promise<void> {
  const canvas = new CanvasPage(page);
  const bondPanel = new BondPanelPage(page);
  await expect(canvas.slaves('bond0')).toHaveText(['eth0', 'eth1']);
  await canvas.bond('bond0').click();
  await expect(bondPanel.modeRadio('802.3ad')).toBeChecked();
  await expect(bondPanel.field('Address')).toHaveValue('192.0.2.10');
  await expect(bondPanel.field('Prefix or netmask')).toHaveValue('24');
}

test.describe('undo and redo', () => {
  test('attach and mode change undo and redo with the buttons', async ({
    app,
    canvas,
    bondPanel,
  }) => {
    await expect(app.button('Undo')).toBeDisabled();
    await expect(app.button('Redo')).toBeDisabled();
    await expect(app.button('Undo')).toHaveAttribute('aria-keyshortcuts', 'Control+Z Meta+Z');

    await canvas.dragNicOntoBond('eth0', 'bond0');
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await canvas.bond('bond0').click();
    await bondPanel.chooseMode('balance-rr');

    await app.button('Undo').click();
    await expect(bondPanel.modeRadio('active-backup')).toBeChecked();
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await app.button('Undo').click();
    await expect(canvas.bond('bond0')).toContainText('No slaves yet');
    await expect(app.button('Undo')).toBeDisabled();

    await app.button('Redo').click();
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await app.button('Redo').click();
    await expect(bondPanel.modeRadio('balance-rr')).toBeChecked();
    await expect(app.button('Redo')).toBeDisabled();
  });

  test('keys undo and redo; a drag is one step', async ({ app, canvas, bondPanel, page }) => {
    await canvas.bond('bond0').click();
    await bondPanel.chooseMode('balance-xor');
    await expect(bondPanel.modeRadio('balance-xor')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(bondPanel.modeRadio('active-backup')).toBeChecked();
    await page.keyboard.press('Control+Shift+z');
    await expect(bondPanel.modeRadio('balance-xor')).toBeChecked();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+y');
    await expect(bondPanel.modeRadio('balance-xor')).toBeChecked();

    await canvas.dragBy(canvas.nic('eth1'), 0, 200);
    await expect.poll(() => layoutOf(app, 'nic:eth1')).toBeDefined();
    // Dropped on the bond: the NIC is enslaved and snaps back, still a single step.
    await canvas.dragNicOntoBond('eth1', 'bond0');
    await expect(canvas.slaves('bond0')).toHaveText(['eth1']);
    const moved = await layoutOf(app, 'nic:eth1');

    await page.keyboard.press('Control+z');
    await expect(canvas.bond('bond0')).toContainText('No slaves yet');
    await expect.poll(() => layoutOf(app, 'nic:eth1')).toEqual(moved);
    await page.keyboard.press('Control+z');
    await expect.poll(() => layoutOf(app, 'nic:eth1')).toBeUndefined();
    await canvas.bond('bond0').click();
    await page.keyboard.press('Control+z');
    await expect(bondPanel.modeRadio('active-backup')).toBeChecked();
    await expect(app.button('Undo')).toBeDisabled();
  });

  test('Ctrl+Z in a text field is the field’s own undo, not the design’s', async ({
    app,
    canvas,
    page,
  }) => {
    await canvas.memberOf('eth0').selectOption('bond0');
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await app.hostName.click();
    await page.keyboard.press('Control+z');
    await expect(canvas.slaves('bond0')).toHaveText(['eth0']);
    await expect(app.hostName).toHaveValue('x3650');

    await app.button('Undo').focus();
    await page.keyboard.press('Control+z');
    await expect(canvas.bond('bond0')).toContainText('No slaves yet');
  });
});

test.describe('share link', () => {
  test('Copy link opens the same design in a fresh browser', async ({
    app,
    canvas,
    bondPanel,
    context,
    page,
    browser,
  }) => {
    test.slow(); // two browsers
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await buildSharedDesign(canvas, bondPanel);
    await app.button('Copy link').click();
    await expect(app.notice).toContainText('Link copied');
    const url = await page.evaluate(() =>
      (globalThis as unknown as ClipboardGlobals).navigator.clipboard.readText(),
    );
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#design=[A-Za-z0-9_-]+$/);
    expect(page.url()).not.toContain('#');

    const other = await freshBrowser(browser);
    await other.page.goto(url);
    await expectSharedDesign(other.page);
    await expect(new AppPage(other.page).dialog).toBeHidden();
    expect(other.page.url()).not.toContain('#');
    await other.page.reload();
    await expectSharedDesign(other.page);
    await other.context.close();
  });

  test('over other work it asks: Keep mine keeps it, Replace replaces it and can be undone', async ({
    app,
    canvas,
    bondPanel,
    page,
    browser,
  }) => {
    test.slow(); // two browsers
    // A clipboard that refuses: the link is shown in a field to copy by hand.
    await page.addInitScript(() => {
      Object.defineProperty(
        (globalThis as unknown as { navigator: object }).navigator,
        'clipboard',
        {
          value: { writeText: () => Promise.reject(new Error('not allowed')) },
        },
      );
    });
    await page.reload();
    await buildSharedDesign(canvas, bondPanel);
    await app.button('Copy link').click();
    const field = app.dialog.getByLabel('Share link');
    await expect(field).toBeFocused();
    const url = await field.inputValue();
    expect(url).toMatch(/#design=[A-Za-z0-9_-]+$/);
    await app.dialog.getByRole('button', { name: 'Close' }).click();

    const other = await freshBrowser(browser);
    const otherApp = new AppPage(other.page);
    const otherCanvas = new CanvasPage(other.page);
    await other.page.goto(new URL('/', url).href);
    await otherApp.addBond();
    await expect(otherCanvas.bond('bond1')).toBeVisible();

    await other.page.goto('about:blank');
    await other.page.goto(url);
    await expect(otherApp.dialog).toContainText('Open the shared design?');
    await expect(otherApp.dialog).toContainText('It replaces your current design (you can undo).');
    await expect(otherApp.dialog.getByRole('button', { name: 'Keep mine' })).toBeFocused();
    await otherApp.dialog.getByRole('button', { name: 'Keep mine' }).click();
    await expect(otherApp.dialog).toBeHidden();
    await expect(otherCanvas.bond('bond1')).toBeVisible();
    await expect(otherCanvas.bond('bond0')).toContainText('No slaves yet');
    expect(other.page.url()).not.toContain('#');

    // The same tab gets the link again (a hashchange, no reload).
    await other.page.evaluate((href) => {
      (globalThis as unknown as { location: { href: string } }).location.href = href;
    }, url);
    await otherApp.dialog.getByRole('button', { name: 'Replace' }).click();
    await expectSharedDesign(other.page);
    await expect(otherCanvas.bond('bond1')).toHaveCount(0);
    await expect(otherApp.notice).toContainText('Opened the shared design.');

    await otherApp.button('Undo').click();
    await expect(otherCanvas.bond('bond1')).toBeVisible();
    await expect(otherCanvas.bond('bond0')).toContainText('No slaves yet');
    await other.context.close();
  });

  test('a tampered link is refused with a notice and the work is kept', async ({
    app,
    canvas,
    page,
  }) => {
    await canvas.memberOf('eth1').selectOption('bond0');
    // A real link (the seed with eth0 enslaved) with one character of its checksum changed.
    await page.goto(`/${TAMPERED}`);
    await expect(app.notice).toContainText('damaged');
    await expect(app.notice).toContainText('your current design is kept');
    await expect(canvas.slaves('bond0')).toHaveText(['eth1']);
    expect(page.url()).not.toContain('#');

    await page.goto('/#design=not*base64');
    await expect(app.notice).toContainText('unexpected characters');
    await expect(canvas.slaves('bond0')).toHaveText(['eth1']);
  });
});
