/**
 * Every rule and analysis check with its outcome, so a passed check and one that never ran differ
 * in the JSON (Lighthouse lists passed audits too). A check "did not run" when its input is absent:
 * no target keywords, no rankings, no directories... The reasons are stated here, once.
 */
import type { RefauditConfig } from '../config/types.js';
import { ALL_RULES } from '../rules/index.js';
import { COVERAGE_FINDINGS } from '../analyze/coverage/findings.js';
import { JAVASCRIPT_FINDINGS } from '../analyze/coverage/javascript.js';
import { RELEVANCE_FINDINGS } from '../analyze/relevance/findings.js';
import { RANKING_FINDINGS } from '../analyze/ranking/findings.js';
import type { Finding, RuleMeta } from '../rules/types.js';
import type { RuleOutcome } from './types.js';

/** Every check refaudit knows, rules first then the analyses' findings. */
export function allRuleMetas(): RuleMeta[] {
  return [...ALL_RULES.map((r) => r.meta), ...COVERAGE_FINDINGS, ...JAVASCRIPT_FINDINGS, ...RELEVANCE_FINDINGS, ...RANKING_FINDINGS];
}

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

function notRunReason(id: string, i: RuleInputs): string | null {
  const need: [boolean, string][] = [];
  if (['keyword-cannibalisation', 'keyword-gap', 'keyword-not-on-site', 'keyword-landing-mismatch', 'competitor-more-relevant'].includes(id)) need.push([i.keywords > 0, 'no target keywords given']);
  if (['ranking-striking-distance', 'ranking-not-ranked', 'keyword-landing-mismatch'].includes(id)) need.push([i.rankings > 0, 'no rankings imported']);
  if (id === 'query-without-page') need.push([i.queries > 0, 'no Search Console queries imported']);
  if (id === 'competitor-more-relevant') need.push([i.competitors > 0, 'no competitors given']);
  if (id === 'directory-link-missing') need.push([i.directories > 0, 'no directories configured']);
  if (id === 'indexnow-key-invalid') need.push([i.indexNowKey, 'no IndexNow key configured']);
  const missing = need.filter(([ok]) => !ok).map(([, why]) => why);
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
