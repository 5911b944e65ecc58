/**
 * The crawl: breadth-first from the start URL, robots.txt first for every origin, sitemap URLs
 * after the linked pages (so linked pages keep their real click depth), every fetched URL recorded
 * with what went wrong if anything did. Returns a SiteSnapshot; never holds a page body after
 * extracting its facts.
 *
 * The parts, in the order a URL meets them: the frontier (frontier.ts), robots.txt (origin-robots.ts),
 * the fetch (page-fetch.ts), the parse (page-parse.ts), the record (page-recorder.ts); the sitemaps
 * are read beside them (crawl-sitemaps.ts) and a few checks run once the pages are in.
 */
import { DEFAULT_BOTS } from '../site/bots.js';
import type { CrawlSettings, IndexNowCheck, SiteSnapshot } from '../site/types.js';
import { SNAPSHOT_VERSION } from '../site/types.js';
import { VERSION } from '../version.js';
import { fetchOnce } from './fetch.js';
import { finalizePages } from '../site/finalize.js';
import { isRedirect, landingPage } from '../site/redirects.js';
import { TextSpill } from '../site/spill.js';
import { checkResources } from './resources.js';
import { normalizeUrl } from './url.js';
import { defaultParseThreads, INLINE_FIRST, makeParsePool, type ParsePool } from './parse/pool.js';
import { Waiters } from '../util/waiters.js';
import { takeRenderOptions, type RenderOptions } from './render/options.js';
import { rawExtractor, renderingExtractor, type PageExtractor } from './render/hook.js';
import { CrawlRun } from './crawl-run.js';
import { Frontier } from './frontier.js';
import { OriginRobots } from './origin-robots.js';
import { PageFetcher } from './page-fetch.js';
import { PageParser } from './page-parse.js';
import { PageRecorder, type CrawlEvents } from './page-recorder.js';
import { CrawlSitemaps } from './crawl-sitemaps.js';
import { checkVerificationFiles } from './verification-files.js';

export type { CrawlEvents, CrawlProgress } from './page-recorder.js';

export const DEFAULT_USER_AGENT = `refaudit/${VERSION} (+https://github.com/refaudit/refaudit)`;

export const DEFAULT_SETTINGS: Omit<CrawlSettings, 'bots'> = {
  userAgent: DEFAULT_USER_AGENT,
  concurrency: 8,
  rate: null,
  maxPages: 10_000,
  maxDepth: null,
  maxBytes: 10 * 1024 * 1024,
  timeoutMs: 15_000,
  timeBudgetMs: null,
  subdomains: false,
  include: [],
  exclude: [],
  stripTracking: false,
};

export type CrawlOptions = Partial<Omit<CrawlSettings, 'render'>> & RenderOptions & {
  startUrl: string;
  signal?: AbortSignal;
  sitemapUrls?: string[];
  indexNowKey?: string | null;
  /** Hard cap of URLs per path pattern (traps are also cut by depth: see traps.ts). */
  patternCap?: number;
  /** Threads that parse HTML (default: one a core; 0 parses on the main thread). */
  threads?: number;
  /**
   * Move each page's packed texts (body tokens, anchor and heading texts) to a temporary file once
   * `onPage` has seen the page (src/site/spill.ts): for audits, which read them during the crawl
   * and seldom after.
   */
  spillText?: boolean;
  /**
   * List mode: audit exactly these URLs (normalised, on the start URL's site; the start URL is
   * the first), and where their redirects land; no link is followed, no sitemap URL fetched.
   */
  list?: string[];
};

/** The crawl's settings: the defaults, what was given, the bots, --render's options. */
function crawlSettings(given: Omit<CrawlOptions, 'startUrl' | 'signal' | 'sitemapUrls' | 'indexNowKey' | 'patternCap' | 'threads' | 'spillText' | 'list'>): CrawlSettings {
  // Chromium is looked for here, before any request: none found is a usage error (exit 2).
  const render = takeRenderOptions(given);
  return {
    ...DEFAULT_SETTINGS,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    bots: given.bots ?? DEFAULT_BOTS,
    ...(render ? { render } : {}),
  } as CrawlSettings;
}

