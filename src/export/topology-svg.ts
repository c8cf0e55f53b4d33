/**
 * The topology picture: a self-contained SVG of the host, its bonds (mode, addressing, MTU) with
 * their slaves underneath, and the NICs left out. Laid out from the design's order alone (never
 * from canvas positions), so the same design always gives the same bytes.
 */
import { BOND_MODE_INFO } from '../model/bond-modes';
import type { Bond, Design, Nic, ValidDesign } from '../model/types';
import { TOPOLOGY_LABELS, type TopologyLabels, type TopologyLanguage } from './topology-labels';

/** Options of renderTopologySvg. */
export interface TopologySvgOptions {
  /** Language of the labels; English when absent. */
  language?: TopologyLanguage;
}

const FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const PAD = 24;
const HEADER = 48;
const COLUMN = 360;
const GAP = 32;
const INDENT = 24;
const LINE = 18;
const BOX_PAD = 10;
const BASELINE = 13;
const SPACING = 16;
/** Longest label in characters; a model name beyond it ends in '…'. */
const MAX_LABEL = 42;

// C0/C1 controls (newlines included), bidi marks, overrides and isolates, and what XML 1.0 cannot
// hold (lone surrogates, U+FFFE/U+FFFF) would break or reorder the picture; each shows as U+FFFD.
const UNSAFE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f],
  [0x007f, 0x009f],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xd800, 0xdfff],
  [0xfffe, 0xffff],
];

function inert(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return UNSAFE_RANGES.some(([low, high]) => code >= low && code <= high) ? '\ufffd' : char;
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0');
}

// Any code unit svgText would change: the unsafe ranges (every surrogate, paired or not, so
// astral text takes the careful path) and the XML specials.
const NEEDS_WORK = new RegExp(
  `[${UNSAFE_RANGES.map(([low, high]) => `\\u${hex4(low)}-\\u${hex4(high)}`).join('')}&<>"']`,
);

