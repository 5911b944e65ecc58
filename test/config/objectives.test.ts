/**
 * Step 1, the objectives scorecard: each objective of the config against what was measured, met /
 * not met / not measured (a missing measure is never "met").
 */
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/config/empty.js';
import type { Objectives, RefauditConfig } from '../../src/config/types.js';
import { checkFailOn } from '../../src/pipeline/fail-on.js';
import { buildObjectivesStep, evaluateObjectives, type MeasuredForObjectives } from '../../src/report/steps/objectives.js';
import type { Origin } from '../../src/shared/origin.js';
import { sampleReport } from '../support/sample-report.js';

const coverageOrigin: Origin = { kind: 'model', file: 'src/data/engine-audience.json', source: 'StatCounter', date: '2026-10' };
const rankingOrigin: Origin = { kind: 'imported', file: 'rankings.csv' };

function config(objectives: Objectives, over: Partial<RefauditConfig> = {}): RefauditConfig {
  return { ...emptyConfig(), file: '/site/refaudit.config.json', objectives, ...over };
}

function measured(over: Partial<MeasuredForObjectives> = {}): MeasuredForObjectives {
  return {
    coverage: 92,
    relevance: 55,
    ranking: null,
    page1ByEngine: { google: 3 },
    findingCounts: { critical: 1, warning: 5, notice: 40 },
    origins: { coverage: coverageOrigin, relevance: { kind: 'measured', by: 'analysis:relevance' }, ranking: rankingOrigin, findings: { kind: 'measured', by: 'rules' } },
    ...over,
  };
}

const ALL: Objectives = {
  coverageMin: 90,
  relevanceMin: 60,
  rankingMin: 40,
  page1Keywords: { count: 3, engines: ['google', 'bing'] },
  maxCritical: 0,
  maxWarnings: 5,
};

describe('evaluateObjectives', () => {
  const results = evaluateObjectives(config(ALL), measured());
  const byId = Object.fromEntries(results.map((r) => [r.id, r]));

  it('lists one objective per target set, in a fixed order', () => {
    expect(results.map((r) => r.id)).toEqual(['coverage', 'relevance', 'ranking', 'page1-google', 'page1-bing', 'max-critical', 'max-warnings']);
  });

  it('meets an "at least" target at or above it, and misses it below', () => {
    expect(byId.coverage).toMatchObject({ target: 90, measured: 92, met: true, atLeast: true, origin: coverageOrigin });
    expect(byId.relevance).toMatchObject({ target: 60, measured: 55, met: false });
    expect(byId['page1-google']).toMatchObject({ label: 'google: priority keywords on page 1', target: 3, measured: 3, met: true, origin: rankingOrigin });
  });

  it('meets an "at most" target at or below it, and misses it above', () => {
    expect(byId['max-critical']).toMatchObject({ target: 0, measured: 1, met: false, atLeast: false });
    expect(byId['max-warnings']).toMatchObject({ target: 5, measured: 5, met: true, atLeast: false });
  });

  it('says "not measured" (met null, measured null) for a target nothing measured, never met', () => {
    // No rankings imported: no ranking score.
    expect(byId.ranking).toMatchObject({ target: 40, measured: null, met: null });
    // page 1 on bing: the engine has no count at all.
    expect(byId['page1-bing']).toMatchObject({ target: 3, measured: null, met: null });
    // Even a target of 0 is not met by nothing.
    const zero = evaluateObjectives(config({ page1Keywords: { count: 0, engines: ['yandex'] } }), measured({ page1ByEngine: { yandex: null } }));
    expect(zero).toEqual([expect.objectContaining({ id: 'page1-yandex', measured: null, met: null })]);
  });

  it('lists nothing for objectives not set', () => {
    expect(evaluateObjectives(config({}), measured())).toEqual([]);
    expect(evaluateObjectives(config({ maxWarnings: 10 }), measured()).map((r) => r.id)).toEqual(['max-warnings']);
  });
});

describe('buildObjectivesStep', () => {
  const step = buildObjectivesStep(config(ALL, { markets: [{ id: 'fr-MA', country: 'MA', language: 'fr' }] }), measured());

  it('sums up met and not measured objectives', () => {
    expect(step.summary).toBe('3 of 7 objectives met, 2 not measured.');
  });

  it('gives the scorecard table: id, direction, target, measured, and met / not met / not measured', () => {
    const table = step.tables[0]!;
    expect(table.id).toBe('objectives');
    expect(table.columns.find((c) => c.key === 'target')?.origin).toEqual({ kind: 'config', file: '/site/refaudit.config.json' });
    // The engine comes first in its label, so a cut label still says which engine it is.
    expect(table.rows).toEqual([
      ['coverage', 'Audience-weighted coverage', 'at least', 90, 92, 'met'],
      ['relevance', 'Relevance score', 'at least', 60, 55, 'not met'],
      ['ranking', 'Ranking score', 'at least', 40, null, 'not measured'],
      ['page1-google', 'google: priority keywords on page 1', 'at least', 3, 3, 'met'],
      ['page1-bing', 'bing: priority keywords on page 1', 'at least', 3, null, 'not measured'],
      ['max-critical', 'Critical findings', 'at most', 0, 1, 'not met'],
      ['max-warnings', 'Warnings', 'at most', 5, 5, 'met'],
    ]);
    expect(table.columns.find((c) => c.key === 'id')?.hidden).toBe(true);
  });

  it('lists the objectives once: the scorecard table, no second list of the same figures as scores', () => {
    expect(step.scores).toEqual([]);
  });

  it('hands the results to --fail-on objectives: the missed ones fail it, the unmeasured ones do not', () => {
    expect(step.objectives.filter((o) => o.met === null).map((o) => o.id)).toEqual(['ranking', 'page1-bing']);
    expect(checkFailOn(['objectives'], sampleReport(), null, step.objectives).reason).toBe('--fail-on: objectives not met: Relevance score, Critical findings');
    const onlyUnmeasured = buildObjectivesStep(config({ rankingMin: 40 }), measured());
    expect(onlyUnmeasured.summary).toBe('0 of 1 objectives met, 1 not measured.');
    expect(checkFailOn(['objectives'], sampleReport(), null, onlyUnmeasured.objectives).fail).toBe(false);
  });

  it('rounds the measured value to one decimal in the table', () => {
    const s = buildObjectivesStep(config({ coverageMin: 90 }), measured({ coverage: 91.27 }));
    expect(s.tables[0]!.rows).toEqual([['coverage', 'Audience-weighted coverage', 'at least', 90, 91.3, 'met']]);
    expect(s.objectives[0]!.measured).toBe(91.27);
  });

  it('says how to set objectives when there are none', () => {
    const s = buildObjectivesStep(config({}), measured());
    expect(s.summary).toMatch(/^No objectives set: add an "objectives" section/);
    expect(s.tables[0]!.rows).toEqual([]);
    expect(s.scores).toEqual([]);
    expect(s.objectives).toEqual([]);
  });

  it('notes the markets and target keywords', () => {
    const text = (notes: typeof step.notes) => notes.map((n) => (typeof n === 'string' ? n : n.text));
    expect(text(step.notes)).toEqual(['Markets: fr-MA.']);
    const s = buildObjectivesStep(config({}, { keywords: [{ keyword: 'a', priority: 1, volume: null, category: null, source: 'x' }, { keyword: 'b', priority: 2, volume: null, category: null, source: 'x' }] }), measured());
    expect(text(s.notes)).toEqual(['No market set: audience shares are worldwide (--market fr-MA to choose).', '2 target keyword(s), 1 of priority 1.']);
  });
});
