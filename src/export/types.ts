/**
 * The export contract: what a target is and what it produces. Renderers are pure; they take a
 * ValidDesign and return files as text with their Unix modes, which archive.ts or the command
 * line turn into bytes or files.
 */
import type { Design, Finding, ValidDesign } from '../model/types';

/** Unix mode of ordinary generated files. */
export const FILE_MODE = 0o644;
/** Unix mode of generated scripts (rc.local). */
export const EXECUTABLE_MODE = 0o755;

/** One generated file; `path` is relative and uses '/' (e.g. "etc/modprobe.conf"). */
export interface ExportFile {
  path: string;
  contents: string;
  mode: number;
}

/**
 * What the caller may pass to a renderer. Nothing here is required: renderers stay deterministic
 * and only mention `generatedAt` (an ISO date chosen by the caller) when it is given.
 */
export interface ExportContext {
  generatedAt?: string;
  /** Language of the READMEs' prose (commands, paths and option names stay as they are). Default 'en'. */
  language?: 'en' | 'zh-CN';
}

/**
 * An output dialect (rhel5, netplan, ...). Titles and descriptions come from the i18n catalogue
 * under `targets.<id>`.
 */
export interface ExportTarget {
  /** Stable id, also the bundle's top-level folder name. */
  id: string;
  /**
   * Refusals of this target for a design the model accepts, e.g. an option the target cannot
   * express ('target-option-unsupported'). Never throws; an option is never dropped silently.
   */
  check(design: Design): Finding[];
  /** The target's files for a design that passed validateDesign and this target's check. */
  render(design: ValidDesign, ctx?: ExportContext): ExportFile[];
}
