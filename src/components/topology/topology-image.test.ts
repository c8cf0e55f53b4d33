// Picture file names must be safe whatever the host name holds; the data: URL must round-trip.
import { describe, expect, it } from 'vitest';
import { svgDataUrl, topologyFileName } from './topology-image';

describe('topologyFileName', () => {
  it.each<[string | undefined, 'svg' | 'png', string]>([
    ['x3650', 'svg', 'x3650-topology.svg'],
    ['x3650', 'png', 'x3650-topology.png'],
    ['web-01.example.com', 'svg', 'web-01.example.com-topology.svg'],
    [undefined, 'svg', 'topology.svg'],
    ['', 'png', 'topology.png'],
    ['..', 'svg', 'topology.svg'],
    ['../../etc/passwd', 'svg', 'etc-passwd-topology.svg'],
    ['a b$(rm -rf)`x`', 'png', 'a-b-rm--rf-x-topology.png'],
    ['主机', 'svg', 'topology.svg'],
  ])('names the picture of %j as %s: %s', (host, extension, expected) => {
    expect(topologyFileName(host, extension)).toBe(expected);
  });
});

describe('svgDataUrl', () => {
  it('encodes the whole document, markup and non-ASCII text included', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>主机 #1 & 100%</text></svg>';
    const url = svgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(url).not.toMatch(/[<>#" ]/);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
  });
});
