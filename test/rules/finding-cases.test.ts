/**
 * Every finding id refaudit can report (rules over the snapshot and over the analyses) has a table of
 * cases: testRule or testAnalysisRule (test/rules/tester.ts), which require a passing and a failing
 * case with its evidence. This test reads the test sources for those tables and lists the ids that
 * have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as coverage from '../../src/rules/analyses/coverage.js';
import * as ranking from '../../src/rules/analyses/ranking.js';
import * as relevance from '../../src/rules/analyses/relevance.js';
import { allRuleMetas } from '../../src/rules/index.js';
import type { AnalysisRule } from '../../src/rules/types.js';

const TEST_DIR = join(import.meta.dirname, '..');

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testSources(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [readFileSync(join(dir, d.name), 'utf8')] : [],
  );
}

/** The analysis rules' ids by the name they are exported under (testAnalysisRule takes the rule itself). */
const analysisIds = new Map(Object.entries({ ...coverage, ...relevance, ...ranking }).map(([name, r]) => [name, (r as AnalysisRule).meta.id]));

describe('finding cases', () => {
  it('every rule id has a testRule or testAnalysisRule table', () => {
    const tested = new Set<string>();
    for (const src of testSources(TEST_DIR)) {
      for (const m of src.matchAll(/testRule\(\s*rule\('([a-z0-9-]+)'\)/g)) tested.add(m[1]!);
      for (const m of src.matchAll(/testAnalysisRule\(\s*(\w+)\s*,/g)) tested.add(analysisIds.get(m[1]!) ?? `unknown rule ${m[1]}`);
    }
    const ids = allRuleMetas().map((m) => m.id);
    expect(ids.length).toBeGreaterThan(70);
    expect([...tested].filter((id) => id.startsWith('unknown'))).toEqual([]);
    expect(ids.filter((id) => !tested.has(id)), 'finding ids with no failing case in any test').toEqual([]);
  });
});
