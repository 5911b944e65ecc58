import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports, isRegression } from '../../src/history/diff.js';
import { latestRun, listRuns, loadRun, saveRun } from '../../src/history/store.js';
import { checkFailOn } from '../../src/pipeline/fail-on.js';
import type { Report } from '../../src/report/types.js';
import { sampleReport } from '../support/sample-report.js';
import { findingItems } from '../../src/report/items.js';

function withChanges(base: Report, at: string, f: (r: Report) => void): Report {
  const r = structuredClone(base);
  r.generatedAt = at;
  f(r);
  // The diff reads every item (uncapped): keep them in step with the findings the test changed.
  r.items = findingItems(r.steps.flatMap((s) => s.findings));
  return r;
}

describe('diffReports', () => {
  const old = withChanges(sampleReport(), '2026-11-17T06:00:00.000Z', (r) => {
    r.measurements.rankings = [
      { keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', position: 9, page: 1, url: null },
      { keyword: 'trek toubkal', engine: 'google', market: 'fr-MA', position: 12, page: 2, url: null },
    ];
    r.measurements.pages = [{ url: 'https://ex.test/', status: 200, indexable: true }, { url: 'https://ex.test/a', status: 200, indexable: true }];
  });
  const now = withChanges(old, '2026-11-24T06:00:00.000Z', (r) => {
    r.measurements.rankings = [
      { keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', position: 11, page: 2, url: null },
      { keyword: 'trek toubkal', engine: 'google', market: 'fr-MA', position: 8, page: 1, url: null },
    ];
    r.measurements.pages = [{ url: 'https://ex.test/', status: 200, indexable: true }, { url: 'https://ex.test/a', status: 404, indexable: false }, { url: 'https://ex.test/b', status: 200, indexable: true }];
    r.scores.coverage = { ...r.scores.coverage, value: (old.scores.coverage.value ?? 0) - 5 };
    r.steps[3]!.findings.push({ ruleId: 'page-4xx', step: 'content', severity: 'warning', title: 't', fix: 'f', count: 1, evidence: [{ url: 'https://ex.test/a' }] });
  });
  const d = diffReports(old, now);

  it('lists new findings and page changes', () => {
    expect(d.newFindings).toEqual([{ ruleId: 'page-4xx', severity: 'warning', title: 't', url: 'https://ex.test/a' }]);
    expect(d.fixedFindings).toEqual([]);
    expect(d.pagesAdded).toEqual(['https://ex.test/b']);
    expect(d.statusChanges).toEqual([{ url: 'https://ex.test/a', from: 200, to: 404 }]);
    expect(d.scores.coverage).toBe(-5);
  });

  it('flags page-break crossings in both directions, crossings first', () => {
    expect(d.rankingMoves.map((m) => [m.keyword, m.from, m.to, m.crossing])).toEqual([
      ['riad marrakech', 9, 11, 'down'],
      ['trek toubkal', 12, 8, 'up'],
    ]);
  });

  it('calls it a regression, with reasons, and --fail-on regression fails', () => {
    const r = isRegression(d);
    expect(r.regressed).toBe(true);
    expect(r.reasons).toEqual([
      '1 new critical/warning finding(s) (page-4xx)',
      'coverage score down 5 points',
      '1 keyword(s) fell to a later results page',
      '1 page(s) went from 200 to an error',
    ]);
    expect(checkFailOn(['regression'], now, d, []).fail).toBe(true);
    expect(checkFailOn(['regression'], now, diffReports(now, now), []).fail).toBe(false);
    expect(checkFailOn(['objectives'], now, null, [{ id: 'c', label: 'Coverage', target: 90, measured: 80, met: false }]).reason).toBe('--fail-on: objectives not met: Coverage');
    expect(checkFailOn(['objectives'], now, null, [{ id: 'r', label: 'Ranking', target: 90, measured: null, met: null }]).fail).toBe(false);
  });
});

describe('history store', () => {
  it('saves, lists and loads runs in time order, and names a corrupt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-history-'));
    const a = withChanges(sampleReport(), '2026-11-17T06:00:00.000Z', () => undefined);
    const b = withChanges(sampleReport(), '2026-11-24T06:00:00.000Z', () => undefined);
    saveRun(dir, b);
    saveRun(dir, a);
    expect(listRuns(dir).map((r) => r.summary.date)).toEqual(['2026-11-17T06:00:00.000Z', '2026-11-24T06:00:00.000Z']);
    expect(latestRun(dir)?.report.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, 'nope');
    expect(() => loadRun(bad)).toThrow(new RegExp(`^report ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: unreadable`));
  });
});
