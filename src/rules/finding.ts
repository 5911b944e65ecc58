import type { Evidence, Finding, RuleMeta } from './types.js';

/**
 * A finding from a rule's metadata and all its evidence: the report keeps every item in its `items`
 * list and caps the evidence shown in the steps (src/report/build.ts).
 */
export function findingFrom(meta: RuleMeta, evidence: Evidence[]): Finding {
  const { id, step, severity, title, fix } = meta;
  return { ruleId: id, step, severity, title, fix, count: evidence.length, evidence };
}
