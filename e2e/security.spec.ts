/**
 * The strict Content-Security-Policy is in force on the built page (as a meta tag and as the
 * preview server's header), the whole app works under it without one violation, eval is refused,
 * and neither the static HTML nor the source holds inline code or HTML injection.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordViolations, violations } from './csp-violations';
import { expect, test as base } from './fixtures';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; " +
  "base-uri 'none'; form-action 'none'";

const SRC_DIR = fileURLToPath(new URL('../src/', import.meta.url));

/** Patterns that would let text become code or markup. */
const FORBIDDEN =
  /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\s*\(|new\s+Function\b|setTimeout\(\s*['"`]/;

/* Every page records its policy violations from before the app's first script runs. */
const test = base.extend({
  page: async ({ page }, use) => {
    await recordViolations(page);
    await use(page);
  },
});

test('the built page carries the policy as a meta tag and as a header, and no inline code', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    POLICY,
  );
  const html = (await response?.text()) ?? '';
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/<style/i);
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
});

test('the whole app runs under the policy without a violation', async ({
  page,
  canvas,
  bondPanel,
  exportDialog,
  lab,
}) => {
  // One journey through every view and the lazily loaded exporters.
  test.slow();
  await canvas.dragNicOntoBond('eth0', 'bond0');
  await canvas.memberOf('eth1').selectOption('bond0');
  await expect(canvas.slaves('bond0')).toHaveText([/eth0/, /eth1/]);
  await canvas.bond('bond0').click();
  await bondPanel.chooseMode('balance-xor');
  await expect(bondPanel.modeRadio('balance-xor')).toBeChecked();

  await exportDialog.open();
  const download = await exportDialog.download();
  expect(download.suggestedFilename()).toBe('bondsmith-x3650.zip');
  await exportDialog.close();

  await lab.openView('Lab');
  await lab.playback('Step one packet').click();
  await expect(lab.section('Why this slave')).toContainText('Sent on:');
  await lab.openView('Learn');
  await expect(lab.tour.getByRole('heading', { name: /balance-rr \(mode 0\)/ })).toBeVisible();
  await lab.openView('Design');
  await expect(canvas.bond('bond0')).toBeVisible();

  expect(await violations(page)).toEqual([]);
});

test('the page refuses to turn strings into code', async ({ app }) => {
  // Code run by page.evaluate itself is exempt from the policy (DevTools may evaluate anything):
  // the attempts run later in a timer task of the page, like the app's own code.
  const outcome = await app.page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const attempts = {
          eval: () => globalThis.eval('1') as unknown,
          // eslint-disable-next-line @typescript-eslint/no-implied-eval -- proving it is refused
          Function: () => new Function('return 1') as unknown,
        };
        setTimeout(() => {
          resolve(
            Object.entries(attempts).map(([name, attempt]) => {
              try {
                attempt();
                return `${name} ran`;
              } catch (error) {
                return `${name} ${error instanceof Error ? error.name : 'threw'}`;
              }
            }),
          );
        });
      }),
  );
  expect(outcome).toEqual(['eval EvalError', 'Function EvalError']);
});

test('the source has no HTML injection and no string-to-code', async () => {
  const entries = await readdir(SRC_DIR, { recursive: true, withFileTypes: true });
  const sources = entries.filter((e) => e.isFile() && /(?<!\.test)\.tsx?$/.test(e.name));
  expect(sources.length).toBeGreaterThan(50);
  const offenders: string[] = [];
  for (const entry of sources) {
    const path = join(entry.parentPath, entry.name);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (FORBIDDEN.test(line)) offenders.push(`${relative(SRC_DIR, path)}:${index + 1}`);
    });
  }
  expect(offenders).toEqual([]);
});
