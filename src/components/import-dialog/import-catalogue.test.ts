/**
 * The import catalogue: every note code the importers and the archive reader can emit (read from
 * their source) has a message in both languages, every format a title, and the ensure function
 * adds the namespace in English and Chinese.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { importText } from '../../i18n/en/import';
import { importText as zhImportText } from '../../i18n/zh-CN/import';
import { IMPORT_FORMATS } from '../../import/types';
import { ensureImportCatalogue } from './import-catalogue';

const IMPORT_DIR = fileURLToPath(new URL('../../import/', import.meta.url));
const CODES = new Set(
  readdirSync(IMPORT_DIR)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .flatMap((name) => {
      const text = readFileSync(join(IMPORT_DIR, name), 'utf8');
      return [
        ...text.matchAll(/code: '([a-z0-9-]+)'/g),
        ...text.matchAll(/noteAt\(\s*'(?:error|warning|info)',\s*'([a-z0-9-]+)'/g),
      ].map((match) => match[1] ?? '');
    }),
);

describe('import note messages', () => {
  it('finds the codes of the parsers and of the archive reader', () => {
    expect(CODES).toContain('ifcfg-lowercase-key');
    expect(CODES).toContain('archive-path-parent');
    expect(CODES).toContain('yaml-too-deep');
  });

  it.each([...CODES].sort())('%s has a message in English and Chinese', (code) => {
    expect(Object.keys(importText.notes)).toContain(code);
    expect(Object.keys(zhImportText.notes)).toContain(code);
  });

  it.each(IMPORT_FORMATS)('format %s has a title', (format) => {
    expect(Object.keys(importText.formats)).toContain(format);
  });
});

describe('ensureImportCatalogue', () => {
  it('adds the namespace in both languages, once', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'zh-CN', resources: {}, interpolation: { escapeValue: false } });
    ensureImportCatalogue(instance);
    ensureImportCatalogue(instance);
    expect(instance.t('import.dialog.title')).toBe('导入配置');
    expect(instance.getFixedT('en')('import.notes.archive-path-parent', { entry: '../x' })).toBe(
      '../x climbs out of the archive with ".."; the entry is refused.',
    );
  });
});
