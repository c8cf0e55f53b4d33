/**
 * The strict Content-Security-Policy of the built page: a Vite plugin (build only, since the dev
 * server's HMR needs inline code) that puts it in index.html as a <meta>, the header text for
 * `vite preview`, and, for the single-file build, sha256 hashes of the inlined script and style.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The policy's directives: nothing from another host, no inline code, no eval, no plugins. */
const DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** Extra sources for script-src and style-src (hashes of inline code in the single-file build). */
export interface InlineSources {
  script?: readonly string[];
  style?: readonly string[];
}

/** The policy text for the <meta> tag (a meta policy cannot carry frame-ancestors). */
export function contentSecurityPolicy(inline: InlineSources = {}): string {
  const extra: Record<string, readonly string[]> = {
    'script-src': inline.script ?? [],
    'style-src': inline.style ?? [],
  };
  return Object.entries(DIRECTIVES)
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/** The policy as an HTTP header, where frame-ancestors also works. */
export const CSP_HEADER = `${contentSecurityPolicy()}; frame-ancestors 'none'`;

/** A CSP source for `text` as the browser hashes it: sha256 of its UTF-8 bytes, base64. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const CHARSET_PATTERN = /<meta charset="[^"]*" ?\/?>/;

/** `html` with the policy meta right after its charset, ahead of every script and stylesheet. */
function withPolicyMeta(html: string, inline: InlineSources = {}): string {
  if (!CHARSET_PATTERN.test(html)) throw new Error('the page has no <meta charset>');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inline)}">`;
  return html.replace(CHARSET_PATTERN, (charset) => `${charset}\n    ${meta}`);
}

/**
 * `html` with a policy that allows exactly the inline <script> (those without src) and <style>
 * elements it holds, by hash. Inlined code escapes "</script" inside scripts, so the first closing
 * tag ends each element.
 */
export function withHashedPolicy(html: string): string {
  const script = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes ?? ''))
    .map(([, , code]) => sha256Source(code ?? ''));
  const style = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, css]) =>
    sha256Source(css ?? ''),
  );
  return withPolicyMeta(html, { script, style });
}

/**
 * Adds the policy meta to the built index.html. With `hashInline` (the single-file build; list it
 * after vite-plugin-singlefile) it adds it once the code is inlined, allowing that code by hash.
 */
export function cspPlugin(options: { hashInline?: boolean } = {}): Plugin {
  const hashInline = options.hashInline === true;
  return {
    name: 'bondsmith:csp',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: (html) => (hashInline ? html : withPolicyMeta(html)),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        if (!hashInline) return;
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html')) {
            const html =
              typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
            file.source = withHashedPolicy(html);
          }
        }
      },
    },
  };
}
