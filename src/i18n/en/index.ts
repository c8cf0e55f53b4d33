/** The English catalogue, one namespace per area; every user-visible string lives here. */
import { exportText } from './export';
import { findings } from './findings';
import { modes } from './modes';
import { options } from './options';
import { panel } from './panel';
import { cli, exportFindings, targets } from './targets';
import { ui } from './ui';

export const en = {
  findings: { ...findings, ...exportFindings },
  modes,
  options,
  panel,
  targets,
  cli,
  ui,
  export: exportText,
};
