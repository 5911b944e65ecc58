import type { AnalysisContext, AnalysisRule, Finding, Rule, RuleContext } from './types.js';
import { SEVERITY_RANK } from './types.js';
import { findingFrom } from './finding.js';
import { ALL_RULES, ANALYSIS_RULES } from './index.js';

/** Runs the rules; a rule with evidence becomes one finding (all its evidence; the report caps what the steps show). */
export function runRules(ctx: RuleContext, rules: Rule[] = ALL_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const evidence = rule.check(ctx);
    if (!evidence.length) continue;
    out.push(findingFrom(rule.meta, evidence));
  }
  return out.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId));
}

/** Runs the rules over the analyses' results, in the registry's order. */
export function runAnalysisRules(ctx: AnalysisContext, rules: AnalysisRule[] = ANALYSIS_RULES): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const evidence = rule.check(ctx);
    if (evidence.length) out.push(findingFrom(rule.meta, evidence));
  }
  return out;
}