/** Makes design text inert, cuts it to `max` characters with '…', and escapes it for XML. */
export function svgText(text: string, max = MAX_LABEL): string {
  // Most labels are short plain text: returned as they are without splitting them.
  if (text.length <= max && !NEEDS_WORK.test(text)) return text;
  // Spreading splits by code point, so a lone surrogate arrives alone and astral text stays whole.
  const chars = [...text].map(inert);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return cut.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

interface TextLine {
  text: string;
  bold?: boolean;
  muted?: boolean;
}

function addressing(bond: Bond, labels: TopologyLabels): string[] {
  const ipv4 = bond.ipv4;
  const mtu = bond.mtu === undefined ? labels.defaultMtu : labels.mtu(bond.mtu);
  if (ipv4?.method === 'static') {
    const gateway = ipv4.gateway === undefined ? [] : [labels.gateway(ipv4.gateway)];
    return [labels.staticIpv4(ipv4.address, ipv4.prefix), ...gateway, mtu];
  }
  return [ipv4?.method === 'dhcp' ? labels.dhcp : labels.noIpv4, mtu];
}

function bondLines(bond: Bond, labels: TopologyLabels): TextLine[] {
  const mode = labels.mode(bond.mode, BOND_MODE_INFO[bond.mode].number);
  return [
    { text: bond.name, bold: true },
    { text: mode },
    ...addressing(bond, labels).map((text) => ({ text })),
  ];
}

function nicLines(name: string, nic: Nic | undefined, primary: boolean, labels: TopologyLabels) {
  const driver = nic?.driver === undefined ? labels.unknownDriver : labels.driver(nic.driver);
  const speed = nic?.speed === undefined ? [] : [labels.speed(nic.speed)];
  const lines: TextLine[] = [
    { text: primary ? `${name} · ${labels.primary}` : name, bold: true },
    { text: nic?.model ?? labels.unknownModel, muted: nic?.model === undefined },
    { text: [driver, ...speed].join(' · ') },
  ];
  return lines;
}

function boxHeight(lines: readonly TextLine[]): number {
  return BOX_PAD * 2 + lines.length * LINE;
}

function box(x: number, y: number, width: number, lines: readonly TextLine[], kind: string) {
  const style: Record<string, string> = {
    bond: 'fill="#e5eefb" stroke="#1f5fbf" stroke-width="2"',
    slave: 'fill="#ffffff" stroke="#555d69"',
    free: 'fill="#ffffff" stroke="#555d69" stroke-dasharray="6 4"',
  };
  const texts = lines.map((line, index) => {
    const weight = line.bold ? ' font-weight="bold"' : '';
    const fill = line.muted ? '#555d69' : '#1d2127';
    const baseline = y + BOX_PAD + BASELINE + index * LINE;
    return `<text x="${x + BOX_PAD}" y="${baseline}" fill="${fill}"${weight}>${svgText(line.text)}</text>`;
  });
  return [
    `<g class="${kind}">`,
    `<rect x="${x}" y="${y}" width="${width}" height="${boxHeight(lines)}" rx="6" ${style[kind] ?? ''}/>`,
    ...texts,
    '</g>',
  ];
}

interface Column {
  parts: string[];
  height: number;
}

function bondColumn(design: Design, bond: Bond, x: number, top: number, labels: TopologyLabels) {
  const lines = bondLines(bond, labels);
  const bondBottom = top + boxHeight(lines);
  const parts = box(x, top, COLUMN, lines, 'bond');
  let y = bondBottom + SPACING;
  if (bond.slaves.length === 0) {
    parts.push(
      `<text x="${x + INDENT}" y="${y + BASELINE}" fill="#555d69">${svgText(labels.noSlaves)}</text>`,
    );
    return { parts, height: y + LINE - top };
  }
  for (const slave of bond.slaves) {
    const nic = design.nics.find((candidate) => candidate.name === slave);
    const slaveLines = nicLines(slave, nic, bond.options.primary === slave, labels);
    const middle = y + Math.floor(boxHeight(slaveLines) / 2);
    parts.push(
      `<path d="M${x + INDENT / 2} ${bondBottom}V${middle}H${x + INDENT}" fill="none" stroke="#555d69" stroke-width="2"/>`,
      ...box(x + INDENT, y, COLUMN - INDENT, slaveLines, 'slave'),
    );
    y += boxHeight(slaveLines) + SPACING;
  }
  return { parts, height: y - SPACING - top };
}

function freeColumn(free: readonly Nic[], x: number, top: number, labels: TopologyLabels): Column {
  const parts = [
    `<text x="${x}" y="${top + BASELINE}" fill="#1d2127" font-weight="bold">${svgText(labels.freeNics)}</text>`,
  ];
  let y = top + LINE + SPACING / 2;
  for (const nic of free) {
    const lines = nicLines(nic.name, nic, false, labels);
    parts.push(...box(x, y, COLUMN, lines, 'free'));
    y += boxHeight(lines) + SPACING;
  }
  return { parts, height: y - SPACING - top };
}

function description(design: Design, free: readonly Nic[], labels: TopologyLabels): string {
  const bonds = design.bonds.map((bond) => {
    const slaves =
      bond.slaves.length === 0
        ? labels.noSlaves
        : labels.slaves(bond.slaves.join(labels.listSeparator));
    const primary =
      bond.options.primary === undefined ? [] : [`${labels.primary} ${bond.options.primary}`];
    const mode = labels.mode(bond.mode, BOND_MODE_INFO[bond.mode].number);
    return labels.describeBond(bond.name, [mode, slaves, ...primary, ...addressing(bond, labels)]);
  });
  const rest =
    free.length === 0
      ? []
      : [labels.describeFree(free.map((nic) => nic.name).join(labels.listSeparator))];
  return [...bonds, ...rest].join(' ');
}

/**
 * The design as a standalone SVG document (no scripts, no external references): bonds in a row
 * in design order, their slaves below them, the NICs in no bond in a last column. Every piece of
 * design text is made inert, truncated and XML-escaped.
 * @example renderTopologySvg(design, { language: 'zh-CN' }).startsWith('<?xml') === true
 */
export function renderTopologySvg(
  design: ValidDesign | Design,
  opts: TopologySvgOptions = {},
): string {
  const labels = TOPOLOGY_LABELS[opts.language ?? 'en'];
  const host = design.host?.name || labels.unnamedHost;
  const enslaved = new Set(design.bonds.flatMap((bond) => bond.slaves));
  const free = design.nics.filter((nic) => !enslaved.has(nic.name));
  const top = PAD + HEADER;
  const columns: Column[] = design.bonds.map((bond, index) =>
    bondColumn(design, bond, PAD + index * (COLUMN + GAP), top, labels),
  );
  if (free.length > 0) {
    columns.push(freeColumn(free, PAD + columns.length * (COLUMN + GAP), top, labels));
  }
  const count = Math.max(columns.length, 1);
  const width = PAD * 2 + count * COLUMN + (count - 1) * GAP;
  const height = top + Math.max(0, ...columns.map((column) => column.height)) + PAD;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="topology-title topology-desc" font-family="${FONT}" font-size="13">`,
    `<title id="topology-title">${svgText(labels.title(host), 120)}</title>`,
    `<desc id="topology-desc">${svgText(description(design, free, labels), 4000)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 18}" font-size="18" font-weight="bold" fill="#1d2127">${svgText(labels.host(host))}</text>`,
    ...columns.flatMap((column) => column.parts),
    '</svg>',
    '',
  ].join('\n');
}
