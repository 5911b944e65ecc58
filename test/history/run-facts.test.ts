/**
 * Step 8 is built before the report, from the run's facts (report/build.ts runFacts): the history
 * diff must read those facts exactly as it reads the report built from the same input.
 */
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/empty.js';
import { buildPeriodicStep } from '../../src/history/periodic-step.js';
import { diffReports } from '../../src/history/diff.js';
import { buildReport, runFacts, type ReportInput } from '../../src/report/build.js';
import type { StepPart } from '../../src/report/types.js';
import { EVIDENCE_CAP, STEP_ORDER, type Finding } from '../../src/rules/types.js';
import { measured } from '../../src/shared/origin.js';
import { makeSnapshot } from '../support/make-snapshot.js';

const part = (summary: string): StepPart => ({ summary, scores: [], tables: [], charts: [], notes: [] });
const finding = (ruleId: string, step: Finding['step'], urls: string[]): Finding => ({
  ruleId, step, severity: 'warning', title: ruleId, fix: '', count: urls.length, evidence: urls.map((url) => ({ url, detail: 'x' })),
});
const U = (i: number) => `https://ex.test/p${i}`;

function input(findings: Finding[], at: string): ReportInput {
  const score = { value: 50, unit: 'score' as const, origin: measured('test') };
  return {
    config: emptyConfig(),
    snapshot: makeSnapshot([{ url: U(0) }, { url: U(1), status: 404 }]),
    parts: Object.fromEntries(STEP_ORDER.map((id) => [id, part(id)])) as ReportInput['parts'],
    findings,
    scores: { coverage: score, relevance: score, ranking: { ...score, value: null } },
    sources: [],
    problems: [],
    measurements: { coverageByEngine: { google: 90 }, relevanceByKeyword: {}, rankings: [] },
    now: new Date(at),
  };
}

describe('the run facts step 8 is built from', () => {
  // More items than the steps keep as evidence, a finding without evidence, and one routed twice.
  const many = Array.from({ length: EVIDENCE_CAP + 7 }, (_, i) => U(i));
  const before = input([finding('a', 'content', many), finding('b', 'submission', []), finding('c', 'content', [U(1)])], '2026-11-20T06:00:00.000Z');
  const after = input([finding('a', 'content', many.slice(3)), finding('b', 'submission', []), finding('c', 'content', [U(1)]), finding('c', 'content', [U(2)]), finding('d', 'engines', [U(0)])], '2026-11-27T06:00:00.000Z');

  it('diff as the report built from the same input does', () => {
    const old = buildReport(before);
    const fromFacts = diffReports(old, runFacts(after));
    expect(fromFacts).toEqual(diffReports(old, buildReport(after)));
    expect(fromFacts.fixedFindings.map((f) => f.url)).toEqual(many.slice(0, 3));
    expect(fromFacts.newFindings.map((f) => [f.ruleId, f.url])).toEqual([['d', U(0)]]);
  });

  it('find nothing new or fixed against the report of the same run', () => {
    const d = diffReports(buildReport(after), runFacts(after));
    expect([d.newFindings, d.fixedFindings]).toEqual([[], []]);
  });

  it('become step 8 of the report, and an interrupted run says it was not compared', () => {
    const d = diffReports(buildReport(before), runFacts(after));
    const report = buildReport({ ...after, parts: { ...after.parts, periodic: buildPeriodicStep(d, [], '/tmp/h') } });
    expect(report.steps[7]!.summary).toMatch(/^Since 2026-11-20: 1 new and 3 fixed/);
    const partial = buildPeriodicStep(null, [], '/tmp/h', { partial: true });
    expect(partial.summary).toMatch(/^Interrupted run: not compared/);
    expect(partial.summaryText?.id).toBe('periodic.partial');
  });
});
