/**
 * After the crawl: sitemap membership and inlink counts for every page, and a stable order
 * (depth, then URL) so that two crawls of the same site give the same snapshot.
 */
import type { PageRecord, SitemapUrl } from './types.js';

export function finalizePages(pages: PageRecord[], sitemapUrls: SitemapUrl[]): PageRecord[] {
  const lastmod = new Map<string, string | undefined>();
  for (const s of sitemapUrls) lastmod.set(s.url, s.lastmod);

  // A link to a URL that redirects counts towards the redirecting URL's record and its target's.
  const byUrl = new Map<string, PageRecord>();
  for (const p of pages) byUrl.set(p.url, p);
  const finalOf = new Map<string, string>();
  for (const p of pages) if (p.finalUrl !== p.url) finalOf.set(p.url, p.finalUrl);

  const inlinks = new Map<string, number>();
  for (const p of pages) {
    if (!p.html) continue;
    const targets = new Set<string>();
    for (const url of p.html.internalLinks.urls) {
      if (url === p.url || url === p.finalUrl) continue;
      targets.add(url);
      const f = finalOf.get(url);
      if (f) targets.add(f);
    }
    for (const t of targets) inlinks.set(t, (inlinks.get(t) ?? 0) + 1);
  }
  for (const p of pages) {
    p.inlinks = inlinks.get(p.url) ?? 0;
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
