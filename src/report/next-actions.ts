/**
 * The consultant's "what to do first" list: every finding becomes a candidate action, ranked by
 * impact over effort. Both scales are refaudit's documented heuristic (README, "Next actions"):
 * impact from severity, raised when many pages are affected; effort from the kind of work a step
 * usually asks (a robots.txt line is quicker than rewriting landing pages).
 */
import type { Finding, Severity, StepId } from '../rules/types.js';
import type { NextAction } from './types.js';

const IMPACT: Record<Severity, number> = { critical: 5, warning: 3, notice: 1 };

const EFFORT: Record<StepId, number> = {
  objectives: 1,
  submission: 1,
  engines: 1,
  content: 2,
  evaluation: 3,
  keywords: 3,
  'landing-pages': 4,
  periodic: 1,
};

export const MAX_NEXT_ACTIONS = 12;

export function nextActions(findings: Finding[], limit = MAX_NEXT_ACTIONS): NextAction[] {
  const scored = findings.map((f) => {
    const impact = Math.min(5, IMPACT[f.severity] + (f.count >= 10 ? 1 : 0));
    const effort = EFFORT[f.step];
    return { f, impact, effort, priority: impact / effort };
  });
  scored.sort((a, b) => b.priority - a.priority || b.impact - a.impact || b.f.count - a.f.count || a.f.ruleId.localeCompare(b.f.ruleId));
  return scored.slice(0, limit).map(({ f, impact, effort }, i) => {
    const urls = f.evidence.map((e) => e.url).filter((u): u is string => !!u).slice(0, 5);
    const action: NextAction = {
      rank: i + 1,
      step: f.step,
      title: f.fix,
      why: `${f.title} (${f.count} ${f.count === 1 ? 'item' : 'items'})`,
      impact,
      effort,
      ruleId: f.ruleId,
      count: f.count,
    };
    if (urls.length) action.urls = urls;
    return action;
  });
}
