/**
 * A table-driven rule tester, like ESLint's RuleTester: for each rule, snapshots that must pass
 * (no evidence) and snapshots that must fail with exactly the expected evidence URLs.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/rules/types.js';
import type { SiteSnapshot } from '../../src/site/types.js';

export interface RuleCases {
  valid: { name: string; snapshot: SiteSnapshot }[];
  invalid: { name: string; snapshot: SiteSnapshot; urls: string[] }[];
}

export function testRule(rule: Rule, cases: RuleCases, bots: string[] = []): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`passes: ${c.name}`, () => {
        expect(rule.check({ snapshot: c.snapshot, bots })).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fails: ${c.name}`, () => {
        const urls = rule.check({ snapshot: c.snapshot, bots }).map((e) => e.url);
        expect(urls.sort()).toEqual([...c.urls].sort());
      });
    }
  });
}
