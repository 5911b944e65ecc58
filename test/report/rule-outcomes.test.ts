import { describe, expect, it } from 'vitest';
import { NEEDS, ruleOutcomes, type RuleInputs } from '../../src/report/rule-outcomes.js';
import { allRuleMetas } from '../../src/rules/index.js';

const none: RuleInputs = { keywords: 0, rankings: 0, queries: 0, competitors: 0, directories: 0, indexNowKey: false };

describe('rule outcomes', () => {
  it('names only checks that exist among the inputs each needs (a typo would leave a check "passed")', () => {
    const ids = new Set(allRuleMetas().map((m) => m.id));
    expect(Object.values(NEEDS).flatMap((n) => n.ids).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lists every check once: not run without its input, passed with it', () => {
    const without = ruleOutcomes([], none);
    expect(without.map((o) => o.id)).toEqual(allRuleMetas().map((m) => m.id));
    expect(without.find((o) => o.id === 'keyword-landing-mismatch')).toMatchObject({ state: 'not-run', reason: 'no target keywords given; no rankings imported' });
    expect(without.find((o) => o.id === 'engine-misses-js-content')).toMatchObject({ state: 'passed' });
    const withAll = ruleOutcomes([], { keywords: 1, rankings: 1, queries: 1, competitors: 1, directories: 1, indexNowKey: true });
    expect(withAll.filter((o) => o.state === 'not-run')).toEqual([]);
  });
});
