/**
 * The Simplified Chinese counterpart of en/index.ts: the first-page catalogue, loaded on demand
 * (src/i18n/load-language.ts) so it never weighs on an English first page. The mode
 * explanations and option help join it with the bond panel, the `cli` strings with the CLI.
 */
import type { en } from '../en';
import { exportText } from './export';
import { findings } from './findings';
import { panel } from './panel';
import { exportFindings, targets } from './targets';
import { ui } from './ui';

/** The first-page catalogue in Simplified Chinese; same shape as `en`. */
export const zhCN: typeof en = {
  findings: { ...findings, ...exportFindings },
  panel,
  targets,
  ui,
  export: exportText,
};
