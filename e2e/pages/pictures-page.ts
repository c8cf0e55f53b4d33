/**
 * Page object of the topology picture buttons (in the export dialog) and the printable runbook.
 * SVG text is parsed by the page's own strict XML parser (the e2e tsconfig has no DOM lib, so
 * the few browser globals used are typed here).
 */
import type { Download, Locator, Page } from '@playwright/test';

/** What the page's DOMParser made of an SVG document. */
export interface ParsedSvg {
  root: string;
  errors: number;
  title: string;
  texts: string[];
}

interface BrowserGlobals {
  DOMParser: new () => {
    parseFromString(
      text: string,
      type: string,
    ): {
      documentElement: { localName: string };
      getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>;
    };
  };
}

/** The picture actions and the runbook dialog. */
export class PicturesPage {
  readonly svgButton: Locator;
  readonly pngButton: Locator;
  readonly runbookButton: Locator;
  readonly runbook: Locator;

  constructor(readonly page: Page) {
    const exportDialog = page.getByRole('dialog', { name: 'Export configuration' });
    this.svgButton = exportDialog.getByRole('button', { name: 'Download SVG' });
    this.pngButton = exportDialog.getByRole('button', { name: 'Download PNG' });
    this.runbookButton = exportDialog.getByRole('button', { name: 'Print runbook…' });
    this.runbook = page.getByRole('dialog', { name: /^Runbook for / });
  }

  /** Clicks a download button and returns the download. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await button.click();
    return download;
  }

  /** A file shown in the runbook (a figure captioned with its bundle path). */
  runbookFile(path: string): Locator {
    return this.runbook.getByRole('figure', { name: path, exact: true });
  }

  /** Parses `svg` with the browser's XML parser: root element, parser errors, title, texts. */
  async parseSvg(svg: string): Promise<ParsedSvg> {
    return this.page.evaluate((text) => {
      const { DOMParser } = globalThis as unknown as BrowserGlobals;
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const all = (name: string) =>
        Array.from(doc.getElementsByTagName(name), (node) => node.textContent ?? '');
      return {
        root: doc.documentElement.localName,
        errors: all('parsererror').length,
        title: all('title')[0] ?? '',
        texts: all('text'),
      };
    }, svg);
  }
}
