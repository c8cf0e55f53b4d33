/**
 * JSON Pointers of the bond fields, so drafts, findings and field ids all name a value the same
 * way the model does (/bonds/<index>/options/<name>).
 */
import type { OptionName } from '../../model/types';

/** Pointer of bond number `index`. */
export function bondPointer(index: number): string {
  return `/bonds/${index}`;
}

/** Pointer of one option of bond number `index`. */
export function optionPointer(index: number, name: OptionName): string {
  return `/bonds/${index}/options/${name}`;
}
