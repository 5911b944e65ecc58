/**
 * No function in src/ over 120 lines (the project's standard: named units instead of long
 * closures). Every function, method, arrow and accessor of every src/**\/*.ts file is measured with
 * the TypeScript compiler's own parse, from its first line to its last.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAX_LINES = 120;
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A function's name as a reader finds it: `Class.method`, the variable an arrow is assigned to, or its line. */
function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  if (node.name) {
    const owner = ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : '';
    return `${owner}${node.name.getText(file)}`;
  }
  if (ts.isVariableDeclaration(node.parent) || ts.isPropertyAssignment(node.parent) || ts.isPropertyDeclaration(node.parent)) return node.parent.name.getText(file);
  return `(anonymous at line ${line})`;
}

export function longFunctions(files: string[], max = MAX_LINES): { where: string; lines: number }[] {
  const found: { where: string; lines: number }[] = [];
  for (const path of files) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const fn = node as ts.FunctionLikeDeclaration;
        const first = file.getLineAndCharacterOfPosition(fn.getStart(file)).line;
        const last = file.getLineAndCharacterOfPosition(fn.getEnd()).line;
        const lines = last - first + 1;
        if (lines > max) found.push({ where: `${relative(ROOT, path)}: ${nameOf(fn, file)}`, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('functions in src/', () => {
  it(`are at most ${MAX_LINES} lines each`, () => {
    const files = sourceFiles(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(100);
    const long = longFunctions(files);
    expect(long).toEqual([]);
  });

  it('are measured: a long method and a long arrow are found by name, a short one is not', () => {
    const body = Array.from({ length: 130 }, (_, i) => `  const v${i} = ${i};`).join('\n');
    const probe = join(mkdtempSync(join(tmpdir(), 'refaudit-length-')), 'probe.ts');
    writeFileSync(probe, `export class Crawl {\n  run(): void {\n${body}\n  }\n}\nexport const short = () => 1;\nexport const long = () => {\n${body}\n};\n`);
    expect(longFunctions([probe]).map((f) => [f.where.replace(/^.*: /, ''), f.lines])).toEqual([
      ['Crawl.run', 132],
      ['long', 132],
    ]);
  });
});
