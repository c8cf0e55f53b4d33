/**
 * The English texts that join the first page right after it is painted (page-i18n.ts): the
 * findings, the export targets and the export dialog.
 */
import { exportText } from './en/export';
import { findings } from './en/findings';
import { exportFindings, targets } from './en/targets';

export const laterEnglish = {
  findings: { ...findings, ...exportFindings },
  targets,
  export: exportText,
};
