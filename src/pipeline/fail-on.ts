/**
 * --fail-on for cron and CI: exit 1 with one reason line when a chosen threshold is crossed.
 */
import type { FailOn } from '../config/types.js';
import { isRegression, type ReportDiff } from '../history/diff.js';
import type { ObjectiveResult } from '../report/steps/objectives.js';
import type { Report } from '../report/types.js';

export function checkFailOn(failOn: FailOn[], report: Report, diff: ReportDiff | null, objectives: ObjectiveResult[]): { fail: boolean; reason: string | null } {
  const reasons: string[] = [];
  const c = report.findingCounts;
  if (failOn.includes('critical') && c.critical > 0) reasons.push(`${c.critical} critical finding(s)`);
  if (failOn.includes('warning') && c.critical + c.warning > 0) reasons.push(`${c.critical + c.warning} critical or warning finding(s)`);
  if (failOn.includes('regression') && diff) {
    const r = isRegression(diff);
    if (r.regressed) reasons.push(`regression since ${diff.from.slice(0, 10)}: ${r.reasons.join('; ')}`);
  }
  if (failOn.includes('objectives')) {
    const missed = objectives.filter((o) => o.met === false);
    if (missed.length) reasons.push(`objectives not met: ${missed.map((o) => o.label).join(', ')}`);
  }
  return reasons.length ? { fail: true, reason: `--fail-on: ${reasons.join('; ')}` } : { fail: false, reason: null };
}
