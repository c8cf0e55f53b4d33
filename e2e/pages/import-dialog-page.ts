/**
 * Page object of the import dialog: paste, file choice, the preview with its notes, and the
 * Open / Merge actions. Locators go by role and label only.
 */
import type { Locator, Page } from '@playwright/test';

/** A file handed to the file chooser: a path on disk, or a name and bytes. */
export type ChosenFile = string | { name: string; mimeType: string; buffer: Buffer };

/** The import dialog. */
export class ImportDialogPage {
  readonly dialog: Locator;
  readonly preview: Locator;
  readonly notes: Locator;
  readonly refusal: Locator;
  readonly openButton: Locator;
  readonly mergeButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import configuration' });
    this.preview = this.dialog.getByRole('region', { name: 'What was found' });
    this.notes = this.dialog.getByRole('region', { name: 'Notes about the files' });
    this.refusal = this.dialog.getByRole('alert');
    this.openButton = this.dialog.getByRole('button', { name: 'Open on canvas' });
    this.mergeButton = this.dialog.getByRole('button', { name: 'Merge into current design' });
  }

  /** Opens the dialog from the toolbar. */
  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
  }

  /** Chooses files in "Choose files…", as the file picker would. */
  async chooseFiles(files: ChosenFile[]): Promise<void> {
    const input = this.dialog.getByLabel('Configuration files or archives to import');
    await input.setInputFiles(files as Parameters<Locator['setInputFiles']>[0]);
  }

  /** Pastes text and reads it. */
  async paste(text: string): Promise<void> {
    await this.dialog.getByLabel('Paste a file or command output').fill(text);
    await this.dialog.getByRole('button', { name: 'Read pasted text' }).click();
  }

  /** Picks a format instead of detection. */
  async chooseFormat(label: string): Promise<void> {
    await this.dialog.getByLabel('Format').selectOption({ label });
  }

  /** Closes the dialog with its close button. */
  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  }
}
