/**
 * Small views over the snapshot that several rules share.
 */
import type { PageRecord, SiteSnapshot } from '../site/types.js';
import { isIndexable } from '../site/indexability.js';
import type { Evidence, Rule, RuleMeta, RuleContext } from './types.js';
import { item } from './evidence.js';

export function defineRule(meta: RuleMeta, check: (ctx: RuleContext) => Evidence[]): Rule {
  return { meta, check };
}

/** Views many rules ask for, computed once per page list (rules never change the snapshot). */
function memo(fn: (pages: PageRecord[]) => PageRecord[]): (s: SiteSnapshot) => PageRecord[] {
  const cache = new WeakMap<PageRecord[], PageRecord[]>();
  return (s) => {
    let v = cache.get(s.pages);
    if (!v) cache.set(s.pages, (v = fn(s.pages)));
    return v;
  };
}

export const htmlPages = memo((pages) => pages.filter((p) => p.status === 200 && p.html));

export const indexablePages = memo((pages) => pages.filter((p) => isIndexable(p)));

/** Pages grouped by a key (titles, descriptions): the groups with two or more pages. */
export function duplicatesBy(id: 'title-duplicate' | 'meta-description-duplicate', pages: PageRecord[], key: (p: PageRecord) => string | null): Evidence[] {
  const groups = new Map<string, PageRecord[]>();
  for (const p of pages) {
    const k = key(p);
    if (!k) continue;
    const norm = k.trim().toLowerCase();
    const g = groups.get(norm);
    if (g) g.push(p);
    else groups.set(norm, [p]);
  }
  const out: Evidence[] = [];
  for (const [, g] of groups) {
    if (g.length < 2) continue;
    for (const p of g) out.push(item(id, { value: key(p)!, pages: g.length }, { url: p.url, related: g.filter((o) => o !== p).map((o) => o.url).slice(0, 10) }));
  }
  return out;
}

export const pageIndex = (s: SiteSnapshot): Map<string, PageRecord> => {
  const m = new Map<string, PageRecord>();
  for (const p of s.pages) m.set(p.url, p);
  return m;
};

/** localhost, 127.0.0.0/8, ::1, 10/8, 172.16/12, 192.168/16: a copy of the site, not where it is published. */
export function isLocalHost(host: string | null): boolean {
  if (!host) return false;
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h) || /^10\./.test(h) || /^192\.168\./.test(h) || /^172\.(1[6-9]|2\d|3[01])\./.test(h);
}

/** A URL's host with its port, or null for a URL that does not parse. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
