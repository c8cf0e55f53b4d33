/**
 * One export job, the same on either thread: the bundle of a design for its targets and, when
 * it can be built, the zip the Download button saves. The export worker runs it; the client
 * runs it itself where no worker can start.
 */
import { zipFiles } from '../export/archive';
import { buildBundle, type BundleResult } from '../export/bundle';
import type { Design } from '../model/types';

/** What to export: the design, the chosen target ids and the READMEs' language. */
export interface ExportRequest {
  design: Design;
  targets: readonly string[];
  language: 'en' | 'zh-CN';
}

/** The bundle (files for the preview, findings) and, only when it built, its zip bytes. */
export interface ExportOutcome {
  bundle: BundleResult;
  zip?: Uint8Array;
}

/**
 * Builds the bundle of `request` and zips it when there is no error.
 * @example prepareExport({ design, targets: ['rhel5'], language: 'en' }).zip // PK… bytes
 */
export function prepareExport(request: ExportRequest): ExportOutcome {
  const bundle = buildBundle(request.design, request.targets, { language: request.language });
  return bundle.ok ? { bundle, zip: zipFiles(bundle.files) } : { bundle };
}
