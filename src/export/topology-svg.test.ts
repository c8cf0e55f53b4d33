// @vitest-environment jsdom
/**
 * Tests of the topology picture: the exact SVG of the app's seed, well-formedness under a strict
 * XML parser, hostile design text kept inert, the Chinese labels and layout independence.
 */
import { describe, expect, it } from 'vitest';
import { createSeedDesign } from '../model/defaults';
import { attachNic, setIpv4, setMtu, setOption } from '../model/topology';
import type { Design } from '../model/types';
import { twoBondDesign } from './testing/designs';
import { renderTopologySvg, svgText } from './topology-svg';

function seedWithSlaves(): Design {
  return attachNic(attachNic(createSeedDesign(), 'eth0', 'bond0'), 'eth1', 'bond0');
}

/** Parses strictly as XML; returns the document or throws with the parser's complaint. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent ?? 'parsererror');
  return doc;
}

function texts(doc: Document): string[] {
  return [...doc.getElementsByTagName('text')].map((node) => node.textContent ?? '');
}

const SEED_SVG = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<svg xmlns="http://www.w3.org/2000/svg" width="408" height="368" viewBox="0 0 408 368" role="img" aria-labelledby="topology-title topology-desc" font-family="system-ui, -apple-system, \'Segoe UI\', Roboto, \'Noto Sans\', \'Noto Sans CJK SC\', \'Microsoft YaHei\', sans-serif" font-size="13">',
  '<title id="topology-title">Bondsmith bond topology of host x3650</title>',
  '<desc id="topology-desc">bond0: active-backup (mode 1), slaves eth0, eth1, no IPv4 address, MTU default.</desc>',
  '<rect width="408" height="368" fill="#ffffff"/>',
  '<text x="24" y="42" font-size="18" font-weight="bold" fill="#1d2127">Host x3650</text>',
  '<g class="bond">',
  '<rect x="24" y="72" width="360" height="92" rx="6" fill="#e5eefb" stroke="#1f5fbf" stroke-width="2"/>',
  '<text x="34" y="95" fill="#1d2127" font-weight="bold">bond0</text>',
  '<text x="34" y="113" fill="#1d2127">active-backup (mode 1)</text>',
  '<text x="34" y="131" fill="#1d2127">no IPv4 address</text>',
  '<text x="34" y="149" fill="#1d2127">MTU default</text>',
  '</g>',
  '<path d="M36 164V217H48" fill="none" stroke="#555d69" stroke-width="2"/>',
  '<g class="slave">',
  '<rect x="48" y="180" width="336" height="74" rx="6" fill="#ffffff" stroke="#555d69"/>',
  '<text x="58" y="203" fill="#1d2127" font-weight="bold">eth0</text>',
  '<text x="58" y="221" fill="#1d2127">Broadcom Corporation NetXtreme II BCM5708…</text>',
  '<text x="58" y="239" fill="#1d2127">driver bnx2 · 1000 Mb/s</text>',
  '</g>',
  '<path d="M36 164V307H48" fill="none" stroke="#555d69" stroke-width="2"/>',
  '<g class="slave">',
  '<rect x="48" y="270" width="336" height="74" rx="6" fill="#ffffff" stroke="#555d69"/>',
  '<text x="58" y="293" fill="#1d2127" font-weight="bold">eth1</text>',
  '<text x="58" y="311" fill="#1d2127">Broadcom Corporation NetXtreme II BCM5708…</text>',
  '<text x="58" y="329" fill="#1d2127">driver bnx2 · 1000 Mb/s</text>',
  '</g>',
  '</svg>',
  '',
].join('\n');

describe('renderTopologySvg', () => {
  it('draws the seed with eth0 and eth1 attached exactly', () => {
    expect(renderTopologySvg(seedWithSlaves())).toBe(SEED_SVG);
  });

  it('ignores canvas positions', () => {
    const moved = { ...seedWithSlaves(), layout: { 'bond:bond0': { x: 900, y: -40 } } };
    expect(renderTopologySvg(moved)).toBe(SEED_SVG);
  });

  it.each<[string, Design]>([
    ['the seed', seedWithSlaves()],
    ['two bonds', twoBondDesign()],
    ['an empty design', { version: 1, nics: [], bonds: [] }],
  ])('is well-formed XML with a title and a description: %s', (_name, design) => {
    for (const language of ['en', 'zh-CN'] as const) {
      const doc = parseXml(renderTopologySvg(design, { language }));
      const svg = doc.documentElement;
      expect(svg.localName).toBe('svg');
      expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
      expect(svg.getAttribute('viewBox')).toBe(
        `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`,
      );
      expect(doc.getElementsByTagName('title')[0]?.textContent).toContain('Bondsmith');
      expect(doc.getElementsByTagName('desc')).toHaveLength(1);
      expect(doc.getElementsByTagName('script')).toHaveLength(0);
      expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
      expect(svg.outerHTML).not.toMatch(/href|url\(/);
    }
  });

  it('shows the addressing, MTU and primary of each bond', () => {
    let design = seedWithSlaves();
    design = setIpv4(design, 'bond0', {
      method: 'static',
      address: '192.168.1.3',
      prefix: 24,
      gateway: '192.168.1.1',
    });
    design = setMtu(design, 'bond0', 1500);
    design = setOption(design, 'bond0', 'primary', 'eth1');
    expect(texts(parseXml(renderTopologySvg(design))).slice(0, 9)).toEqual([
      'Host x3650',
      'bond0',
      'active-backup (mode 1)',
      'IPv4 192.168.1.3/24',
      'gateway 192.168.1.1',
      'MTU 1500',
      'eth0',
      'Broadcom Corporation NetXtreme II BCM5708…',
      'driver bnx2 · 1000 Mb/s',
    ]);
    expect(texts(parseXml(renderTopologySvg(design)))[9]).toBe('eth1 · primary');
  });

  it('shows DHCP, no address and free NICs apart, in Chinese', () => {
    const design = twoBondDesign();
    design.bonds[0]!.slaves = ['eth0'];
    design.bonds[0]!.ipv4 = { method: 'none' };
    const doc = parseXml(renderTopologySvg(design, { language: 'zh-CN' }));
    expect(texts(doc)).toEqual(
      expect.arrayContaining([
        '主机 db1',
        'balance-xor（模式 2）',
        '无 IPv4 地址',
        '802.3ad（模式 4）',
        'IPv4 由 DHCP 分配',
        'MTU 9000',
        '未加入绑定的网卡',
      ]),
    );
    const free = [...doc.getElementsByTagName('g')].filter(
      (g) => g.getAttribute('class') === 'free',
    );
    expect(free.map((g) => g.getElementsByTagName('text')[0]?.textContent)).toEqual(['eth1']);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(
      'Bondsmith 绘制的主机 db1 绑定拓扑',
    );
  });

  it('says when a bond has no slaves and the host has no name', () => {
    const design = createSeedDesign();
    delete design.host;
    const doc = parseXml(renderTopologySvg(design));
    expect(texts(doc)).toEqual(
      expect.arrayContaining(['Host (unnamed)', 'no slaves', 'NICs not in a bond']),
    );
  });
});

describe('hostile design text', () => {
  const HOSTILE = `'"/><script>x</script>&amp;\n<!--`;

  it.each<[string, string, string]>([
    ['XML markup', `a<b>&"'`, 'a&lt;b&gt;&amp;&quot;&apos;'],
    ['a newline', 'eth0\nbond9', 'eth0\ufffdbond9'],
    ['a right-to-left override', 'abc\u202edef', 'abc\ufffddef'],
    ['a NUL', 'a\u0000b', 'a\ufffdb'],
    ['a lone surrogate', 'a\ud800b', 'a\ufffdb'],
    ['a long name', 'x'.repeat(60), `${'x'.repeat(41)}…`],
    ['a long name of astral characters', '😀'.repeat(50), `${'😀'.repeat(41)}…`],
    ['plain text', 'eth0', 'eth0'],
  ])('svgText keeps %s inert', (_name, input, output) => {
    expect(svgText(input)).toBe(output);
  });

  it('keeps hostile host, NIC model and driver text inside their <text> elements', () => {
    const design = seedWithSlaves();
    design.host = { name: HOSTILE };
    design.nics[0]!.model = HOSTILE;
    design.nics[0]!.driver = '\u202eevil';
    const svg = renderTopologySvg(design);
    const doc = parseXml(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('\u202e');
    expect(texts(doc)[0]).toBe(`Host '"/><script>x</script>&amp;\ufffd<!--`);
    expect(texts(doc)).toContain(`'"/><script>x</script>&amp;\ufffd<!--`);
    expect(texts(doc)).toContain('driver \ufffdevil · 1000 Mb/s');
  });
});
