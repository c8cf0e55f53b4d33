/**
 * The app's own catalogues in both languages, so one spec can find controls by their visible
 * names whichever language the page is in: `texts('zh-CN').t('ui.toolbar.export')` is '导出…'.
 */
import { exportText as enExport } from '../../src/i18n/en/export';
import { importText as enImport } from '../../src/i18n/en/import';
import { lab as enLab } from '../../src/i18n/en/lab';
import { learn as enLearn } from '../../src/i18n/en/learn';
import { panel as enPanel } from '../../src/i18n/en/panel';
import { runbook as enRunbook } from '../../src/i18n/en/runbook';
import { share as enShare } from '../../src/i18n/en/share';
import { targets as enTargets } from '../../src/i18n/en/targets';
import { ui as enUi } from '../../src/i18n/en/ui';
import { exportText as zhExport } from '../../src/i18n/zh-CN/export';
import { importText as zhImport } from '../../src/i18n/zh-CN/import';
import { lab as zhLab } from '../../src/i18n/zh-CN/lab';
import { learn as zhLearn } from '../../src/i18n/zh-CN/learn';
import { panel as zhPanel } from '../../src/i18n/zh-CN/panel';
import { runbook as zhRunbook } from '../../src/i18n/zh-CN/runbook';
import { share as zhShare } from '../../src/i18n/zh-CN/share';
import { targets as zhTargets } from '../../src/i18n/zh-CN/targets';
import { ui as zhUi } from '../../src/i18n/zh-CN/ui';

/** A language the app speaks. */
export type Lang = 'en' | 'zh-CN';

/** The localStorage key the app reads its language from (src/i18n/language.ts). */
export const LANG_KEY = 'bondsmith:lang';

const CATALOGUES: Record<Lang, Record<string, unknown>> = {
  en: {
    export: enExport,
    import: enImport,
    lab: enLab,
    learn: enLearn,
    panel: enPanel,
    runbook: enRunbook,
    share: enShare,
    targets: enTargets,
    ui: enUi,
  },
  'zh-CN': {
    export: zhExport,
    import: zhImport,
    lab: zhLab,
    learn: zhLearn,
    panel: zhPanel,
    runbook: zhRunbook,
    share: zhShare,
    targets: zhTargets,
    ui: zhUi,
  },
};

/** Looks texts up in one language's catalogues. */
export interface Texts {
  lang: Lang;
  /** The text at a dotted key, with `{{name}}` placeholders filled; throws for a missing key. */
  t: (key: string, params?: Record<string, string | number>) => string;
}

/** The texts of `lang`. */
export function texts(lang: Lang): Texts {
  return {
    lang,
    t: (key, params = {}) => {
      let node: unknown = CATALOGUES[lang];
      for (const part of key.split('.')) {
        node =
          typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined;
      }
      if (typeof node !== 'string') throw new Error(`no text ${key} in ${lang}`);
      return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
  };
}
