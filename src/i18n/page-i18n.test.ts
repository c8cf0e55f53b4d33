/** The app's instance starts with the first page's English; the rest joins it once. */
import { describe, expect, it } from 'vitest';
import { targets } from './en/targets';
import { addLaterEnglish } from './later-english';
import { createPageI18n, ensureLaterCatalogue } from './page-i18n';

describe('createPageI18n', () => {
  it('has the toolbar texts but not yet the target texts', () => {
    const i18n = createPageI18n();
    expect(i18n.t('ui.appName')).toBe('Bondsmith');
    expect(i18n.exists('targets.rhel5.title')).toBe(false);
  });

  it('gets the target and finding texts from ensureLaterCatalogue, and a second add changes nothing', async () => {
    const i18n = createPageI18n();
    await ensureLaterCatalogue(i18n);
    addLaterEnglish(i18n);
    expect(i18n.t('targets.rhel5.title')).toBe(targets.rhel5.title);
    expect(i18n.exists('findings.bond-no-slaves')).toBe(true);
  });
});
