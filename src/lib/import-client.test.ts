/**
 * Tests of runImport where no Worker exists (as in Node, or a page opened from file://): the
 * same import runs on the main thread, and an aborted signal rejects with an AbortError.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runImport } from './import-client';

const BOND = 'DEVICE=bond0\nBONDING_OPTS="mode=1 miimon=100"\n';

describe('runImport without a worker', () => {
  it('imports on the main thread', async () => {
    const outcome = await runImport([{ name: 'ifcfg-bond0', bytes: strToU8(BOND) }]);
    expect(outcome).toEqual({
      ready: true,
      format: 'rhel',
      notes: [],
      findings: [
        {
          severity: 'warning',
          code: 'bond-no-slaves',
          path: '/bonds/0/slaves',
          params: { bond: 'bond0' },
        },
      ],
      design: {
        version: 1,
        nics: [],
        bonds: [{ name: 'bond0', mode: 'active-backup', slaves: [], options: { miimon: 100 } }],
      },
    });
  });

  it('honours the chosen format', async () => {
    const outcome = await runImport([{ name: 'x', bytes: strToU8(BOND) }], { from: 'proc' });
    expect(outcome.ready).toBe(false);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runImport([{ name: 'ifcfg-bond0', bytes: strToU8(BOND) }], { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
