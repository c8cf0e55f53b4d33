import { describe, expect, it } from 'vitest';
import { readExpected } from '../cli/testing/expected-files';
import { createSeedDesign } from '../model/defaults';
import { attachNic, setIpv4, setMtu } from '../model/topology';
import type { Design } from '../model/types';
import { buildBundle, TOPOLOGY_FILE } from './bundle';
import { asValid, seedDesign, twoBondDesign } from './testing/designs';
import { renderTopologySvg } from './topology-svg';

describe('buildBundle', () => {
  it.each([
    ['seed', seedDesign()],
    ['two-bonds', twoBondDesign()],
  ])('renders %s into rhel5/… exactly as __expected__', (caseName, design) => {
    const result = buildBundle(design, ['rhel5']);
    expect(result.ok).toBe(true);
    const files = result.ok ? result.files : [];
    const expected = readExpected(caseName);
    expect(
      Object.fromEntries(files.map((f) => [f.path, { contents: f.contents, mode: f.mode }])),
    ).toEqual(Object.fromEntries(expected));
    expect(result.findings).toEqual([]);
  });

  it('renders the app’s seed, edited as the seed write-up does, exactly as __expected__/seed', () => {
    let design = createSeedDesign();
    design = attachNic(design, 'eth0', 'bond0');
    design = attachNic(design, 'eth1', 'bond0');
    design = setIpv4(design, 'bond0', {
      method: 'static',
      address: '192.168.1.3',
      prefix: 24,
      gateway: '192.168.1.1',
    });
    design = setMtu(design, 'bond0', 1500);
    const result = buildBundle(design, ['rhel5']);
    const files = result.ok ? result.files : [];
    expect(
      Object.fromEntries(files.map((f) => [f.path, { contents: f.contents, mode: f.mode }])),
    ).toEqual(Object.fromEntries(readExpected('seed')));
  });

  it('renders a target named twice once', () => {
    const result = buildBundle(seedDesign(), ['rhel5', 'rhel5']);
    expect(result.ok && result.files.length).toBe(7);
  });

  it('puts the topology picture, in the bundle’s language, last in every target folder', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const result = buildBundle(twoBondDesign(), ['rhel5', 'netplan'], { language });
      const files = result.ok ? result.files : [];
      const picture = renderTopologySvg(asValid(twoBondDesign()), { language });
      for (const target of ['rhel5', 'netplan']) {
        const folder = files.filter((f) => f.path.startsWith(`${target}/`));
        expect(folder.at(-1)).toEqual({
          path: `${target}/${TOPOLOGY_FILE}`,
          contents: picture,
          mode: 0o644,
        });
      }
    }
    const english = buildBundle(twoBondDesign(), ['rhel5']);
    expect(english.ok && english.files.at(-1)?.contents).toContain('Host db1');
    const chinese = buildBundle(twoBondDesign(), ['rhel5'], { language: 'zh-CN' });
    expect(chinese.ok && chinese.files.at(-1)?.contents).toContain('主机 db1');
  });

  it.each<[string, (d: Design) => void, string[], { code: string; path: string }]>([
    [
      'a model error',
      (d) => {
        d.bonds[0]!.ipv4 = {
          method: 'static',
          address: '192.168.1.3',
          prefix: 24,
          gateway: '10.0.0.1',
        };
      },
      ['rhel5'],
      { code: 'ipv4-gateway-outside-subnet', path: '/bonds/0/ipv4/gateway' },
    ],
    [
      'a target refusal',
      (d) => void (d.bonds[0]!.options.all_slaves_active = 'on'),
      ['rhel5'],
      { code: 'target-option-unsupported', path: '/bonds/0/options/all_slaves_active' },
    ],
    [
      'an unknown target',
      () => undefined,
      ['rhel5', 'solaris'],
      { code: 'target-unknown', path: '' },
    ],
  ])('refuses %s and renders nothing', (_name, change, targets, finding) => {
    const design = seedDesign();
    change(design);
    const result = buildBundle(design, targets);
    expect(result.ok).toBe(false);
    expect('files' in result).toBe(false);
    expect(result.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', ...finding }),
    );
  });

  it('passes warnings through with the files', () => {
    const design = seedDesign();
    design.bonds[0]!.slaves = ['eth0'];
    const result = buildBundle(design, ['rhel5']);
    expect(result.ok).toBe(true);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('mentions the date in the README only when the caller passes one', () => {
    const readme = (generatedAt?: string): string | undefined => {
      const result = buildBundle(seedDesign(), ['rhel5'], generatedAt ? { generatedAt } : {});
      return result.ok
        ? result.files.find((f) => f.path === 'rhel5/README.txt')?.contents
        : undefined;
    };
    expect(readme('2024-05-01')?.split('\n').slice(0, 3)).toEqual([
      'Bondsmith bundle for Red Hat Enterprise Linux 5 / CentOS 5 (target rhel5)',
      'Host: x3650',
      'Generated: 2024-05-01',
    ]);
    expect(readme()).not.toContain('Generated:');
  });
});

describe('buildBundle on designs the model refuses (found by src/fuzz)', () => {
  it.each([
    ['a mode given as text "4"', (d: Design) => Object.assign(d.bonds[0]!, { mode: '4' })],
    ['options that are no object', (d: Design) => Object.assign(d.bonds[0]!, { options: 5 })],
  ])('refuses %s with model findings and runs no target check', (_name, change) => {
    const design = seedDesign();
    change(design);
    const result = buildBundle(design, ['ansible', 'rhel5', 'netplan']);
    expect(result.ok).toBe(false);
    expect(result.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(result.findings.every((f) => !f.code.startsWith('target-'))).toBe(true);
  });
});
