/**
 * A table-driven rule tester, like ESLint's RuleTester: for each rule, snapshots that must pass
 * (no evidence) and snapshots that must fail with exactly the expected evidence: each item's URL,
 * detail and related URLs, and as many items as expected (the finding's count).
 */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/run.js';
import type { Evidence, Finding, Rule } from '../../src/rules/types.js';
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

/** Cases for a finding an analysis makes (not a rule): `run` turns an analysis result into findings. */
export interface FindingCases<I> {
  run: (input: I) => Finding[];
  valid: { name: string; input: I }[];
  invalid: { name: string; input: I; expect: ExpectedEvidence[] }[];
}

export function testFinding<I>(id: string, cases: FindingCases<I>): void {
  describe(id, () => {
    it('has a passing and a failing case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(cases.run(c.input).filter((f) => f.ruleId === id)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        const found = cases.run(c.input).filter((f) => f.ruleId === id);
        expect(found).toHaveLength(1);
        expect(asserted(found[0]!.evidence)).toEqual(asserted(c.expect));
        expect(found[0]!.count).toBe(c.expect.length);
      });
    }
  });
}
