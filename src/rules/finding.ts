import type { Evidence, Finding, RuleMeta } from './types.js';

/**
 * A finding from a rule's (or an analysis finding's) metadata and all its evidence: the report keeps
 * every item in its `items` list and caps the evidence shown in the steps (src/report/build.ts).
 */
export function findingFrom(meta: RuleMeta, evidence: Evidence[]): Finding {
  const { id, step, severity, title, fix } = meta;
  return { ruleId: id, step, severity, title, fix, count: evidence.length, evidence };
}

/** An analysis finding's metadata by id; ids are typed from the metadata list, so a typo does not compile. */
export function metaById<M extends RuleMeta>(metas: readonly M[], id: M['id']): M {
  const m = metas.find((x) => x.id === id);
  if (!m) throw new Error(`no finding metadata for "${id}"`);
  return m;
}
