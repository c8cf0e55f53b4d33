/**
 * The whole design flow with the keyboard alone (Tab, Shift+Tab, arrows, Space, Enter, Escape
 * and typing): enslave eth0 and eth1, choose 802.3ad, give static addressing, export two
 * targets and download the zip. Every stop shows a visible focus indicator; dialogs take focus,
 * close on Escape and give focus back to the button that opened them.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Generous: the flow walks the tab order one key at a time.
test.describe.configure({ timeout: 240_000 });

const MAX_TABS = 120;

interface FocusElement {
  matches(selector: string): boolean;
  outerHTML: string;
}
interface BrowserGlobals {
  document: { activeElement: FocusElement | null };
  getComputedStyle(element: FocusElement): {
    outlineStyle: string;
    outlineWidth: string;
    boxShadow: string;
  };
}

/** Whether `target` has the focus. */
async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate(
    (element) => element === (globalThis as unknown as BrowserGlobals).document.activeElement,
  );
}

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus, then checks it shows it. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/** The focused element matches :focus-visible and draws an outline or a box shadow. */
async function expectFocusVisible(page: Page): Promise<void> {
  const indicator = await page.evaluate(() => {
    const globals = globalThis as unknown as BrowserGlobals;
    const element = globals.document.activeElement;
    if (!element) return null;
    const style = globals.getComputedStyle(element);
    return {
      element: element.outerHTML.slice(0, 120),
      focusVisible: element.matches(':focus-visible'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      shadow: style.boxShadow !== 'none',
    };
  });
  expect(indicator?.focusVisible, `${indicator?.element} matches :focus-visible`).toBe(true);
  expect(indicator?.outline || indicator?.shadow, `${indicator?.element} shows its focus`).toBe(
    true,
  );
}

/** The focus is on `dialog` or inside it. */
async function expectFocusInside(dialog: Locator): Promise<void> {
  await expect
    .poll(() =>
      dialog.evaluate((element) =>
        (element as unknown as { contains(other: unknown): boolean }).contains(
          (globalThis as unknown as BrowserGlobals).document.activeElement,
        ),
      ),
    )
    .toBe(true);
}

/** Moves a focused radio group's choice with ArrowDown until `radio` is checked. */
async function arrowTo(page: Page, radio: Locator): Promise<void> {
  for (let presses = 0; presses < 10; presses += 1) {
    if (await radio.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`arrows never checked ${radio.toString()}`);
}

test('enslave, choose 802.3ad, address and export with the keyboard alone', async ({
  app,
  canvas,
  bondPanel,
  exportDialog,
}) => {
  const { page } = app;
  await expect(canvas.bond('bond0')).toBeVisible();

  // Add NIC: the dialog takes focus, Escape closes it, focus returns to the opener.
  const addNic = app.button('Add NIC');
  await tabTo(page, addNic);
  await page.keyboard.press('Enter');
  const addNicDialog = page.getByRole('dialog', { name: 'Add NIC' });
  await expect(addNicDialog).toBeVisible();
  await expectFocusInside(addNicDialog);
  await expect(addNicDialog.getByLabel('NIC model')).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.press('Escape');
  await expect(addNicDialog).toBeHidden();
  await expect(addNic).toBeFocused();

  // Enslave both NICs with their "Member of" selects: the arrow key picks bond0.
  for (const nic of ['eth0', 'eth1']) {
    await tabTo(page, canvas.memberOf(nic));
    await page.keyboard.press('ArrowDown');
    await expect(canvas.memberOf(nic)).toHaveValue('bond0');
  }
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);

  // Back to the bond node (it precedes the NIC nodes in the tab order) and select it.
  await tabTo(page, canvas.bond('bond0'), 'Shift+Tab');
  await page.keyboard.press('Enter');
  const panel = bondPanel.panelOf('bond0');
  await expect(panel).toBeVisible();

  await tabTo(page, bondPanel.modeRadio('active-backup'));
  await arrowTo(page, bondPanel.modeRadio('802.3ad'));
  await expect(bondPanel.modeRadio('802.3ad')).toBeFocused();
  await expectFocusVisible(page);

  const addressing = panel.getByRole('group', { name: 'IPv4 addressing' });
  await tabTo(page, addressing.getByRole('radio', { checked: true }));
  await arrowTo(page, panel.getByRole('radio', { name: 'Static', exact: true }));
  for (const [label, text] of [
    ['Address', '192.168.1.10'],
    ['Prefix or netmask', '24'],
    ['Gateway', '192.168.1.1'],
  ] as const) {
    await tabTo(page, bondPanel.field(label));
    await page.keyboard.type(text);
    await expect(bondPanel.field(label)).toHaveValue(text);
  }

  // Export: focus moves into the dialog; Space ticks a second target; Enter downloads.
  const exportButton = app.button('Export…');
  await tabTo(page, exportButton, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(exportDialog.dialog).toBeVisible();
  await expectFocusInside(exportDialog.dialog);
  await tabTo(page, exportDialog.target('netplan (Ubuntu)'));
  await page.keyboard.press('Space');
  await expect(exportDialog.target('netplan (Ubuntu)')).toBeChecked();
  await expect(exportDialog.target('RHEL / CentOS 5')).toBeChecked();
  await tabTo(page, exportDialog.downloadButton);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  const file = (path: string) => strFromU8(zip[path] ?? new Uint8Array());
  expect(file('rhel5/etc/modprobe.conf')).toContain('mode=4');
  expect(file('rhel5/etc/sysconfig/network-scripts/ifcfg-bond0')).toContain('IPADDR=192.168.1.10');
  expect(file('rhel5/etc/sysconfig/network-scripts/ifcfg-bond0')).toContain('GATEWAY=192.168.1.1');
  expect(file('rhel5/etc/sysconfig/network-scripts/ifcfg-eth1')).toContain('MASTER=bond0');
  const netplan = file('netplan/etc/netplan/90-bondsmith.yaml');
  expect(netplan).toContain('mode: 802.3ad');
  expect(netplan).toContain('192.168.1.10/24');

  await page.keyboard.press('Escape');
  await expect(exportDialog.dialog).toBeHidden();
  await expect(exportButton).toBeFocused();
  await expectFocusVisible(page);
});
