/**
 * Every English catalogue file has a Simplified Chinese twin with exactly the same keys (plural
 * forms included: zh-CN keeps both `_one` and `_other`, though Chinese only ever uses `_other`),
 * the same {{placeholders}} per key, no empty text, and Chinese rather than copied English.
 */
import { describe, expect, it } from 'vitest';

type Module = Record<string, unknown>;

const EN = import.meta.glob<Module>('./en/*.ts', { eager: true });
const ZH = import.meta.glob<Module>('./zh-CN/*.ts', { eager: true });

// The catalogue files of issue 6; new feature namespaces must bring their twin as well.
const REQUIRED = [
  'export',
  'findings',
  'index',
  'lab',
  'learn',
  'modes',
  'options',
  'panel',
  'targets',
  'ui',
];

// The aggregate catalogue is exported under the language's own name.
const EXPORT_NAMES: Record<string, string> = { zhCN: 'en' };

function fileNames(modules: Record<string, Module>): string[] {
  return Object.keys(modules)
    .map((path) => path.replace(/^.*\/(.+)\.ts$/, '$1'))
    .sort();
}

function moduleOf(modules: Record<string, Module>, folder: string, name: string): Module {
  const module = modules[`./${folder}/${name}.ts`];
  if (module === undefined) throw new Error(`${folder}/${name}.ts is missing`);
  return module;
}

/** Every leaf of a module's exports as `export.key.path` → value. */
function leaves(module: Module): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    } else {
      found.set(path, value);
    }
  };
  for (const [name, value] of Object.entries(module)) walk(value, EXPORT_NAMES[name] ?? name);
  return found;
}

function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/{{\s*([^}]+?)\s*}}/g)].map((match) => match[1] ?? '').sort();
}

const twins = fileNames(EN).filter((name) => ZH[`./zh-CN/${name}.ts`] !== undefined);

describe('catalogue files', () => {
  it('finds the English catalogues of issue 6', () => {
    expect(fileNames(EN)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(fileNames(EN))('en/%s.ts has a zh-CN twin', (name) => {
    expect(fileNames(ZH)).toContain(name);
  });

  it.each(fileNames(ZH))('zh-CN/%s.ts translates an English file', (name) => {
    expect(fileNames(EN)).toContain(name);
  });
});

describe.each(twins)('zh-CN/%s.ts', (name) => {
  const en = leaves(moduleOf(EN, 'en', name));
  const zh = leaves(moduleOf(ZH, 'zh-CN', name));

  it('has exactly the keys of the English file', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('keeps the placeholders of every key', () => {
    const differing = [...en.entries()]
      .filter(
        ([key, text]) =>
          zh.has(key) && placeholders(zh.get(key)).join() !== placeholders(text).join(),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  // A copied English file passes every check above; most real translations carry Han script.
  it('is written in Chinese for the most part', () => {
    const texts = [...zh.values()].map(String);
    const chinese = texts.filter((text) => /\p{Script=Han}/u.test(text));
    expect(chinese.length * 2).toBeGreaterThan(texts.length);
  });

  it('has a non-empty text for every key', () => {
    const empty = [...zh.entries()]
      .filter(([, text]) => typeof text !== 'string' || text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('the parity checks', () => {
  it.each([
    ['Bond {{name}}', ['name']],
    ['{{ count }} of {{total}}, {{count}}', ['count', 'count', 'total']],
    ['no placeholder {name}', []],
  ])('reads the placeholders of %j', (text, expected) => {
    expect(placeholders(text)).toEqual(expected);
  });

  it('walks nested exports into dotted paths, renaming the aggregate export', () => {
    const found = leaves({ zhCN: { a: { b: 'x' } }, cli: { c: 'y', d: ['z'] } });
    expect([...found.entries()]).toEqual([
      ['en.a.b', 'x'],
      ['cli.c', 'y'],
      ['cli.d.0', 'z'],
    ]);
  });
});
