/**
 * The identity of a finding's item across runs: what the item is about, never what was measured
 * about it. `query-without-page` says `"riad fès": 120 impressions, best page 21.3/100`: the query
 * is the item, the impressions and the score change every week. Keyed by the whole detail, the
 * item would be "new" and "fixed" on every run; keyed by what it is about, the diff shows only real
 * change.
 *
 * Order: the evidence's URL (the page the finding is about), else the quoted subject that starts
 * the detail (a keyword, a query, a file), else the detail with its figures blanked.
 */
export interface ItemLike {
  url?: string | null;
  detail?: string | null;
}

const QUOTED_SUBJECT = /^"((?:[^"\\]|\\.)*)"/;

export function itemIdentity(ruleId: string, item: ItemLike): string {
  return `${ruleId}|${itemSubject(item)}`;
}

/** What an item without a URL is about, as the report shows it: its quoted subject (`"riad fès"`), else its detail. */
export function itemWhere(urlOrDetail: string | null): string | null {
  if (!urlOrDetail || /^https?:\/\//i.test(urlOrDetail)) return urlOrDetail;
  const quoted = QUOTED_SUBJECT.exec(urlOrDetail);
  return quoted ? `"${quoted[1]}"` : urlOrDetail;
}

export function itemSubject(item: ItemLike): string {
  if (item.url) return item.url;
  const detail = item.detail ?? '';
  const quoted = QUOTED_SUBJECT.exec(detail);
  if (quoted) return `"${quoted[1]!.toLowerCase()}"`;
  // Figures (scores, counts, sizes, durations) are measurements, not identity.
  return detail.replace(/\d+(?:[.,]\d+)*/g, '#');
}