export async function crawlSite(opts: CrawlOptions, events: CrawlEvents = {}): Promise<SiteSnapshot> {
  const { startUrl: rawStart, signal, sitemapUrls = [], indexNowKey = null, patternCap, threads, spillText = false, list, ...given } = opts;
  const settings = crawlSettings(given);
  const startUrl = normalizeUrl(rawStart);
  if (!startUrl) throw new Error(`not an http(s) URL: ${rawStart}`);

  const run = new CrawlRun(settings, startUrl, signal);
  const spill = spillText ? new TextSpill({ onFail: (m) => events.onWarn?.(m) }) : null;
  const parser = makeParsePool(
    { startUrl, subdomains: settings.subdomains, include: settings.include, exclude: settings.exclude, stripTracking: settings.stripTracking, botTokens: run.botTokens },
    threads ?? defaultParseThreads(),
    run.intern,
    { onFallback: (m) => events.onWarn?.(m) },
  );
  // Enough ahead that the parsing threads will pay for themselves: they start (once) while the
  // first pages are parsed here.
  const frontier = new Frontier(run, list !== undefined, patternCap, { size: INLINE_FIRST, reached: () => parser.warm() });
  const robots = new OriginRobots(run);
  const recorder = new PageRecorder(run, events, spill);
  const extractor = await pageExtractor(run, parser, robots);
  const startRobots = await robots.policy(startUrl);
  const sitemaps = new CrawlSitemaps(run, parser, startRobots.record.sitemaps, sitemapUrls, recorder.pages);

  const starts = list ? [...new Set([startUrl, ...list])] : [startUrl];
  for (const url of starts) frontier.admit({ url, depth: 0, source: url === startUrl ? 'start' : 'list', foundOn: null });
  await crawlPages(run, frontier, sitemaps, recorder, new PageFetcher(run, robots, frontier, recorder), new PageParser(extractor, frontier, recorder));
  // A crawl stopped before its start page: the sitemaps' promise must still settle.
  sitemaps.startPageDone();
  // Before the threads close: an interrupted crawl may still be reading one.
  const found = await sitemaps.found;
  // The parsing threads' heaps are freed before the resources are checked, not after.
  await closeParsing(extractor, parser);
  const after = await afterThePages(run, robots, recorder, indexNowKey);
  run.endTimers();
  await run.closeConnections();
  const pages = finalizePages(recorder.pages, found.urls, starts);
  const writtenForms = recorder.writtenForms();
  const startPage = landingPage(pages, startUrl);
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'refaudit', version: VERSION },
    startUrl,
    homeUrl: startPage && !isRedirect(startPage) ? startPage.url : (startPage?.finalUrl ?? startUrl),
    settings,
    stats: run.finalStats(frontier.trapPatterns(), frontier.beyondDepth),
    robots: await robots.records(),
    sitemaps: found.records,
    sitemapUrls: found.urls,
    pages,
    indexNow: after.indexNow,
    verificationFiles: after.verificationFiles,
    ...(after.resources ? { resources: after.resources } : {}),
    ...(sitemaps.pathRobots ? { ignoredRobots: sitemaps.pathRobots } : {}),
    ...(list ? { listUrls: starts } : {}),
    ...(writtenForms ? { writtenForms } : {}),
  };
}

function pageExtractor(run: CrawlRun, parser: ParsePool, robots: OriginRobots): Promise<PageExtractor> | PageExtractor {
  const render = run.settings.render;
  if (!render) return rawExtractor(parser);
  return renderingExtractor(parser, render, {
    userAgent: run.settings.userAgent,
    isInternal: (u) => run.scope.isInternal(u),
    robotsAllows: (u) => robots.allows(u),
    onRequest: () => void (run.stats.requests += 1),
  });
}

/**
 * --concurrency workers pull from the frontier; an idle worker waits for others to discover more
 * URLs. When none is left and none in flight, the sitemaps' URLs are admitted (once).
 */
async function crawlPages(run: CrawlRun, frontier: Frontier, sitemaps: CrawlSitemaps, recorder: PageRecorder, fetcher: PageFetcher, parser: PageParser): Promise<void> {
  let inFlight = 0;
  let sitemapQueued = false;
  const idle = new Waiters();
  const notify = () => idle.releaseAll();
  const worker = async (): Promise<void> => {
    for (;;) {
      if (run.stopped) return;
      const task = frontier.take();
      if (!task) {
        if (inFlight > 0) {
          await idle.wait();
          continue;
        }
        if (sitemapQueued) return notify();
        sitemapQueued = true;
        // Counted in flight while it waits, so the other workers wait for its URLs instead of ending.
        inFlight += 1;
        const { urls } = await sitemaps.found.finally(() => (inFlight -= 1));
        frontier.admitSitemapUrls(urls);
        notify();
        if (frontier.waiting) continue;
        return notify();
      }
      inFlight += 1;
      try {
        const fetched = await fetcher.fetch(task);
        if (fetched) await parser.read(task, fetched);
      } catch (err) {
        recorder.recordFailure(task, err as Error);
      } finally {
        inFlight -= 1;
        frontier.finish(task);
        if (task.depth === 0) sitemaps.startPageDone();
        recorder.progress(frontier.waiting);
        notify();
      }
    }
  };
  run.signal.addEventListener('abort', notify);
  await Promise.all(Array.from({ length: run.settings.concurrency }, worker));
}

/** What is checked once the pages are in: the resources they use, the verification files and the IndexNow key file. */
async function afterThePages(run: CrawlRun, robots: OriginRobots, recorder: PageRecorder, indexNowKey: string | null) {
  if (run.stopped) return { resources: undefined, indexNow: null, verificationFiles: [] };
  const resources = await checkResources(recorder.resources.list(), recorder.pages, {
    fetch: run.fetchOpts,
    concurrency: run.settings.concurrency,
    allowed: (u) => robots.allows(u),
    wait: run.politely,
    counted: (bytes) => {
      run.stats.requests += 1;
      run.stats.bytesReceived += bytes;
    },
    signal: run.signal,
  });
  let indexNow: IndexNowCheck | null = null;
  if (indexNowKey && !run.stopped) {
    const keyUrl = `${new URL(run.startUrl).origin}/${encodeURIComponent(indexNowKey)}.txt`;
    const res = await fetchOnce(keyUrl, { ...run.fetchOpts, maxBytes: 4096, accept: 'text/plain' });
    indexNow = { key: indexNowKey, keyUrl, status: res.status, valid: res.status === 200 && res.body.toString('utf8').trim() === indexNowKey };
  }
  const verificationFiles = run.stopped ? [] : await checkVerificationFiles(new URL(run.startUrl).origin, run.fetchOpts, run.politely);
  run.stats.requests += verificationFiles.length;
  return { resources, indexNow, verificationFiles };
}

async function closeParsing(extractor: PageExtractor, parser: ParsePool): Promise<void> {
  await extractor.close();
  await parser.close();
}
