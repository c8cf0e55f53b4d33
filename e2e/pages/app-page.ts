/**
 * Page object for the app shell: toolbar actions, dialogs, the notice region and the NIC panel.
 * Locators go by role and label only.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The browser globals the storage helpers use (the e2e tsconfig has no DOM lib). */
interface BrowserGlobals {
  localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/** The shell as the user sees it. */
export class AppPage {
  readonly notice: Locator;
  readonly hostName: Locator;
  readonly findingsBadge: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.notice = page.getByRole('status', { name: 'Messages' });
    this.hostName = page.getByLabel('Host name', { exact: true });
    this.findingsBadge = page.getByRole('banner').getByRole('status');
    this.dialog = page.getByRole('dialog');
  }

  /**
   * Opens the app on a fresh page and waits until it has saved its design: autosave starts once
   * the canvas is on screen, and a test that plants or reads storage must come after it.
   */
  async open(): Promise<void> {
    await this.page.goto('/');
    await expect.poll(() => this.storageItem('bondsmith:state')).not.toBeNull();
  }

  /** A toolbar button by its visible name. */
  button(name: string): Locator {
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  async addBond(): Promise<void> {
    await this.button('Add bond').click();
  }

  /** Adds a NIC through the dialog, from the catalogue entry whose label contains `model`. */
  async addNicFromCatalogue(model: string, name?: string): Promise<void> {
    await this.button('Add NIC').click();
    const select = this.dialog.getByLabel('NIC model');
    const label = await select.getByRole('option').filter({ hasText: model }).first().textContent();
    await select.selectOption({ label: label ?? model });
    if (name !== undefined) await this.dialog.getByLabel('Interface name').fill(name);
    await this.dialog.getByRole('button', { name: 'Add NIC' }).click();
  }

  /** Clicks New and answers the confirmation. */
  async newDesign(confirm: boolean): Promise<void> {
    await this.button('New').click();
    await this.dialog
      .getByRole('button', { name: confirm ? 'Start new design' : 'Cancel' })
      .click();
  }

  /** The NIC panel (shown when a NIC is selected). */
  nicPanel(name: string): Locator {
    return this.page.getByRole('region', { name: `NIC ${name}`, exact: true });
  }

  /** Chooses a file in the Open… file input, as the file picker would. */
  async openFile(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel('Design file to open')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** Reads a key of the page's localStorage. */
  async storageItem(key: string): Promise<string | null> {
    return this.page.evaluate(
      (k) => (globalThis as unknown as BrowserGlobals).localStorage.getItem(k),
      key,
    );
  }

  /** Writes a key of the page's localStorage. */
  async setStorageItem(key: string, value: string): Promise<void> {
    await this.page.evaluate(
      ([k, v]) => (globalThis as unknown as BrowserGlobals).localStorage.setItem(k, v),
      [key, value] as const,
    );
  }
}
