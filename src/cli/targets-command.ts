/** `bondsmith targets`: one line per export target, its id and its one-line description. */
import type { TFunction } from 'i18next';
import { EXPORT_TARGETS } from '../export/targets/index';
import { EXIT, writeLines, type CliIo } from './cli-io';

/** Runs `targets`; returns the exit status (always 0). */
export function runTargets(t: TFunction, io: CliIo): number {
  const width = Math.max(...EXPORT_TARGETS.map((target) => target.id.length));
  writeLines(
    io.stdout,
    EXPORT_TARGETS.map(
      (target) => `${target.id.padEnd(width)}  ${t(`targets.${target.id}.description`)}`,
    ),
  );
  return EXIT.ok;
}
