/** Every finding item, uncapped, with a stable id (rule id and where), for scripts and CSV. */
import type { Finding } from '../rules/types.js';
import type { FindingItem } from './types.js';

export function findingItems(findings: Finding[]): FindingItem[] {
  const out: FindingItem[] = [];
  const seen = new Map<string, number>();
  for (const f of findings) {
    for (const e of f.evidence) {
      const key = `${f.ruleId}:${e.url ?? e.detail ?? ''}`;
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      out.push({
        id: n === 1 ? key : `${key}#${n}`,
        ruleId: f.ruleId,
        severity: f.severity,
        step: f.step,
        url: e.url ?? null,
        detail: e.detail ?? null,
        related: e.related ?? [],
        facts: e.facts ?? {},
      });
    }
  }
  return out;
}
