/**
 * Findings' items keep their identity across runs: a measured figure in the detail (a score, a
 * count of impressions) is not part of it, so the periodic diff shows only real change.
 */
import { describe, expect, it } from 'vitest';
import { diffReports, isRegression } from '../../src/history/diff.js';
import { itemIdentity } from '../../src/history/identity.js';
import type { Report } from '../../src/report/types.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { sampleReport } from '../support/sample-report.js';
import { findingItems } from '../../src/report/items.js';

function finding(ruleId: string, severity: Severity, evidence: Finding['evidence'], count = evidence.length): Finding {
  return { ruleId, step: 'keywords', severity, title: ruleId, fix: 'fix it', count, evidence };
}

function run(at: string, findings: Finding[], opts: { legacy?: boolean } = {}): Report {
  const r = sampleReport();
  r.generatedAt = at;
  for (const s of r.steps) s.findings = [];
  r.steps[1]!.findings = findings;
  // A report that lists every item (schemaVersion 2), or one that has only its steps' evidence.
  if (opts.legacy) delete (r as Partial<Report>).items;
  else r.items = findingItems(findings);
  return r;
}

describe('item identity', () => {
  it('is the quoted subject of a detail, not the figures after it', () => {
    expect(itemIdentity('query-without-page', { detail: '"riad fès": 120 impressions, best page 21.3/100' })).toBe(
      itemIdentity('query-without-page', { detail: '"Riad fès": 95 impressions, best page 27.9/100' }),
    );
    expect(itemIdentity('query-without-page', { detail: '"riad fès": 120 impressions' })).not.toBe(itemIdentity('query-without-page', { detail: '"riad rabat": 120 impressions' }));
    // A URL is the item when there is one; figures elsewhere are blanked.
    expect(itemIdentity('thin-content', { url: 'https://x.ma/a', detail: '112 words' })).toBe('thin-content|https://x.ma/a');
    expect(itemIdentity('robots-blocks-bot', { detail: 'yandexbot: 12 indexable pages disallowed' })).toBe(itemIdentity('robots-blocks-bot', { detail: 'yandexbot: 14 indexable pages disallowed' }));
  });

  it('query-without-page items whose scores moved are neither new nor fixed', () => {
    const before = run('2026-11-17T06:00:00.000Z', [
      finding('query-without-page', 'notice', [{ detail: '"riad fès médina": 120 impressions, best page 21.3/100' }, { detail: '"trek toubkal hiver": 40 impressions, best page 12/100' }]),
      finding('keyword-gap', 'warning', [{ url: 'https://x.ma/riads/', detail: '"riad fès": best 22/100' }]),
    ]);
    const after = run('2026-11-24T06:00:00.000Z', [
      finding('query-without-page', 'notice', [{ detail: '"riad fès médina": 134 impressions, best page 24.1/100' }, { detail: '"trek toubkal hiver": 38 impressions, best page 12.5/100' }]),
      finding('keyword-gap', 'warning', [{ url: 'https://x.ma/riads/', detail: '"riad fès": best 25/100' }]),
    ]);
    const d = diffReports(before, after);
    expect(d.newFindings).toEqual([]);
    expect(d.fixedFindings).toEqual([]);
    expect(isRegression(d).regressed).toBe(false);
  });

  it('a real change still shows', () => {
    const before = run('2026-11-17T06:00:00.000Z', [finding('query-without-page', 'notice', [{ detail: '"riad fès": 120 impressions, best page 21.3/100' }])]);
    const after = run('2026-11-24T06:00:00.000Z', [finding('query-without-page', 'notice', [{ detail: '"trek toubkal": 40 impressions, best page 12/100' }])]);
    const d = diffReports(before, after);
    expect(d.newFindings.map((f) => f.url)).toEqual(['"trek toubkal": 40 impressions, best page 12/100']);
    expect(d.fixedFindings.map((f) => f.url)).toEqual(['"riad fès": 120 impressions, best page 21.3/100']);
  });

  it('an item missing from a capped evidence list (a report without items) is not called fixed, nor one absent from it new', () => {
    const urls = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://x.ma/p${from + i}` }));
    // 60 pages each time, 50 shown: which 50 changes from run to run.
    const before = run('2026-11-17T06:00:00.000Z', [finding('thin-content', 'warning', urls(0, 50), 60)], { legacy: true });
    const after = run('2026-11-24T06:00:00.000Z', [finding('thin-content', 'warning', urls(10, 50), 60)], { legacy: true });
    const d = diffReports(before, after);
    expect(d.newFindings).toEqual([]);
    expect(d.fixedFindings).toEqual([]);
    // Uncapped on both sides: the same shift is real.
    const d2 = diffReports(run('a', [finding('thin-content', 'warning', urls(0, 5))]), run('b', [finding('thin-content', 'warning', urls(1, 5))]));
    expect(d2.newFindings.map((f) => f.url)).toEqual(['https://x.ma/p5']);
    expect(d2.fixedFindings.map((f) => f.url)).toEqual(['https://x.ma/p0']);
  });
});
