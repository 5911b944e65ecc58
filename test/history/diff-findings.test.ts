/**
 * diffReports: which findings are new, fixed or persisting (keyed by rule id and evidence), and the
 * score and per-engine / per-keyword deltas.
 */
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/history/diff.js';
import type { Report } from '../../src/report/types.js';
import type { Finding, Severity } from '../../src/rules/types.js';
import { sampleReport } from '../support/sample-report.js';
import { findingItems } from '../../src/report/items.js';

const SITE = 'https://www.atlas-voyages.ma';

function finding(ruleId: string, severity: Severity, evidence: Finding['evidence']): Finding {
  return { ruleId, step: 'content', severity, title: `title of ${ruleId}`, fix: 'fix it', count: evidence.length || 1, evidence };
}

/** The sample report with exactly these findings (all in step 4) and these scores. */
function run(at: string, findings: Finding[], scores: { coverage: number | null; relevance: number | null; ranking: number | null }): Report {
  const r = sampleReport();
  r.generatedAt = at;
  for (const s of r.steps) s.findings = [];
  r.steps[3]!.findings = findings;
  r.scores.coverage.value = scores.coverage;
  r.scores.relevance.value = scores.relevance;
  r.scores.ranking.value = scores.ranking;
  r.items = findingItems(findings);
  return r;
}

describe('diffReports: findings', () => {
  const old = run('2026-11-17T06:00:00.000Z', [
    finding('title-missing', 'warning', [{ url: `${SITE}/a` }, { url: `${SITE}/b` }]),
    finding('h1-multiple', 'notice', [{ url: `${SITE}/c` }]),
    finding('robots-blocks-engine', 'critical', [{ url: `${SITE}/robots.txt`, detail: 'YandexBot' }]),
    finding('keyword-no-relevant-page', 'warning', [{ detail: 'riad fès' }, { detail: 'trek toubkal' }]),
    finding('sitemap-missing', 'warning', []),
  ], { coverage: 78, relevance: 64, ranking: 41 });
  const now = run('2026-11-24T06:00:00.000Z', [
    finding('title-missing', 'warning', [{ url: `${SITE}/b` }, { url: `${SITE}/d` }]),
    finding('robots-blocks-engine', 'critical', [{ url: `${SITE}/robots.txt`, detail: 'YandexBot' }]),
    finding('keyword-no-relevant-page', 'warning', [{ detail: 'trek toubkal' }]),
    finding('sitemap-missing', 'warning', []),
    finding('page-4xx', 'warning', [{ url: `${SITE}/e` }]),
  ], { coverage: 80.25, relevance: 59, ranking: 41 });
  const d = diffReports(old, now);

  it('names the two runs it compares', () => {
    expect([d.from, d.to]).toEqual(['2026-11-17T06:00:00.000Z', '2026-11-24T06:00:00.000Z']);
  });

  it('lists as new each (rule, URL) pair that was not there before', () => {
    expect(d.newFindings).toEqual([
      { ruleId: 'title-missing', severity: 'warning', title: 'title of title-missing', url: `${SITE}/d` },
      { ruleId: 'page-4xx', severity: 'warning', title: 'title of page-4xx', url: `${SITE}/e` },
    ]);
  });

  it('lists as fixed each (rule, URL or detail) pair that is gone, a whole rule gone included', () => {
    expect(d.fixedFindings).toEqual([
      { ruleId: 'title-missing', severity: 'warning', title: 'title of title-missing', url: `${SITE}/a` },
      { ruleId: 'h1-multiple', severity: 'notice', title: 'title of h1-multiple', url: `${SITE}/c` },
      { ruleId: 'keyword-no-relevant-page', severity: 'warning', title: 'title of keyword-no-relevant-page', url: 'riad fès' },
    ]);
  });

  it('lists as persisting every rule found in both runs, with its counts before and after', () => {
    expect(d.persisting).toEqual([
      { ruleId: 'title-missing', severity: 'warning', title: 'title of title-missing', before: 2, after: 2 },
      { ruleId: 'robots-blocks-engine', severity: 'critical', title: 'title of robots-blocks-engine', before: 1, after: 1 },
      { ruleId: 'keyword-no-relevant-page', severity: 'warning', title: 'title of keyword-no-relevant-page', before: 2, after: 1 },
      { ruleId: 'sitemap-missing', severity: 'warning', title: 'title of sitemap-missing', before: 1, after: 1 },
    ]);
    // Unchanged evidence (and a finding with none) is neither new nor fixed.
    const changed = [...d.newFindings, ...d.fixedFindings].map((f) => f.ruleId);
    expect(changed).not.toContain('robots-blocks-engine');
    expect(changed).not.toContain('sitemap-missing');
    // A rule that is only new or only fixed is not persisting.
    expect(d.persisting.map((p) => p.ruleId)).not.toContain('page-4xx');
    expect(d.persisting.map((p) => p.ruleId)).not.toContain('h1-multiple');
  });

  it('finds nothing new, fixed or moved between a run and itself', () => {
    const same = diffReports(now, structuredClone(now));
    expect(same.newFindings).toEqual([]);
    expect(same.fixedFindings).toEqual([]);
    expect(same.persisting.map((p) => [p.ruleId, p.before, p.after])).toEqual(now.steps[3]!.findings.map((f) => [f.ruleId, f.count, f.count]));
    expect(same.scores).toEqual({ coverage: 0, relevance: 0, ranking: 0 });
    expect(same.coverageByEngine).toEqual({});
    expect(same.rankingMoves).toEqual([]);
  });
});

describe('diffReports: deltas', () => {
  it('gives score deltas to one decimal, negative when down, zero when equal', () => {
    const d = diffReports(run('2026-11-17T06:00:00.000Z', [], { coverage: 78, relevance: 64, ranking: 41 }), run('2026-11-24T06:00:00.000Z', [], { coverage: 80.25, relevance: 59, ranking: 41 }));
    expect(d.scores).toEqual({ coverage: 2.3, relevance: -5, ranking: 0 });
  });

  it('gives no score delta (null) when either run did not measure it', () => {
    const d = diffReports(run('2026-11-17T06:00:00.000Z', [], { coverage: 78, relevance: null, ranking: 41 }), run('2026-11-24T06:00:00.000Z', [], { coverage: 78, relevance: 64, ranking: null }));
    expect(d.scores).toEqual({ coverage: 0, relevance: null, ranking: null });
  });

  it('gives per-engine and per-keyword deltas, counting a missing one as 0 and leaving out the unchanged', () => {
    const old = sampleReport();
    const now = sampleReport();
    old.measurements.coverageByEngine = { google: 92, bing: 88, yandex: 0 };
    now.measurements.coverageByEngine = { google: 92, bing: 80.5, ecosia: 40 };
    old.measurements.relevanceByKeyword = { 'riad marrakech': 50, 'trek toubkal': 30 };
    now.measurements.relevanceByKeyword = { 'riad marrakech': 71.04, 'trek toubkal': 30 };
    const d = diffReports(old, now);
    expect(d.coverageByEngine).toEqual({ bing: -7.5, ecosia: 40 });
    expect(d.relevanceByKeyword).toEqual({ 'riad marrakech': 21 });
  });
});
