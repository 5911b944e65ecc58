/**
 * One item of evidence from its typed facts: the English detail is worded from them by the rule's
 * template (src/rules/details-en.ts), so the detail never says what the facts do not hold, and
 * another language can word the same facts (src/i18n/details-fr.ts).
 */
import { EN_DETAILS } from './details-en.js';
import type { Facts, FactsOf, FindingId } from './facts.js';
import type { Evidence } from './types.js';

export function item<Id extends FindingId>(id: Id, facts: FactsOf<Id>, where: { url?: string; related?: string[] } = {}): Evidence {
  const template = EN_DETAILS[id] as ((f: FactsOf<Id>) => string) | null;
  const detail = template ? template(facts) : '';
  return {
    ...(where.url !== undefined ? { url: where.url } : {}),
    ...(detail ? { detail } : {}),
    ...(where.related ? { related: where.related } : {}),
    facts: facts as Facts,
  };
}
