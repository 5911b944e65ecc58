/**
 * Every finding id refaudit can report (rules and analysis findings) has a table of cases: testRule
 * or testFinding (test/rules/tester.ts), which require a passing and a failing case with its evidence.
 * This test reads the test sources for those tables and lists the ids that have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JAVASCRIPT_FINDINGS } from '../../src/analyze/coverage/javascript.js';
import { allRuleMetas } from '../../src/report/rule-outcomes.js';

const TEST_DIR = join(import.meta.dirname, '..');

function testSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testSources(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [readFileSync(join(dir, d.name), 'utf8')] : [],
  );
}

describe('finding cases', () => {
  it('every rule and analysis finding id has a testRule or testFinding table', () => {
    const tested = new Set<string>();
    for (const src of testSources(TEST_DIR)) {
      for (const m of src.matchAll(/testRule\(\s*rule\('([a-z0-9-]+)'\)|testFinding\(\s*'([a-z0-9-]+)'/g)) tested.add((m[1] ?? m[2])!);
    }
    const ids = [...allRuleMetas(), ...JAVASCRIPT_FINDINGS].map((m) => m.id);
    expect(ids.length).toBeGreaterThan(70);
    expect(ids.filter((id) => !tested.has(id)), 'finding ids with no failing case in any test').toEqual([]);
  });
});
