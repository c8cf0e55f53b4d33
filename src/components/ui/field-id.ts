/**
 * Maps a JSON Pointer into the design to a DOM id, so a finding's path can find its form field.
 * The mapping is injective: '/' becomes '__', '_' becomes '_u', anything outside [A-Za-z0-9-]
 * becomes '_x<hex>_', and the id stays a valid, selector-safe HTML id.
 */

/**
 * The DOM id of the field that edits the value at `pointer`.
 * @example fieldId('/bonds/0/options/lacp_rate') === 'field__bonds__0__options__lacp_urate'
 */
export function fieldId(pointer: string): string {
  let id = 'field';
  for (const char of pointer) {
    if (char === '/') id += '__';
    else if (char === '_') id += '_u';
    else if (/^[A-Za-z0-9-]$/.test(char)) id += char;
    else id += `_x${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return id;
}

/** The id of the element that carries the messages of the field at `pointer`. */
export function messagesId(pointer: string): string {
  return `${fieldId(pointer)}--messages`;
}

/** The id of the element that carries the help text of the field at `pointer`. */
export function helpId(pointer: string): string {
  return `${fieldId(pointer)}--help`;
}
