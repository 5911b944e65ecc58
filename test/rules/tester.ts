/**
 * A table-driven rule tester, like ESLint's RuleTester: for each rule (over the snapshot or over the
 * analyses' results), inputs that must pass (no evidence) and inputs that must fail with exactly the
 * expected evidence: each item's URL, detail and related URLs, and as many items as expected (the
 * finding's count).
 */
import { describe, expect, it } from 'vitest';
import { runAnalysisRules, runRules } from '../../src/rules/run.js';
import type { AnalysisContext, AnalysisRule, Evidence, Rule } from '../../src/rules/types.js';
import type { SiteSnapshot } from '../../src/site/types.js';

/** One expected item of evidence; a field left out must be absent from the evidence too. */
export type ExpectedEvidence = Pick<Evidence, 'url' | 'detail' | 'related'>;

export interface RuleCases {
  valid: { name: string; snapshot: SiteSnapshot }[];
  invalid: { name: string; snapshot: SiteSnapshot; expect: ExpectedEvidence[] }[];
}

/** The part of the evidence a case asserts, in a stable order (rules list items in page order, not by URL). */
export function asserted(evidence: (Evidence | ExpectedEvidence)[]): ExpectedEvidence[] {
  return evidence
    .map((e) => ({ ...(e.url !== undefined ? { url: e.url } : {}), ...(e.detail !== undefined ? { detail: e.detail } : {}), ...(e.related !== undefined ? { related: e.related } : {}) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

export function testRule(rule: Rule, cases: RuleCases, bots: string[] = []): void {
  describe(rule.meta.id, () => {
    it('has a passing and a failing case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(rule.check({ snapshot: c.snapshot, bots })).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        const evidence = rule.check({ snapshot: c.snapshot, bots });
        expect(asserted(evidence)).toEqual(asserted(c.expect));
        expect(runRules({ snapshot: c.snapshot, bots }, [rule])[0]?.count).toBe(c.expect.length);
      });
    }
  });
}

/** Cases for a rule over the analyses: each gives the parts of the context the rule reads. */
export interface AnalysisRuleCases<K extends keyof AnalysisContext> {
  valid: { name: string; context: Pick<AnalysisContext, K> }[];
  invalid: { name: string; context: Pick<AnalysisContext, K>; expect: ExpectedEvidence[] }[];
}

export function testAnalysisRule<K extends keyof AnalysisContext>(rule: AnalysisRule<K>, cases: AnalysisRuleCases<K>): void {
  describe(rule.meta.id, () => {
    it('has a passing and a failing case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    // The context holds only what the rule declares it reads: a rule reading more fails here.
    const run = (context: Pick<AnalysisContext, K>) => runAnalysisRules(context as AnalysisContext, [rule as unknown as AnalysisRule]);
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(rule.check(c.context)).toEqual([]);
        expect(run(c.context)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        expect(asserted(rule.check(c.context))).toEqual(asserted(c.expect));
        expect(run(c.context)[0]?.count).toBe(c.expect.length);
      });
    }
  });
}
