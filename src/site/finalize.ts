/**
 * After the crawl: click depths (depth.ts), sitemap membership and inlink counts for every page, and a stable order
 * (depth, then URL) so that two crawls of the same site give the same snapshot.
 */
import type { PageRecord, SitemapUrl } from './types.js';
import { assignShortestDepths } from './depth.js';

/** `starts`: the URLs at depth 0 (the start URL, or every URL of a list); depths are then the shortest paths from them. */
export function finalizePages(pages: PageRecord[], sitemapUrls: SitemapUrl[], starts?: string[]): PageRecord[] {
  if (starts) assignShortestDepths(pages, starts);
  const lastmod = new Map<string, string | undefined>();
  for (const s of sitemapUrls) lastmod.set(s.url, s.lastmod);

  // A link to a URL that redirects counts towards the redirecting URL's record and its target's.
  const byUrl = new Map<string, PageRecord>();
  for (const p of pages) byUrl.set(p.url, p);
  const finalOf = new Map<string, string>();
  for (const p of pages) if (p.finalUrl !== p.url) finalOf.set(p.url, p.finalUrl);

  // A page counts once for each URL it links to: `last` is the last page that counted (one lookup a
  // link, where a set of each page's targets cost a tenth of a second after a 10,000-page crawl).
  const inlinks = new Map<string, { count: number; last: number }>();
  const count = (target: string, page: number) => {
    const e = inlinks.get(target);
    if (!e) inlinks.set(target, { count: 1, last: page });
    else if (e.last !== page) {
      e.count += 1;
      e.last = page;
    }
  };
  pages.forEach((p, k) => {
    if (!p.html) return;
    for (const url of p.html.internalLinks.urls) {
      if (url === p.url || url === p.finalUrl) continue;
      count(url, k);
      const f = finalOf.get(url);
      if (f) count(f, k);
    }
  });
  for (const p of pages) {
    p.inlinks = inlinks.get(p.url)?.count ?? 0;
    // Membership is by the URL itself: a redirecting URL is not "in the sitemap" because its target is.
    p.inSitemap = lastmod.has(p.url);
    const lm = lastmod.get(p.url);
    if (lm) p.sitemapLastmod = lm;
    // `delete` turns an object into a slow, several-times-larger dictionary: only when needed.
    else if (p.sitemapLastmod !== undefined) delete p.sitemapLastmod;
  }
  const depthKey = (d: number) => (d < 0 ? Number.MAX_SAFE_INTEGER : d);
  return pages.sort((a, b) => depthKey(a.depth) - depthKey(b.depth) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
