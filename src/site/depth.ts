/**
 * Click depth as the shortest path from the start page(s), worked out after the crawl over the
 * links the crawl recorded. During the crawl a page's depth is that of the first link to arrive,
 * and with several requests in flight a slow page on the short path lets a long path arrive first:
 * two runs disagreed. A breadth-first walk over the link columns gives one answer whatever the
 * order pages came in, the thread count or the timing.
 *
 * Edges are those the crawl follows: internal links without nofollow, the canonical and hreflang
 * alternates (one step each, as the crawl counts them); a redirect (HTTP or meta refresh) costs no
 * step: its target has the redirecting URL's depth. Pages no walk reaches (sitemap-only) get -1,
 * and keep the page that first linked them as foundOn; the others get their parent on the walk.
 */
import { isNofollow } from './page-text.js';
import type { PageRecord } from './types.js';

export function assignShortestDepths(pages: PageRecord[], starts: string[]): void {
  const byUrl = new Map<string, PageRecord>();
  // -1 until the walk reaches the page: the walk's "seen" mark, and the answer for pages it never reaches.
  for (const p of pages) {
    byUrl.set(p.url, p);
    p.depth = -1;
  }
  let level: PageRecord[] = [];
  for (const s of starts) {
    const p = byUrl.get(s);
    if (p && p.depth < 0) {
      p.depth = 0;
      p.foundOn = null;
      level.push(p);
    }
  }
  for (let d = 0; level.length; d++) {
    // Redirect targets join the level they are reached at (the array grows while it is read).
    for (let i = 0; i < level.length; i++) {
      const p = level[i]!;
      const t = p.finalUrl !== p.url ? byUrl.get(p.finalUrl) : undefined;
      if (t && t.depth < 0) {
        t.depth = d;
        t.foundOn = p.url;
        level.push(t);
      }
    }
    const next: PageRecord[] = [];
    const reach = (url: string, from: PageRecord) => {
      const t = byUrl.get(url);
      if (t && t.depth < 0) {
        t.depth = d + 1;
        t.foundOn = from.url;
        next.push(t);
      }
    };
    for (const p of level) {
      const h = p.html;
      if (!h) continue;
      const links = h.internalLinks;
      for (let i = 0; i < links.urls.length; i++) if (!isNofollow(links, i)) reach(links.urls[i]!, p);
      if (h.canonical) reach(h.canonical, p);
      for (const alt of h.hreflang) reach(alt.url, p);
    }
    level = next;
  }
}
