/**
 * Most pages have no redirect, no X-Robots-Tag, no hreflang, the same robots.txt answer for every
 * bot: each of those empty lists and identical maps is an object of its own per page unless the
 * crawl hands out one shared, frozen copy. On a 100,000-page crawl that is tens of megabytes.
 * Frozen, so that code changing a page's list in place fails loudly instead of changing them all.
 */
import type { HtmlFacts, MetaRobots } from '../site/types.js';

const EMPTY_LIST: readonly never[] = Object.freeze([]);
const EMPTY_MAP = Object.freeze({});
const NO_ROBOTS: MetaRobots = Object.freeze({ generic: EMPTY_LIST as unknown as string[], perBot: EMPTY_MAP });

export function list<T>(a: T[]): T[] {
  return a.length ? a : (EMPTY_LIST as unknown as T[]);
}

function map<T extends object>(o: T): T {
  for (const _ in o) return o;
  return EMPTY_MAP as T;
}

export function robots(r: MetaRobots): MetaRobots {
  return r.generic.length || Object.keys(r.perBot).length ? r : NO_ROBOTS;
}

/** One frozen copy per distinct robots.txt verdict across the crawl's bots. */
export function makeVerdictTable(): (allowed: Record<string, boolean>) => Record<string, boolean> {
  const seen = new Map<string, Record<string, boolean>>();
  return (allowed) => {
    const key = Object.entries(allowed)
      .map(([k, v]) => `${k}=${v ? 1 : 0}`)
      .join(',');
    let hit = seen.get(key);
    if (!hit) seen.set(key, (hit = Object.freeze({ ...allowed })));
    return hit;
  };
}

export function facts(f: HtmlFacts): HtmlFacts {
  f.metaRobots = robots(f.metaRobots);
  f.hreflang = list(f.hreflang);
  f.structuredDataTypes = list(f.structuredDataTypes);
  f.ignoredHeadTags = list(f.ignoredHeadTags);
  f.imagesMissingAlt = list(f.imagesMissingAlt);
  f.verification = map(f.verification);
  f.internalLinks.rels = map(f.internalLinks.rels);
  f.externalLinks.rels = map(f.externalLinks.rels);
  if (f.sitemapLinks) f.sitemapLinks = list(f.sitemapLinks);
  if (!f.externalLinks.urls.length) f.externalLinks.urls = list(f.externalLinks.urls);
  return f;
}
