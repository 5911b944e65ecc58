/**
 * Whether a page can enter an engine's index, from what the crawl saw. One definition shared by
 * the rules, the coverage analysis and the crawl summary, so they never disagree.
 */
import type { MetaRobots, PageRecord } from './types.js';
import { isMetaRefreshRedirect } from './redirects.js';

export type NotIndexableReason =
  | 'not-fetched'
  | 'status'
  /** A 200 page whose meta refresh leaves at once: a redirect (site/redirects.ts). */
  | 'meta-refresh'
  | 'not-html'
  | 'noindex'
  | 'canonicalised'
  | 'robots-blocked';

const blocksIndex = (d: string) => d === 'noindex' || d === 'none';

export function hasNoindex(robots: MetaRobots, botToken: string | null): boolean {
  return robots.generic.some(blocksIndex) || (botToken !== null && (robots.perBot[botToken]?.some(blocksIndex) ?? false));
}

// Asked for every page by many rules: no arrays built.
export function isNoindex(page: PageRecord, botToken: string | null = null): boolean {
  return (page.html !== undefined && hasNoindex(page.html.metaRobots, botToken)) || hasNoindex(page.headerRobots, botToken);
}

/** The canonical points to another URL than the page's final URL. */
export function isCanonicalisedAway(page: PageRecord): boolean {
  const c = page.html?.canonical;
  return !!c && c !== page.finalUrl;
}

/**
 * Why the page is not indexable for that bot (null bot: for engines in general, ignoring robots.txt
 * per bot), or null when it is indexable.
 */
export function notIndexableReason(
  page: PageRecord,
  bot: { id: string; token: string } | null = null,
): NotIndexableReason | null {
  if (bot && page.robotsAllowed[bot.id] === false) return 'robots-blocked';
  if (page.status === null) return 'not-fetched';
  if (page.status !== 200) return 'status';
  if (isMetaRefreshRedirect(page)) return 'meta-refresh';
  if (!page.html) return 'not-html';
  if (isNoindex(page, bot?.token ?? null)) return 'noindex';
  if (isCanonicalisedAway(page)) return 'canonicalised';
  return null;
}

export function isIndexable(page: PageRecord, bot: { id: string; token: string } | null = null): boolean {
  return notIndexableReason(page, bot) === null;
}
