/**
 * Where a crawl looks for sitemaps, as engines and site owners place them: the Sitemap lines of
 * the origin's robots.txt, the conventional /sitemap.xml, the start path's sitemap.xml and
 * sitemap_index.xml (a project site under /docs/ keeps its sitemap there), the start page's
 * `<link rel="sitemap">`, and those given in the config. Conventional places that answer 404 are
 * not sitemaps the site has (the crawler drops their records).
 *
 * And a robots.txt under the start path: engines read robots.txt at the origin's root only
 * (RFC 9309 §2.3), so one found below is ignored by every engine; the audit says so, with the
 * sitemaps it declares.
 */
import type { IgnoredRobots, SitemapRecord } from '../site/types.js';
import { normalizeUrl } from './url.js';

export interface SitemapSeed {
  url: string;
  source: SitemapRecord['source'];
}

/** The folder of a URL's path: `/FMTdocs/` for `/FMTdocs/` and `/FMTdocs/index.html`. */
export function startFolder(url: string): string {
  const path = new URL(url).pathname;
  return path.slice(0, path.lastIndexOf('/') + 1) || '/';
}

export function sitemapSeeds(opts: { origin: string; homeUrl: string; robots: string[]; links: string[]; config: string[] }): SitemapSeed[] {
  const folder = startFolder(opts.homeUrl);
  const seeds: SitemapSeed[] = [
    ...opts.robots.map((url) => ({ url, source: 'robots' as const })),
    { url: `${opts.origin}/sitemap.xml`, source: 'default' },
    { url: `${opts.origin}${folder}sitemap.xml`, source: 'start-path' },
    { url: `${opts.origin}${folder}sitemap_index.xml`, source: 'start-path' },
    ...opts.links.map((url) => ({ url, source: 'link' as const })),
    ...opts.config.map((url) => ({ url, source: 'config' as const })),
  ];
  const seen = new Set<string>();
  const out: SitemapSeed[] = [];
  for (const s of seeds) {
    const url = normalizeUrl(s.url, opts.origin);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, source: s.source });
  }
  return out;
}

/** The robots.txt URL under the start path, or null when the start path is the root. */
export function pathRobotsUrl(origin: string, homeUrl: string): string | null {
  const folder = startFolder(homeUrl);
  return folder === '/' ? null : `${origin}${folder}robots.txt`;
}

/** A fetched robots.txt below the root, if it is one (2xx, not an HTML page), with its Sitemap lines. */
export function ignoredRobots(url: string, status: number | null, body: string | null): IgnoredRobots | null {
  if (status === null || status < 200 || status >= 300 || body === null) return null;
  const text = body.replace(/^\uFEFF/, '');
  if (/^\s*</.test(text)) return null;
  const sitemaps: string[] = [];
  let records = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*([A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line.replace(/(^|\s)#.*$/, ''));
    if (!m) continue;
    records += 1;
    if (m[1]!.toLowerCase() === 'sitemap' && m[2]) sitemaps.push(m[2]);
  }
  return records ? { url, status, sitemaps } : null;
}
