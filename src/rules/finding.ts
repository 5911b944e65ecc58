import type { Evidence, Finding, RuleMeta } from './types.js';

/**
 * A finding from a rule's (or an analysis finding's) metadata and all its evidence: the report keeps
 * every item in its `items` list and caps the evidence shown in the steps (src/report/build.ts).
 */
export function findingFrom(meta: RuleMeta, evidence: Evidence[]): Finding {
  const { id, step, severity, title, fix } = meta;
  return { ruleId: id, step, severity, title, fix, count: evidence.length, evidence };
}

export function metaById(metas: RuleMeta[], id: string): RuleMeta {
  const m = metas.find((x) => x.id === id);
  if (!m) throw new Error(`no finding metadata for "${id}"`);
  return m;
}
