import type { SiteSnapshot } from '../../site/types.js';
import { defineRule, htmlPages, pageIndex } from '../helpers.js';
import { item } from '../evidence.js';

const is4xx = (s: number | null) => s !== null && s >= 400 && s < 500;

const computed = new WeakMap<SiteSnapshot, Map<string, Set<string>>>();

/**
 * 4xx URLs linked from crawled pages, with the pages linking to them. internal-link-broken reports
 * these and page-4xx the others, so one dead URL gets one piece of advice (5xx stay with page-5xx:
 * a server error is fixed on the server, not in the links).
 */
export function linkedClientErrors(snapshot: SiteSnapshot): Map<string, Set<string>> {
  let linkers = computed.get(snapshot);
  if (linkers) return linkers;
  linkers = new Map();
  computed.set(snapshot, linkers);
  // Most sites have no broken target: then a million links need no look.
  if (!snapshot.pages.some((t) => is4xx(t.status))) return linkers;
  const byUrl = pageIndex(snapshot);
  for (const p of htmlPages(snapshot)) {
    for (const url of p.html!.internalLinks.urls) {
      const t = byUrl.get(url);
      if (t && is4xx(t.status)) {
        const s = linkers.get(t.url) ?? new Set<string>();
        s.add(p.url);
        linkers.set(t.url, s);
      }
    }
  }
  return linkers;
}

export const internalLinkBroken = defineRule(
  {
    id: 'internal-link-broken', step: 'content', severity: 'warning', title: 'Internal links to pages that answer 4xx',
    help: 'Links to 4xx pages lead visitors and engines to dead ends. Each URL here is reported once: page-4xx lists only the 4xx URLs no crawled page links to.',
    fix: 'Restore each page or 301 it to its nearest equivalent, or update the links listed as related.',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    return [...linkedClientErrors(snapshot)].map(([url, from]) => item('internal-link-broken', { status: byUrl.get(url)!.status!, linkedFrom: from.size }, { url, related: [...from].slice(0, 10) }));
  },
);
