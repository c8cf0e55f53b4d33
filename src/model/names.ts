/**
 * Names that end up in config files, file names and shell commands: interface names, kernel
 * module names, MAC addresses, host names and one-line free text. Authority: kernel
 * dev_valid_name (net/core/dev.c), RFC 1123 for host names.
 */

/** Kernel IFNAMSIZ is 16 bytes including the terminating NUL. */
export const IFNAME_MAX_LENGTH = 15;

/** Why an interface name is refused, for a precise finding. */
export type IfnameProblem =
  | { reason: 'empty' }
  | { reason: 'too-long' }
  | { reason: 'dot' }
  | { reason: 'leading-dash' }
  | { reason: 'char'; char: string };

/*
 * The kernel refuses only '/', ':', whitespace, '.' and '..' (and '%' outside a %d template).
 * Bondsmith is stricter on purpose: a name becomes a file name (ifcfg-<name>), a shell word
 * (rc.local, nmcli scripts) and a value inside quoted config lines, so only letters, digits,
 * '_', '-' and '.' are allowed; that rules out quotes, '$', backticks, ';', control characters and
 * '%' (a name template, not a name). A leading '-' would be read as a command option.
 */
const IFNAME_CHAR = /^[A-Za-z0-9_.-]$/;

/** The first reason `name` is not a usable interface name, or undefined when it is fine. */
export function ifnameProblem(name: string): IfnameProblem | undefined {
  if (name.length === 0) return { reason: 'empty' };
  for (const char of name) {
    if (!IFNAME_CHAR.test(char)) return { reason: 'char', char };
  }
  if (name.length > IFNAME_MAX_LENGTH) return { reason: 'too-long' };
  if (name === '.' || name === '..') return { reason: 'dot' };
  if (name.startsWith('-')) return { reason: 'leading-dash' };
  return undefined;
}

/** True when `name` is a valid interface name (see `ifnameProblem`). */
export function isValidIfname(name: string): boolean {
  return ifnameProblem(name) === undefined;
}

/**
 * Shows a character so a person can see it in a message, even when it is a control character.
 * @example describeChar('\n') // 'U+000A'
 */
export function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code > 0x20 && code < 0x7f) return char;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for a kernel module name as modprobe takes it (MODULE_NAME_LEN is 56 with the NUL). */
export function isValidModuleName(name: string): boolean {
  return /^[A-Za-z0-9_-]{1,55}$/.test(name);
}

/** True for a colon-separated 48-bit MAC address, e.g. "00:1a:64:6a:55:98". */
export function isValidMac(text: string): boolean {
  return /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}$/.test(text);
}

/** True when a valid MAC has the group bit set (a multicast or broadcast address). */
export function isMulticastMac(text: string): boolean {
  return isValidMac(text) && (parseInt(text.slice(0, 2), 16) & 1) === 1;
}

/** True for an RFC 1123 host name: dot-separated labels of 1–63 letters, digits or '-'. */
export function isValidHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name
    .split('.')
    .every((label) => /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/.test(label));
}

/** Longest free text (e.g. a NIC model) that is written into a config comment. */
export const ONE_LINE_MAX_LENGTH = 200;

/**
 * True when free text can sit on one comment line of a config file: no control characters
 * (C0, DEL, C1) and no Unicode line or paragraph separators, which editors treat as line breaks.
 */
export function isOneLineText(text: string): boolean {
  return text.length <= ONE_LINE_MAX_LENGTH && ![...text].some(isControlChar);
}

/** True for a C0 or C1 control character, DEL, or a Unicode line/paragraph separator. */
export function isControlChar(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
