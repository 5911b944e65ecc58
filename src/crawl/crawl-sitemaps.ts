/**
 * The sitemaps, read while the crawl starts from the start URL (their URLs are only crawled once
 * the links run out; a 10,000-URL sitemap index took a quarter of a second to fetch and read):
 * first the places known now, then, once the start page is in, those it adds (the folder it landed
 * in, its <link rel="sitemap">) and the robots.txt under that folder.
 */
import type { IgnoredRobots, PageRecord, SitemapRecord, SitemapUrl } from '../site/types.js';
import { isRedirect, landingPage } from '../site/redirects.js';
import { fetchFollow } from './fetch.js';
import { ROBOTS_MAX_BYTES } from './robots.js';
import { discoverSitemaps, SITEMAP_MAX_BYTES } from './sitemaps.js';
import { ignoredRobots, pathRobotsUrl, sitemapSeeds, type SitemapSeed } from './sitemap-seeds.js';
import { firstHeader } from './page-fetch.js';
import type { CrawlRun } from './crawl-run.js';
import type { ParsePool } from './parse/pool.js';

export interface SitemapsFound {
  records: SitemapRecord[];
  urls: SitemapUrl[];
}

/**
 * A conventional place in the start folder that holds something else than a sitemap (an error
 * or a page served for any path): the site has no sitemap there, not a broken one.
 */
function notASitemap(r: { status: number | null; kind: string; problems: string[] }): boolean {
  return r.status === null || r.status >= 400 || (r.kind === 'invalid' && r.problems.some((p) => p.startsWith('not XML') || p.startsWith('neither <urlset>')));
}

export class CrawlSitemaps {
  /** Settles once both reads are done; never rejects unhandled meanwhile (awaited when the links run out). */
  readonly found: Promise<SitemapsFound>;
  /** The robots.txt under the start folder, which engines ignore (null: none there). */
  pathRobots: IgnoredRobots | null = null;
  private startPageIn!: () => void;
  private readonly tried: Set<string>;

  constructor(
    private readonly run: CrawlRun,
    private readonly parser: ParsePool,
    robotsSitemaps: string[],
    configSitemaps: string[],
    private readonly pages: PageRecord[],
  ) {
    const origin = new URL(run.startUrl).origin;
    const firstSeeds = sitemapSeeds({ origin, homeUrl: run.startUrl, robots: robotsSitemaps, links: [], config: configSitemaps });
    this.tried = new Set(firstSeeds.map((s) => s.url));
    const firstRead = this.discover(firstSeeds);
    const laterRead = new Promise<void>((resolve) => (this.startPageIn = resolve)).then(() => this.readFromStartPage(origin));
    this.found = Promise.all([firstRead, laterRead]).then(([a, b]) => this.merge(a, b));
    this.found.catch(() => undefined);
  }

  /** The start page is in (or the crawl stopped before it): the second read may start. */
  startPageDone(): void {
    this.startPageIn();
  }

  private discover(seeds: SitemapSeed[]): Promise<SitemapsFound> {
    return discoverSitemaps(seeds, (url) => this.fetchSitemap(url), {
      isInScope: (u) => this.run.scope.isInternal(u),
      signal: this.run.signal,
      parse: (body, url) => this.parser.parseSitemap(body, url),
    });
  }

  private async fetchSitemap(url: string) {
    const { run } = this;
    // Spaced like pages (--rate, Crawl-delay): a sitemap request is a request to the same host.
    const res = await fetchFollow(url, { ...run.fetchOpts, maxBytes: SITEMAP_MAX_BYTES, maxRedirects: 5, accept: 'application/xml,text/xml,*/*;q=0.5', beforeRequest: run.politely });
    run.counted(res);
    const out: Awaited<ReturnType<Parameters<typeof discoverSitemaps>[1]>> = {
      status: res.status,
      body: res.status !== null && res.status < 300 ? res.body : null,
      contentType: firstHeader(res.headers['content-type']),
    };
    if (res.error) out.error = res.error;
    return out;
  }

  private async readFromStartPage(origin: string): Promise<SitemapsFound> {
    const { run } = this;
    const home = landingPage(this.pages, run.startUrl);
    const homeUrl = home && !isRedirect(home) ? home.url : (home?.finalUrl ?? run.startUrl);
    const seeds = sitemapSeeds({ origin, homeUrl, robots: [], links: home?.html?.sitemapLinks ?? [], config: [] }).filter((s) => !this.tried.has(s.url));
    const robotsBelow = pathRobotsUrl(origin, homeUrl);
    const [found] = await Promise.all([seeds.length ? this.discover(seeds) : { records: [], urls: [] }, robotsBelow && !run.stopped ? this.readPathRobots(robotsBelow) : null]);
    return found;
  }

  private async readPathRobots(url: string): Promise<void> {
    const { run } = this;
    const res = await fetchFollow(url, { ...run.fetchOpts, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5, accept: 'text/plain,*/*;q=0.5', beforeRequest: run.politely });
    run.counted(res);
    this.pathRobots = ignoredRobots(url, res.status, res.status !== null && res.status < 300 ? res.body.toString('utf8') : null);
  }

  private merge(a: SitemapsFound, b: SitemapsFound): SitemapsFound {
    const listed = new Set(a.urls.map((u) => u.url));
    const records = [...a.records, ...b.records];
    const urls = [...a.urls, ...b.urls.filter((u) => !listed.has(u.url))];
    const intern = this.run.intern;
    return {
      // A conventional place that answers 404 is not a sitemap the site has.
      records: records.filter((r) => !((r.source === 'default' || r.source === 'start-path') && r.status === 404) && !(r.source === 'start-path' && notASitemap(r))),
      // Interned: the same URLs come back as link targets, and each entry names its sitemap file.
      urls: urls.map((u): SitemapUrl => ({ ...u, url: intern(u.url), sitemap: intern(u.sitemap) })),
    };
  }
}
