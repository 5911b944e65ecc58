import type { Finding, Rule, RuleContext } from './types.js';
import { EVIDENCE_CAP, SEVERITY_RANK } from './types.js';
import { ALL_RULES } from './index.js';

/** Runs the rules; a rule with evidence becomes one finding (evidence capped, count kept whole). */
export function runRules(ctx: RuleContext, rules: Rule[] = ALL_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const evidence = rule.check(ctx);
    if (!evidence.length) continue;
    const { id, step, severity, title, fix } = rule.meta;
    out.push({ ruleId: id, step, severity, title, fix, count: evidence.length, evidence: evidence.slice(0, EVIDENCE_CAP) });
  }
  return out.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId));
}
