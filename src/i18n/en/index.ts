/**
 * The English catalogue the page loads with, one namespace per area. The mode explanations and
 * option help (modes.ts, options.ts) join it with the bond panel (src/i18n/bond-panel-catalogue.ts)
 * and the command line's strings (cli) with the command line.
 */
import { exportText } from './export';
import { findings } from './findings';
import { panel } from './panel';
import { exportFindings, targets } from './targets';
import { ui } from './ui';

export const en = {
  findings: { ...findings, ...exportFindings },
  panel,
  targets,
  ui,
  export: exportText,
};
