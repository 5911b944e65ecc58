/**
 * Every rule and analysis check with its outcome, so a passed check and one that never ran differ
 * in the JSON (Lighthouse lists passed audits too). A check "did not run" when its input is absent:
 * no target keywords, no rankings, no directories... The reasons are stated here, once.
 */
import type { RefauditConfig } from '../config/types.js';
import { allRuleMetas } from '../rules/index.js';
import type { Finding, RuleMeta } from '../rules/types.js';
import type { RuleOutcome } from './types.js';


export interface RuleInputs {
  keywords: number;
  rankings: number;
  queries: number;
  competitors: number;
  directories: number;
  indexNowKey: boolean;
}

export function ruleInputs(config: RefauditConfig, rankings: number): RuleInputs {
  return {
    keywords: config.keywords.length,
    rankings,
    queries: config.queries.length,
    competitors: config.competitors.length,
    directories: config.directories.length,
    indexNowKey: !!config.indexNowKey,
  };
}

/** The checks that need an input, by input (test/report/rule-outcomes.test.ts holds the ids against the registry). */
export const NEEDS: Record<keyof RuleInputs, { ids: string[]; why: string }> = {
  keywords: { ids: ['keyword-cannibalisation', 'keyword-gap', 'keyword-not-on-site', 'keyword-landing-mismatch', 'competitor-more-relevant'], why: 'no target keywords given' },
  rankings: { ids: ['ranking-striking-distance', 'ranking-not-ranked', 'keyword-landing-mismatch'], why: 'no rankings imported' },
  queries: { ids: ['query-without-page'], why: 'no Search Console queries imported' },
  competitors: { ids: ['competitor-more-relevant'], why: 'no competitors given' },
  directories: { ids: ['directory-link-missing'], why: 'no directories configured' },
  indexNowKey: { ids: ['indexnow-key-invalid'], why: 'no IndexNow key configured' },
};

function notRunReason(id: string, i: RuleInputs): string | null {
  const missing = (Object.keys(NEEDS) as (keyof RuleInputs)[]).filter((k) => NEEDS[k].ids.includes(id) && !i[k]).map((k) => NEEDS[k].why);
  return missing.length ? missing.join('; ') : null;
}

export function ruleOutcomes(findings: Finding[], inputs: RuleInputs, metas: RuleMeta[] = allRuleMetas()): RuleOutcome[] {
  const byId = new Map(findings.map((f) => [f.ruleId, f]));
  const known = new Set(metas.map((m) => m.id));
  // A finding whose rule is not in the lists (a step builder's own) still gets its line.
  const extra = findings.filter((f) => !known.has(f.ruleId)).map((f): RuleMeta => ({ id: f.ruleId, step: f.step, severity: f.severity, title: f.title, help: '', fix: f.fix }));
  return [...metas, ...extra].map((m) => {
    const f = byId.get(m.id);
    const base = { id: m.id, step: m.step, severity: m.severity, title: m.title };
    if (f) return { ...base, state: 'failed', count: f.count };
    const reason = notRunReason(m.id, inputs);
    return reason ? { ...base, state: 'not-run', count: 0, reason } : { ...base, state: 'passed', count: 0 };
  });
}
