import type { Evidence, Finding, RuleMeta } from './types.js';
import { EVIDENCE_CAP } from './types.js';

/** A finding from a rule's (or an analysis finding's) metadata and its evidence, capped. */
export function findingFrom(meta: RuleMeta, evidence: Evidence[]): Finding {
  const { id, step, severity, title, fix } = meta;
  return { ruleId: id, step, severity, title, fix, count: evidence.length, evidence: evidence.slice(0, EVIDENCE_CAP) };
}

export function metaById(metas: RuleMeta[], id: string): RuleMeta {
  const m = metas.find((x) => x.id === id);
  if (!m) throw new Error(`no finding metadata for "${id}"`);
  return m;
}
