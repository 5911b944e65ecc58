/**
 * The crawl in figures: what step 4 opens with. Percentiles use the nearest-rank method.
 */
import type { SiteSnapshot } from '../site/types.js';
import { notIndexableReason } from '../site/indexability.js';
import { isMetaRefreshRedirect } from '../site/redirects.js';

export interface CrawlSummary {
  pages: number;
  byStatus: { status: string; count: number }[];
  byDepth: { depth: string; count: number }[];
  responseMs: { p50: number | null; p90: number | null; p99: number | null };
  indexable: number;
  notIndexable: { reason: string; count: number }[];
  sitemapOverlap: { both: number; sitemapOnly: number; crawlOnly: number };
  bytes: number;
  compressedShare: number | null;
  contentTypes: { type: string; count: number }[];
  durationMs: number;
  stoppedBy: string;
  skipped: SiteSnapshot['stats']['skipped'];
  trapPatterns: SiteSnapshot['stats']['trapPatterns'];
}

export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

const countBy = <T,>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return m;
};

export function summarizeCrawl(snap: SiteSnapshot): CrawlSummary {
  const pages = snap.pages;
  const fetched = pages.filter((p) => p.status !== null);
  const statusKey = (s: number | null, crawlAllowed: boolean, code?: string) =>
    s === null ? (crawlAllowed ? `error: ${code ?? 'none'}` : 'blocked by robots.txt') : String(s);
  // A meta-refresh redirect answers 200 but is a redirect: a status kind of its own.
  const byStatus = [...countBy(pages, (p) => (isMetaRefreshRedirect(p) ? '200 meta refresh (redirect)' : statusKey(p.status, p.crawlAllowed, p.error?.code)))]
    .map(([status, count]) => ({ status, count }))
    .sort((a, b) => a.status.localeCompare(b.status));
  const byDepth = [...countBy(pages, (p) => (p.depth < 0 ? 'sitemap only' : String(p.depth)))]
    .map(([depth, count]) => ({ depth, count }))
    .sort((a, b) => (a.depth === 'sitemap only' ? 1 : b.depth === 'sitemap only' ? -1 : Number(a.depth) - Number(b.depth)));
  const times = fetched.map((p) => p.responseMs).sort((a, b) => a - b);
  const reasons = countBy(pages.filter((p) => notIndexableReason(p) !== null), (p) => notIndexableReason(p)!);
  // Counted in sitemap URLs, each once: a linked redirect and its linked target both match the
  // target's sitemap entry, and counting pages made "sitemap only" 0 beside an orphan.
  const sitemapSet = new Set(snap.sitemapUrls.map((s) => s.url));
  const crawledLinked = pages.filter((p) => p.source !== 'sitemap');
  const reached = new Set<string>();
  let crawlOnly = 0;
  for (const p of crawledLinked) {
    if (sitemapSet.has(p.url)) reached.add(p.url);
    else if (sitemapSet.has(p.finalUrl)) reached.add(p.finalUrl);
    else crawlOnly += 1;
  }
  const both = reached.size;
  const html = fetched.filter((p) => p.html);
  return {
    pages: pages.length,
    byStatus,
    byDepth,
    responseMs: { p50: percentile(times, 50), p90: percentile(times, 90), p99: percentile(times, 99) },
    indexable: pages.filter((p) => notIndexableReason(p) === null).length,
    notIndexable: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    sitemapOverlap: { both, sitemapOnly: sitemapSet.size - both, crawlOnly },
    bytes: fetched.reduce((s, p) => s + p.bytes, 0),
    compressedShare: html.length ? html.filter((p) => p.contentEncoding).length / html.length : null,
    contentTypes: [...countBy(fetched, (p) => (p.contentType ?? 'none').split(';')[0]!.trim())].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    durationMs: snap.stats.durationMs,
    stoppedBy: snap.stats.stoppedBy,
    skipped: snap.stats.skipped,
    trapPatterns: snap.stats.trapPatterns,
  };
}
