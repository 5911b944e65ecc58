/**
 * The layers of src/, read from the import lines: a folder imports only from its own layer or the
 * layers below it, and no two folders import each other, directly or round a cycle. A new folder
 * must be given its place in LAYERS before anything imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/**
 * Bottom first. A layer may import from the layers before it, never from one after it.
 * - shared: types and vocabulary several layers use (figure origins, report messages).
 * - history sits above the report: it stores and compares reports, and builds step 8 from that.
 * - render sits above i18n and report: it only words and formats what the report holds.
 */
const LAYERS: string[][] = [
  ['util', 'types', 'version', 'shared'],
  ['text', 'data', 'serve'],
  ['site'],
  ['crawl'],
  ['analyze'],
  ['inputs'],
  ['config'],
  ['rules'],
  ['i18n'],
  ['report'],
  ['render'],
  ['history'],
  ['pipeline'],
  ['cli'],
];

const rankOf = new Map(LAYERS.flatMap((units, rank) => units.map((u) => [u, rank] as const)));

/** The unit a path under src/ belongs to: its top folder, or a top-level file's name. */
const unitOf = (path: string) => path.split('/')[0]!.replace(/\.ts$/, '');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

interface Edge {
  from: string;
  to: string;
  /** file → imported file, both relative to src/. */
  where: string;
}

/** Every import of another unit: static (import/export ... from), dynamic (import('...')), JSON included. */
function importEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const self = relative(SRC, file);
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)) {
      const target = normalize(join(dirname(self), m[1]!));
      const from = unitOf(self);
      const to = unitOf(target);
      if (from !== to) edges.push({ from, to, where: `${self} → ${target}` });
    }
  }
  return edges;
}

/** The cycles among units, each as the list of units round it (first one repeated at the end). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) (next.get(e.from) ?? next.set(e.from, new Set()).get(e.from)!).add(e.to);
  const found = new Map<string, string[]>();
  const walk = (unit: string, path: string[]) => {
    for (const to of next.get(unit) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const loop = path.slice(at);
        // One entry a cycle, whichever unit it was entered from.
        const start = loop.indexOf([...loop].sort()[0]!);
        const key = [...loop.slice(start), ...loop.slice(0, start)];
        found.set(key.join(' → '), [...key, key[0]!]);
      } else walk(to, [...path, to]);
    }
  };
  for (const unit of next.keys()) walk(unit, [unit]);
  return [...found.values()];
}

describe('layers of src/', () => {
  const edges = importEdges();

  it('reads the imports (the test would pass on nothing otherwise)', () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((e) => e.from === 'cli' && e.to === 'pipeline')).toBe(true);
    expect(edges.some((e) => e.where === 'pipeline/audit.ts → report/build.js')).toBe(true);
  });

  it('gives every folder of src/ a layer', () => {
    const units = new Set(sourceFiles(SRC).map((f) => unitOf(relative(SRC, f))));
    expect([...units].filter((u) => !rankOf.has(u))).toEqual([]);
  });

  it('imports only from the same layer or below', () => {
    const up = edges.filter((e) => rankOf.get(e.to)! > rankOf.get(e.from)!).map((e) => `${e.from} imports ${e.to}: ${e.where}`);
    expect(up).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });

  it('finds a back-edge and a cycle when there is one', () => {
    const planted = [...edges, { from: 'site', to: 'report', where: 'planted' }];
    expect(planted.filter((e) => rankOf.get(e.to)! > rankOf.get(e.from)!).map((e) => e.where)).toEqual(['planted']);
    expect(cycles([{ from: 'a', to: 'b', where: '' }, { from: 'b', to: 'c', where: '' }, { from: 'c', to: 'a', where: '' }])).toEqual([['a', 'b', 'c', 'a']]);
  });
});
