/**
 * --fail-on thresholds (checkFailOn): critical, warning, regression and objectives, each crossed
 * and not crossed, and several at once.
 */
import { describe, expect, it } from 'vitest';
import type { FailOn } from '../../src/config/types.js';
import { diffReports } from '../../src/history/diff.js';
import { checkFailOn } from '../../src/pipeline/fail-on.js';
import type { ObjectiveResult } from '../../src/report/steps/objectives.js';
import type { Report } from '../../src/report/types.js';
import { sampleReport } from '../support/sample-report.js';
import { makeDiff } from '../support/make-diff.js';

function report(counts: { critical: number; warning: number; notice: number }): Report {
  const r = sampleReport();
  r.findingCounts = counts;
  return r;
}

const CLEAN = report({ critical: 0, warning: 0, notice: 0 });

const diff = makeDiff;

const objective = (label: string, met: boolean | null, measured: number | null = 50): ObjectiveResult => ({ id: label.toLowerCase(), label, target: 60, measured, met });

describe('checkFailOn', () => {
  it('never fails without --fail-on, whatever the report says', () => {
    const worst = report({ critical: 9, warning: 9, notice: 9 });
    const regressed = diff({ scores: { coverage: -30, relevance: null, ranking: null } });
    expect(checkFailOn([], worst, regressed, [objective('Coverage', false)])).toEqual({ fail: false, reason: null });
  });

  describe('critical', () => {
    it('fails on one critical finding or more, saying how many', () => {
      expect(checkFailOn(['critical'], report({ critical: 1, warning: 0, notice: 0 }), null, [])).toEqual({ fail: true, reason: '--fail-on: 1 critical finding(s)' });
      expect(checkFailOn(['critical'], report({ critical: 2, warning: 5, notice: 3 }), null, [])).toEqual({ fail: true, reason: '--fail-on: 2 critical finding(s)' });
    });

    it('does not fail on warnings or notices alone', () => {
      expect(checkFailOn(['critical'], report({ critical: 0, warning: 5, notice: 3 }), null, [])).toEqual({ fail: false, reason: null });
      expect(checkFailOn(['critical'], CLEAN, null, []).fail).toBe(false);
    });
  });

  describe('warning', () => {
    it('fails on a warning, and counts criticals with warnings (warning or worse)', () => {
      expect(checkFailOn(['warning'], report({ critical: 0, warning: 1, notice: 0 }), null, [])).toEqual({ fail: true, reason: '--fail-on: 1 critical or warning finding(s)' });
      expect(checkFailOn(['warning'], report({ critical: 2, warning: 0, notice: 0 }), null, []).reason).toBe('--fail-on: 2 critical or warning finding(s)');
      expect(checkFailOn(['warning'], report({ critical: 2, warning: 5, notice: 0 }), null, []).reason).toBe('--fail-on: 7 critical or warning finding(s)');
    });

    it('does not fail on notices alone', () => {
      expect(checkFailOn(['warning'], report({ critical: 0, warning: 0, notice: 12 }), null, [])).toEqual({ fail: false, reason: null });
    });
  });

  describe('regression', () => {
    const worse = diff({
      newFindings: [{ ruleId: 'page-4xx', severity: 'warning', title: 't', url: 'https://ex.test/a' }],
      scores: { coverage: -5, relevance: 2, ranking: null },
    });

    it('fails when the run regressed since the previous one, with its date and reasons', () => {
      expect(checkFailOn(['regression'], CLEAN, worse, [])).toEqual({
        fail: true,
        reason: '--fail-on: regression since 2026-11-17: 1 new critical/warning finding(s) (page-4xx); coverage score down 5 points',
      });
    });

    it('fails on a single kind of regression: a fall to a later results page, a page that broke', () => {
      const fell = diff({ rankingMoves: [{ keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', from: 9, to: 11, fromPage: 1, toPage: 2, crossing: 'down' }] });
      expect(checkFailOn(['regression'], CLEAN, fell, []).reason).toBe('--fail-on: regression since 2026-11-17: 1 keyword(s) fell to a later results page');
      const broke = diff({ statusChanges: [{ url: 'https://ex.test/a', from: 200, to: 500 }] });
      expect(checkFailOn(['regression'], CLEAN, broke, []).reason).toBe('--fail-on: regression since 2026-11-17: 1 page(s) went from 200 to an error');
    });

    it('does not fail below the thresholds: new notices only, a score down one point, a move within a page', () => {
      const mild = diff({
        newFindings: [{ ruleId: 'h1-multiple', severity: 'notice', title: 't', url: 'https://ex.test/b' }],
        scores: { coverage: -1, relevance: null, ranking: 0.5 },
        rankingMoves: [{ keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', from: 3, to: 8, fromPage: 1, toPage: 1, crossing: null }],
        statusChanges: [{ url: 'https://ex.test/c', from: 404, to: 200 }],
      });
      expect(checkFailOn(['regression'], CLEAN, mild, [])).toEqual({ fail: false, reason: null });
      // A score down by more than one point crosses it.
      expect(checkFailOn(['regression'], CLEAN, diff({ scores: { coverage: -1.1, relevance: null, ranking: null } }), []).reason).toBe('--fail-on: regression since 2026-11-17: coverage score down 1.1 points');
    });

    it('does not fail on the first run (no previous run to compare) nor on an unchanged run', () => {
      expect(checkFailOn(['regression'], CLEAN, null, [])).toEqual({ fail: false, reason: null });
      const r = sampleReport();
      expect(checkFailOn(['regression'], r, diffReports(r, structuredClone(r)), [])).toEqual({ fail: false, reason: null });
    });

    it('ignores a regression unless asked for it', () => {
      expect(checkFailOn(['critical'], CLEAN, worse, [])).toEqual({ fail: false, reason: null });
    });
  });

  describe('objectives', () => {
    it('fails when an objective is not met, naming each one missed', () => {
      const results = [objective('Coverage', false), objective('Relevance score', true), objective('Ranking score', false)];
      expect(checkFailOn(['objectives'], CLEAN, null, results)).toEqual({ fail: true, reason: '--fail-on: objectives not met: Coverage, Ranking score' });
    });

    it('does not fail when every objective is met or not measured, or there are none', () => {
      expect(checkFailOn(['objectives'], CLEAN, null, [objective('Coverage', true), objective('Ranking score', null, null)])).toEqual({ fail: false, reason: null });
      expect(checkFailOn(['objectives'], CLEAN, null, [])).toEqual({ fail: false, reason: null });
    });
  });

  it('gives every threshold crossed in one line, in a fixed order', () => {
    const all: FailOn[] = ['objectives', 'regression', 'warning', 'critical'];
    const v = checkFailOn(all, report({ critical: 1, warning: 2, notice: 0 }), diff({ scores: { coverage: null, relevance: -4, ranking: null } }), [objective('Coverage', false)]);
    expect(v.fail).toBe(true);
    expect(v.reason).toBe('--fail-on: 1 critical finding(s); 3 critical or warning finding(s); regression since 2026-11-17: relevance score down 4 points; objectives not met: Coverage');
    expect(v.reason).not.toContain('\n');
  });

  it('fails on what is crossed only, when several thresholds are set', () => {
    const v = checkFailOn(['critical', 'warning', 'regression', 'objectives'], report({ critical: 0, warning: 3, notice: 0 }), null, [objective('Coverage', null, null)]);
    expect(v).toEqual({ fail: true, reason: '--fail-on: 3 critical or warning finding(s)' });
  });
});
