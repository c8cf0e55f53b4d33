/**
 * What the command line shares between commands: its I/O seam (so tests run it in-process),
 * the messages (src/i18n: English, or Chinese under a zh locale) and the two ways of printing
 * findings that the spec fixes:
 * `error  /bonds/0/options/lacp_rate  <message> [code]` lines, or one JSON object.
 */
import type { i18n, TFunction } from 'i18next';
import { importText } from '../i18n/en/import';
import { cli } from '../i18n/en/targets';
import { createI18n } from '../i18n/i18n';
import { findingMessage, type Language } from '../i18n/instance';
import { languageOfTag } from '../i18n/language';
import { importText as zhImportText } from '../i18n/zh-CN/import';
import { zhCN } from '../i18n/zh-CN/index';
import { cli as zhCli } from '../i18n/zh-CN/targets';
import type { Finding } from '../model/types';

/** Where the command line writes and what it resolves relative paths against. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
  /** Where the language comes from (LC_ALL, LC_MESSAGES, LANG); process.env when absent. */
  env?: LocaleEnv;
}

/** Exit statuses of shared/spec/design-and-cli.md. */
export const EXIT = { ok: 0, errors: 1, unusable: 2 } as const;

/** The environment variables the command line reads its language from. */
export type LocaleEnv = Readonly<Record<string, string | undefined>>;

/**
 * The command line's language from the POSIX locale (LC_ALL, else LC_MESSAGES, else LANG):
 * Chinese for a Simplified Chinese locale such as zh_CN.UTF-8, English for anything else.
 */
export function cliLanguage(env: LocaleEnv): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (value) => value !== undefined && value !== '',
  );
  return (locale === undefined ? undefined : languageOfTag(locale)) ?? 'en';
}

/**
 * The i18n instance of the command line, with its own strings and the import notes the app shows
 * too, in the locale's language.
 */
export function createCliI18n(env: LocaleEnv = process.env): i18n {
  const instance = createI18n();
  instance.addResourceBundle('en', 'translation', { cli, import: importText }, true, false);
  instance.addResourceBundle(
    'zh-CN',
    'translation',
    { ...zhCN, cli: zhCli, import: zhImportText },
    true,
    false,
  );
  // Without a backend the switch completes synchronously, before the first message is printed.
  void instance.changeLanguage(cliLanguage(env));
  return instance;
}

// Names and values in a design may hold newlines or terminal escapes; printed raw, they would
// forge extra finding lines or drive the terminal. C0, DEL and C1 are shown escaped.
function isUnprintable(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** `text` with control characters shown as `\u000a`-style escapes. */
export function printable(text: string): string {
  return [...text]
    .map((char) =>
      isUnprintable(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}` : char,
    )
    .join('');
}

/** Writes `text` as lines; control characters inside each line are escaped. */
export function writeLines(stream: CliIo['stdout'], text: string | readonly string[]): void {
  const lines = typeof text === 'string' ? [text] : text;
  stream.write(lines.map((line) => `${printable(line)}\n`).join(''));
}

/** The human form of findings, one line each. */
export function findingLines(t: TFunction, findings: readonly Finding[]): string[] {
  return findings.map(
    (finding) =>
      // The root pointer is the empty string; a token keeps the columns readable.
      `${finding.severity}  ${finding.path === '' ? '(design)' : finding.path}  ${findingMessage(
        t,
        finding,
      )} [${finding.code}]`,
  );
}

/** The JSON form of findings: `{"findings":[{severity, code, path, message}]}`. */
export function findingsJson(t: TFunction, findings: readonly Finding[]): string {
  return JSON.stringify({
    findings: findings.map((finding) => ({
      severity: finding.severity,
      code: finding.code,
      path: finding.path,
      message: findingMessage(t, finding),
    })),
  });
}
