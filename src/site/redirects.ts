/**
 * Which records are redirects, HTTP or not: one definition for the crawler, the rules, relevance
 * and the crawl summary.
 *
 * A meta refresh counts as a redirect when it leaves "at once": a delay of at most
 * META_REFRESH_REDIRECT_MAX_DELAY seconds. Google reads an instant meta refresh as a permanent
 * redirect and a delayed one as a temporary redirect
 * (developers.google.com/search/docs/crawling-indexing/301-redirects, "Meta refresh redirects",
 * read 2026-11-30); generators write 0 (WordPress tag stubs, Hugo aliases, Jekyll redirect_from,
 * Docusaurus client redirects) and older hand-written pages 1. Nobody reads a page in a second: at
 * 0 or 1 the page is a waypoint, not content. From 2 seconds on, the page has time to be seen and
 * stays a page (with its content audited).
 */
import type { MetaRefresh, PageRecord } from './types.js';

export const META_REFRESH_REDIRECT_MAX_DELAY = 1;

/** The target of a meta refresh that works as a redirect away from pageUrl, else null. */
export function refreshTarget(refresh: MetaRefresh | null | undefined, pageUrl: string): string | null {
  if (!refresh || refresh.url === null || refresh.delay > META_REFRESH_REDIRECT_MAX_DELAY) return null;
  return refresh.url === pageUrl ? null : refresh.url;
}

/** The record is a meta-refresh redirect (a 200 page recorded as a redirect to its target). */
export function isMetaRefreshRedirect(page: PageRecord): boolean {
  return page.redirects.length > 0 && page.redirects[page.redirects.length - 1]!.via === 'meta-refresh';
}

/** The record sends the reader elsewhere: an HTTP redirect (3xx) or a meta-refresh redirect. */
export function isRedirect(page: PageRecord): boolean {
  return page.redirects.length > 0 && page.finalUrl !== page.url;
}

/**
 * The start page, or the page its redirects land on inside the site (`/` -> `/fr/`, `/docs` ->
 * `/docs/`, HTTP or meta refresh): the crawl recorded that page too. A redirect out of the site
 * has no record at its target, and stays the start.
 */
export function landingPage(pages: PageRecord[], startUrl: string): PageRecord | undefined {
  const byUrl = new Map<string, PageRecord>();
  for (const p of pages) byUrl.set(p.url, p);
  let page = byUrl.get(startUrl) ?? pages[0];
  for (let hops = 0; page && isRedirect(page) && hops < 20; hops++) {
    const next = byUrl.get(page.finalUrl);
    if (!next || next === page) break;
    page = next;
  }
  return page;
}
