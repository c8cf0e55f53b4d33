/**
 * The export gate and bundle: validates a design with the model and every chosen target's
 * check, refuses on any error, and otherwise renders each target into its own top-level folder
 * (shared/spec/design-and-cli.md "Bundle layout"), the topology picture beside each target's files.
 */
import { hasErrors } from '../model/findings';
import type { Design, Finding } from '../model/types';
import { validateDesign } from '../model/validate';
import { exportError } from './findings';
import { findTarget } from './targets/index';
import { renderTopologySvg } from './topology-svg';
import { FILE_MODE, type ExportContext, type ExportFile, type ExportTarget } from './types';

/** Name of the topology picture in every target folder. */
export const TOPOLOGY_FILE = 'topology.svg';

/** The outcome of buildBundle: files only when there is no error. */
export type BundleResult =
  { ok: false; findings: Finding[] } | { ok: true; files: ExportFile[]; findings: Finding[] };

/**
 * Validates `design` for the targets and renders them, paths prefixed with `<targetId>/`; each
 * folder ends with `topology.svg` in `ctx.language`. Unknown target ids are errors
 * ('target-unknown'); warnings pass through with the files.
 * @example buildBundle(seed, ['rhel5']) // { ok: true, files: [{ path: 'rhel5/etc/modprobe.conf', … }, …], findings: [] }
 */
export function buildBundle(
  design: Design,
  targetIds: readonly string[],
  ctx: ExportContext = {},
): BundleResult {
  const { findings: modelFindings, valid } = validateDesign(design);
  const findings = [...modelFindings];
  const targets: ExportTarget[] = [];
  for (const id of new Set(targetIds)) {
    const target = findTarget(id);
    if (target) {
      targets.push(target);
      // check() is defined for designs the model accepts; a refused one may hold any shape.
      if (valid) findings.push(...target.check(valid));
    } else {
      findings.push(exportError('target-unknown', '', { target: id }));
    }
  }
  if (!valid || hasErrors(findings)) {
    return { ok: false, findings };
  }
  const picture = renderTopologySvg(valid, { language: ctx.language ?? 'en' });
  const files = targets.flatMap((target) =>
    [...target.render(valid, ctx), { path: TOPOLOGY_FILE, contents: picture, mode: FILE_MODE }].map(
      (file) => ({ ...file, path: `${target.id}/${file.path}` }),
    ),
  );
  return { ok: true, files, findings };
}
