/**
 * Page object of the export dialog: target choice, blocking reasons, file preview, download.
 * Downloads are awaited with waitForEvent('download') registered before the click.
 */
import type { Download, Locator, Page } from '@playwright/test';

/** The export dialog. */
export class ExportDialogPage {
  readonly dialog: Locator;
  readonly downloadButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export configuration' });
    this.downloadButton = this.dialog.getByRole('button', { name: 'Download bundle' });
  }

  /** Opens the dialog from the toolbar. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export…' }).click();
  }

  /** Closes the dialog with its close button. */
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  }

  /** The checkbox of a target by its title. */
  target(title: string): Locator {
    return this.dialog.getByRole('checkbox', { name: title });
  }

  /** The list of errors that block the download. */
  blockingReasons(): Locator {
    return this.dialog.getByRole('listitem').filter({ has: this.page.getByRole('button') });
  }

  /** The jump-to-field button of a listed finding whose text matches. */
  reason(text: string | RegExp): Locator {
    return this.dialog.getByRole('button', { name: text });
  }

  /** The preview of a file (a figure captioned with its bundle path). */
  file(path: string): Locator {
    return this.dialog.getByRole('figure', { name: path, exact: true });
  }

  /** Clicks "Download bundle" and returns the download. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.downloadButton.click();
    return download;
  }
}
