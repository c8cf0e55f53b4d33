/**
 * The registry of export targets: the UI and the command line list targets from here, so a new
 * target is one file plus one line in this list.
 */
import type { ExportTarget } from '../types';
import { rhel5Target } from './rhel5';

/** Every export target, in the order the UI and `bondsmith targets` list them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [rhel5Target];

/** The target with this id, or undefined. */
export function findTarget(id: string): ExportTarget | undefined {
  return EXPORT_TARGETS.find((target) => target.id === id);
}
