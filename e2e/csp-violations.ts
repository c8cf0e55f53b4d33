/**
 * Records the page's Content-Security-Policy violations from before its first script runs, so a
 * spec can assert that the app did nothing the policy refuses.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** The page's globals used here (the e2e tsconfig has no DOM lib). */
interface ViolationLog {
  cspViolations: string[];
  addEventListener(
    type: 'securitypolicyviolation',
    listener: (event: { violatedDirective: string; blockedURI: string }) => void,
  ): void;
}

/** Makes every page of `target` log its violations ("directive blocked-uri"). */
export async function recordViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const log = globalThis as unknown as ViolationLog;
    log.cspViolations = [];
    log.addEventListener('securitypolicyviolation', (event) => {
      log.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

/** The violations the current document of `page` has logged so far. */
export async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as ViolationLog).cspViolations);
}
