/**
 * ALL_RULES and ANALYSIS_RULES are hand-kept lists: this test holds them against the rule modules on
 * disk, so a rule file left out of them (or listed twice) fails here instead of silently never running.
 * Rules over the snapshot live one a file, named for its id; rules over the analyses live in
 * src/rules/analyses/, one file an analysis.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, ANALYSIS_RULES, allRuleMetas } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

const RULES_DIR = join(import.meta.dirname, '../../src/rules');

const isRule = (v: unknown): v is Rule =>
  typeof v === 'object' && v !== null && typeof (v as Rule).check === 'function' && typeof (v as Rule).meta?.id === 'string';

/** Every module under src/rules/<folder>/ with the rules it exports; a module exporting none is a helper (clusters.ts). */
async function rulesOnDisk(): Promise<{ file: string; folder: string; rules: Rule[] }[]> {
  const out: { file: string; folder: string; rules: Rule[] }[] = [];
  for (const folder of readdirSync(RULES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    for (const file of readdirSync(join(RULES_DIR, folder)).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(pathToFileURL(join(RULES_DIR, folder, file)).href)) as Record<string, unknown>;
      out.push({ file: `${folder}/${file}`, folder, rules: Object.values(mod).filter(isRule) });
    }
  }
  return out;
}

describe('the rule registry (src/rules/index.ts)', () => {
  it('holds every rule module on disk, once, each in a file named for its id', async () => {
    const modules = await rulesOnDisk();
    const ruleModules = modules.filter((m) => m.rules.length && m.folder !== 'analyses');
    expect(ruleModules.length).toBeGreaterThan(50);
    const registered = new Set(ALL_RULES);
    const missing = ruleModules.flatMap((m) => m.rules.filter((r) => !registered.has(r)).map((r) => `${m.file}: ${r.meta.id}`));
    expect(missing, 'rule modules not in ALL_RULES').toEqual([]);
    // The folder is the step, or a topic within one (javascript/ holds content-step rules).
    const misnamed = ruleModules.flatMap((m) => m.rules.filter((r) => `${m.folder}/${r.meta.id}.ts` !== m.file).map((r) => `${m.file}: ${r.meta.id}`));
    expect(misnamed, 'rules whose file is not named <id>.ts').toEqual([]);
    // The other way round: every registered rule comes from a module on disk.
    const onDisk = new Set(ruleModules.flatMap((m) => m.rules));
    expect(ALL_RULES.filter((r) => !onDisk.has(r)).map((r) => r.meta.id)).toEqual([]);
  });

  it('holds every rule over the analyses on disk, and nothing else there', async () => {
    const modules = (await rulesOnDisk()).filter((m) => m.folder === 'analyses');
    const onDisk = modules.flatMap((m) => m.rules);
    expect(onDisk.length).toBeGreaterThan(10);
    const registered = new Set<unknown>(ANALYSIS_RULES);
    expect(onDisk.filter((r) => !registered.has(r)).map((r) => r.meta.id), 'analysis rules not in ANALYSIS_RULES').toEqual([]);
    expect(ANALYSIS_RULES.filter((r) => !onDisk.includes(r as unknown as Rule)).map((r) => r.meta.id)).toEqual([]);
  });

  it('lists no rule twice and no id twice', () => {
    expect(new Set(ALL_RULES).size).toBe(ALL_RULES.length);
    expect(new Set(ANALYSIS_RULES).size).toBe(ANALYSIS_RULES.length);
    const ids = allRuleMetas().map((m) => m.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
