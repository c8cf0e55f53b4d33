/**
 * `bondsmith check DESIGN [--json]`: prints the design's findings. Exit 0 without errors
 * (warnings allowed), 1 with errors, 2 when the file is unreadable or no design.
 */
import type { TFunction } from 'i18next';
import { hasErrors } from '../model/findings';
import { validateDesign } from '../model/validate';
import { EXIT, findingLines, findingsJson, writeLines, type CliIo } from './cli-io';
import { loadDesign } from './design-file';

/** Options of the check command, already parsed from argv. */
export interface CheckArgs {
  design: string;
  json: boolean;
}

/** Runs `check`; returns the exit status. */
export function runCheck(t: TFunction, io: CliIo, args: CheckArgs): number {
  const loaded = loadDesign(t, io.cwd, args.design);
  if (!loaded.ok) {
    writeLines(io.stderr, loaded.message);
    return EXIT.unusable;
  }
  const findings = [
    ...loaded.findings,
    ...(loaded.design ? validateDesign(loaded.design).findings : []),
  ];
  if (args.json) {
    io.stdout.write(`${findingsJson(t, findings)}\n`);
  } else {
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    writeLines(io.stdout, [
      ...findingLines(t, findings),
      findings.length === 0
        ? t('cli.noFindings')
        : t('cli.summary', { errors, warnings: findings.length - errors }),
    ]);
  }
  return hasErrors(findings) ? EXIT.errors : EXIT.ok;
}
