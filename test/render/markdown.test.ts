import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/render/markdown.js';
import { sampleReport } from '../support/sample-report.js';

/** Cell separators: pipes not escaped with a backslash. */
const separators = (line: string) => line.replace(/\\./g, '').split('|').length - 1;

/** Consecutive lines starting with `|`, each a table. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport());

  it('writes well-formed GitHub tables: same number of cells on every row, a delimiter row second', () => {
    const all = tables(md);
    // criteria + 8 score tables + 7 data tables (step 6 has none) + 3 charts + sources + problems
    expect(all).toHaveLength(1 + 8 + 7 + 3 + 2);
    for (const t of all) {
      const n = separators(t[0]!);
      for (const row of t) expect(separators(row), row).toBe(n);
      expect(t[1]).toMatch(/^\|( -{3}:? \|)+$/);
    }
  });

  it('escapes a pipe inside a cell and in list text', () => {
    expect(md).toContain('| voyage organisé \\| marrakech | 2 | 880 | [/destinations/marrakech/](https://www.atlas-voyages.ma/destinations/marrakech/) | 31 |');
    expect(md).toContain('  - voyage organisé \\| marrakech (best 31/100)');
  });

  it('keeps HTML-looking text as text', () => {
    expect(md).toContain('`title-missing`: Page has no \\<title\\> (9 items)');
    expect(md).not.toMatch(/(^|[^\\])<title>/);
    const r = sampleReport();
    r.steps[3]!.summary = '<script>alert(1)</script> *bold* [x](javascript:alert(1))';
    const out = renderMarkdown(r);
    expect(out).toContain('\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](javascript:alert(1))');
    expect(out).not.toContain('<script>');
  });

  it('has one heading per step, in order, and findings as lists grouped by severity', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 1. Objectives and strategy',
      '## 2. Keywords',
      '## 3. Engines and directories',
      '## 4. Content and structure',
      '## 5. Dedicated landing pages',
      '## 6. Submission',
      '## 7. Evaluation of results',
      '## 8. Periodic audit',
      '## Next actions',
      '## Sources',
      '## Problems in inputs',
    ]);
    const step4 = md.slice(md.indexOf('## 4.'), md.indexOf('## 5.'));
    expect(step4.indexOf('#### Critical (1)')).toBeLessThan(step4.indexOf('#### Warning (1)'));
    expect(step4).toContain(
      '- **CRITICAL** `title-missing`: Page has no \\<title\\> (9 items)\n  - Fix: Give every indexable page a unique \\<title\\> of 30 to 60 characters.\n  - [/circuits/sud/merzouga-3-jours/](https://www.atlas-voyages.ma/circuits/sud/merzouga-3-jours/) — no \\<title\\>',
    );
    expect(step4).toContain('  - … and 4 more');
  });

  it('draws the positions chart as a table with result pages', () => {
    expect(md).toContain('| circuit désert merzouga | 14 (page 2) | not ranked |');
  });

  it('contains no HTML element', () => {
    expect(md).not.toMatch(/(^|[^\\])<[a-z/]/im);
  });
});

describe('renderMarkdown with any text', () => {
  it('keeps every table row well-formed whatever a cell holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (cell, label) => {
        const r = sampleReport();
        r.steps[3]!.tables[0]!.rows[0]!.kind = cell;
        r.steps[3]!.tables[0]!.columns[0]!.label = label;
        const t = tables(renderMarkdown(r).slice(renderMarkdown(r).indexOf('### Pages by status')))[0]!;
        expect(t).toHaveLength(2 + 4);
        for (const row of t) expect(separators(row)).toBe(3);
      }),
      { numRuns: 200 },
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup punctuation and folds newlines', () => {
    expect(escapeMarkdown('a_b*c|d\n  e')).toBe('a\\_b\\*c\\|d e');
    expect(escapeMarkdown('plain words, 42.')).toBe('plain words, 42.');
  });
});
