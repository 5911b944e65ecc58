import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { truncate, wrap } from '../../src/render/text-layout.js';
import { sampleReport } from '../support/sample-report.js';

const ANSI = /\u001b\[[0-9;]*m/;
const columns = (line: string) => [...stripVTControlCharacters(line)].length;

describe('renderText', () => {
  const plain = renderText(sampleReport(), { color: false });
  const lines = plain.split('\n');

  it('fits every line in 80 columns', () => {
    const over = lines.filter((l) => columns(l) > 80);
    expect(over).toEqual([]);
    // The long evidence URL is cut, not wrapped or dropped.
    expect(plain).toContain('      - /destinations/fes/medina/visite-guidee-des-souks-et-des-tanneries-choua…');
  });

  it('fits narrower and wider terminals too', () => {
    for (const width of [40, 60, 120]) {
      const out = renderText(sampleReport(), { color: true, width });
      expect(out.split('\n').filter((l) => columns(l) > width)).toEqual([]);
    }
  });

  it('has no ANSI codes without colour, and has them with colour', () => {
    expect(ANSI.test(plain)).toBe(false);
    const coloured = renderText(sampleReport(), { color: true });
    expect(ANSI.test(coloured)).toBe(true);
    // Colour adds nothing but escapes: the words are the same.
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('has the header with the three criteria and their origins', () => {
    expect(lines[0]).toBe('refaudit 0.1.0 - référencement audit');
    expect(lines[1]).toBe('Site      https://www.atlas-voyages.ma/ (142 pages crawled)');
    expect(plain).toContain('Date      2026-11-24 06:00 UTC');
    expect(plain).toContain('  Coverage    78/100   model: engine-audience.json (2026-10)');
    expect(plain).toContain('  Relevance   64/100   measured: analysis:relevance');
    expect(plain).toContain('  Ranking     41/100   model: ctr-curve.json (2026-09)');
    expect(plain).toContain('Findings  2 critical, 5 warnings, 3 notices');
  });

  it('shows each step title in order and every rule id', () => {
    const r = sampleReport();
    let from = 0;
    for (const s of r.steps) {
      const at = plain.indexOf(`== ${s.number}. ${s.title} ==`, from);
      expect(at, s.title).toBeGreaterThan(from);
      from = at;
    }
    for (const f of r.steps.flatMap((s) => s.findings)) expect(plain).toContain(`[${f.severity}] ${f.ruleId}: `);
  });

  it('writes severity, met and not met as words, not colour alone', () => {
    expect(plain).toContain('  CRITICAL (1)\n  [critical] title-missing: Page has no <title> (9 items)');
    expect(plain).toMatch(/│ Median response time │ 184 ms │ 500 ms │ ✓ met │ measured: crawl │/);
    expect(plain).toMatch(/│ Ranking score\s+│ 41\/100 │ 60\/100 │ ✗ not met │/);
  });

  it('lists at most five evidence items and says how many more', () => {
    const block = plain.slice(plain.indexOf('[critical] title-missing'), plain.indexOf('WARNING (1)', plain.indexOf('[critical] title-missing')));
    expect(block.match(/^ {6}- /gm)).toHaveLength(5);
    expect(block).toContain('      … and 4 more');
    expect(block).not.toContain('/mentions-legales/');
  });

  it('shortens the site\'s own URLs to their path and keeps other sites whole', () => {
    expect(plain).toContain('      - /robots.txt  User-agent: YandexBot / Disallow: /');
    expect(plain).toContain('      - https://annuaire.example-dir.ma/tourisme/agences-de-voyage/');
    expect(plain).not.toContain('https://www.atlas-voyages.ma/circuits');
  });

  it('draws tables with cells cut to fit, omitted rows and origins', () => {
    // Keyword and best page share what the three numeric columns leave (74 - 8 - 10 - 11 = 45).
    expect(plain).toContain('│ voyage organisé | ma… │        2 │    880 │ /destinations/marra… │        31 │');
    expect(plain).toContain('… and 8 more rows (full list in the JSON report)');
    expect(plain).toContain('Origin: Volume: imported: keywords.csv; Relevance: measured: analysis:relevance');
  });

  it('draws bar charts as text bars scaled to 100 for scores', () => {
    expect(plain).toContain(`  Google ${'#'.repeat(28)}.. 92/100`);
    expect(plain).toContain(`  Yandex ${'.'.repeat(30)} 0/100`);
    expect(plain).toContain('  circuit désert merzouga: Google #14 p.2, Bing not ranked');
  });

  it('ends with next actions, model sources and input problems', () => {
    const tail = plain.slice(plain.indexOf('== Next actions'));
    expect(tail).toContain(' 1. Remove the Disallow: / group for YandexBot in robots.txt.');
    expect(tail).toContain('    impact 5/5 · effort 2/5 · step 4. Content and structure · title-missing');
    // File names only: the client never sees the folders of the machine or of refaudit's source.
    expect(tail).toContain('- ctr-curve.json: Click-through rate by organic position. Source: Advanced Web\n  Ranking CTR study, 2026-09.');
    expect(tail).not.toContain('src/data/');
    expect(tail).toContain('- 2026-11.csv, line 14, field position: not a number: "n/a"');
  });

  it('turns control characters from the site into spaces, so a title cannot drive the terminal', () => {
    const r = sampleReport();
    r.steps[3]!.findings[0]!.title = 'Evil\u001b[2J\u001b[31mred\nsecond line';
    r.steps[3]!.tables[0]!.rows[0]!.kind = 'a\nb';
    const out = renderText(r, { color: false });
    expect(ANSI.test(out)).toBe(false);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('[critical] title-missing: Evil [2J [31mred second line (9 items)');
    expect(out).toContain('│ a b              │');
  });

  it('says so when there is nothing to list', () => {
    const r = sampleReport();
    r.sources = [];
    r.problems = [];
    r.nextActions = [];
    const out = renderText(r, { color: false });
    expect(out).toContain('No model data used');
    expect(out).toContain('No problems in inputs.');
    expect(out).not.toContain('== Next actions');
  });
});

describe('text layout', () => {
  it('truncates with an ellipsis, counting characters not bytes', () => {
    expect(truncate('désert merzouga', 8)).toBe('désert …');
    expect(truncate('court', 8)).toBe('court');
  });

  it('wraps on words and breaks a word longer than the line', () => {
    expect(wrap('un deux trois quatre', 12)).toEqual(['un deux', 'trois quatre']);
    expect(wrap('https://example.com/abcdefghij', 12, '  ')).toEqual(['  https://ex', '  ample.com/', '  abcdefghij']);
  });
});

describe('narrow terminals', () => {
  it('lists a table as blocks rather than cut a number', () => {
    const out = renderText(sampleReport(), { color: false, width: 40 });
    expect(out).toContain('- Score: Estimated monthly clicks\n  Value: 1,840 clicks\n  Target: 3,000 clicks\n  Met: ✗ not met\n');
    expect(out).not.toMatch(/\d…/);
  });
});
