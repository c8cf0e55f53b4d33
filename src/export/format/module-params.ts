/**
 * Module parameter lists (`miimon=100 mode=1`) as modprobe.conf `options` lines and initscripts'
 * BONDING_OPTS take them: space-separated key=value words, each a plain word without quoting.
 */
import { assertOneLine } from './line-safety';

const PARAM_KEY = /^[a-z][a-z0-9_]*$/;
// No '=', '#', quotes or whitespace: modprobe splits on whitespace and knows no quoting here.
const PARAM_VALUE = /^[A-Za-z0-9_.:,+-]+$/;

/**
 * Joins parameters in the given order; throws on a key or value that could split or end the line.
 * @example formatModuleParams([['miimon', '100'], ['mode', '1']]) === 'miimon=100 mode=1'
 */
export function formatModuleParams(
  params: readonly (readonly [key: string, value: string])[],
): string {
  return params
    .map(([key, value]) => {
      if (!PARAM_KEY.test(key) || !PARAM_VALUE.test(assertOneLine(value, `parameter ${key}`))) {
        throw new Error(`unsafe module parameter: ${JSON.stringify(`${key}=${value}`)}`);
      }
      return `${key}=${value}`;
    })
    .join(' ');
}

const WORD = /^[A-Za-z0-9_.:@,+-]+$/;

/**
 * One word of a modprobe.conf line (a module, alias or interface name); throws when it could
 * split the line or start a comment.
 */
export function moduleWord(word: string): string {
  if (!WORD.test(assertOneLine(word, 'modprobe word'))) {
    throw new Error(`unsafe modprobe word: ${JSON.stringify(word)}`);
  }
  return word;
}
