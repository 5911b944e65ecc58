/**
 * No merge-conflict markers in the project's own text files: a merge once left `<<<<<<< HEAD` in the
 * README's Layout section, which every build and test let through.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SKIP = new Set(['node_modules', 'dist', '.git', 'coverage']);
const TEXT = /\.(ts|mts|mjs|js|json|md|html|css|txt|csv|yml|yaml|sh)$|^run$/;
const MARKER = /^(<{7}|>{7})( |$)|^={7}$/m;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIP.has(e.name)) return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return textFiles(path);
    return TEXT.test(e.name) ? [path] : [];
  });
}

export function filesWithMarkers(files: string[]): string[] {
  return files.filter((f) => MARKER.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
}

describe('merge-conflict markers', () => {
  it('finds a marker where one is', () => {
    expect(MARKER.test('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> threads\n')).toBe(true);
    expect(MARKER.test('a heading\n=======\n')).toBe(true);
    expect(MARKER.test('text with ==== and <<< arrows')).toBe(false);
  });

  it('none are left in the project (README, src, test, schema, scripts, bench, .ci)', () => {
    const dirs = ['src', 'test', 'schema', 'scripts', 'bench', '.ci', 'fixtures'].map((d) => join(ROOT, d));
    const files = [join(ROOT, 'README.md'), ...dirs.flatMap((d) => textFiles(d))];
    expect(files.length).toBeGreaterThan(100);
    expect(filesWithMarkers(files)).toEqual([]);
  });
});
