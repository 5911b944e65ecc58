/**
 * Puts the step parts in the eight-step order, routes every finding to its step, and counts
 * findings by severity. Knows nothing of any one analysis: build.ts hands it the parts.
 */
import type { Finding, Severity, StepId } from '../rules/types.js';
import { SEVERITY_RANK, STEP_ORDER } from '../rules/types.js';
import type { ReportStep, StepPart } from './types.js';

export const STEP_TITLES: Record<StepId, string> = {
  objectives: 'Objectives and strategy',
  keywords: 'Keywords',
  engines: 'Engines and directories',
  content: 'Content and structure',
  'landing-pages': 'Dedicated landing pages',
  submission: 'Submission',
  evaluation: 'Evaluation of results',
  periodic: 'Periodic audit',
};

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId),
  );
}

export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

export function assembleSteps(parts: Record<StepId, StepPart>, findings: Finding[]): ReportStep[] {
  return STEP_ORDER.map((id, i) => {
    const part = parts[id];
    const own = [...(part.findings ?? []), ...findings.filter((f) => f.step === id)];
    return {
      id,
      number: (i + 1) as ReportStep['number'],
      title: STEP_TITLES[id],
      summary: part.summary,
      scores: part.scores,
      findings: sortFindings(dedupeFindings(own)),
      tables: part.tables,
      charts: part.charts,
      notes: part.notes,
    };
  });
}

/** A step builder and the rule runner may both hand over the same finding: keep one per rule id. */
function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.ruleId)) seen.set(f.ruleId, f);
  return [...seen.values()];
}
