/**
 * The crawl: breadth-first from the start URL, robots.txt first for every origin, sitemap URLs
 * after the linked pages (so linked pages keep their real click depth), every fetched URL recorded
 * with what went wrong if anything did. Returns a SiteSnapshot; never holds a page body after
 * extracting its facts.
 */
import { DEFAULT_BOTS } from '../site/bots.js';
import type { CrawlSettings, IgnoredRobots, IndexNowCheck, PageRecord, PageSource, SiteSnapshot, SitemapUrl } from '../site/types.js';
import { SNAPSHOT_VERSION } from '../site/types.js';
import { VERSION } from '../version.js';
import { parseXRobotsTag } from './extract/robots-directives.js';
import { fetchFollow, fetchOnce, makeAgent, type FetchOptions } from './fetch.js';
import { checkVerificationFiles } from './verification-files.js';
import { finalizePages } from '../site/finalize.js';
import { isRedirect, landingPage, refreshTarget } from '../site/redirects.js';
import { isNofollow } from '../site/links.js';
import { mapPackedTexts } from '../site/body-tokens.js';
import { makeInterner } from './intern.js';
import * as shared from './shared-values.js';
import { TextSpill } from '../site/spill.js';
import { HostClock } from './politeness.js';
import { productToken, robotsPolicy, ROBOTS_MAX_BYTES, type RobotsPolicy } from './robots.js';
import { makeScope } from './scope.js';
import { discoverSitemaps, SITEMAP_MAX_BYTES } from './sitemaps.js';
import { TrapGuard } from './traps.js';
import { ignoredRobots, pathRobotsUrl, sitemapSeeds, type SitemapSeed } from './sitemap-seeds.js';
import { DepthBound, type Edge } from './depth-bound.js';
import { checkResources } from './resources.js';
import { normalizeUrl } from './url.js';
import { defaultParseThreads, INLINE_FIRST, makeParsePool } from './parse/pool.js';
import { pageRecord } from './page-record.js';
import { Waiters } from '../util/waiters.js';
import { takeRenderOptions, type RenderOptions } from './render/options.js';
import { rawExtractor, renderingExtractor } from './render/hook.js';

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
  parseThreads?: number;
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

export interface CrawlProgress {
  done: number;
  queued: number;
  errors: number;
  pagesPerSecond: number;
  bytes: number;
}

export interface CrawlEvents {
  onProgress?(p: CrawlProgress): void;
  /** Each page as it is recorded; a returned promise holds this worker back until it settles (backpressure). */
  onPage?(page: PageRecord): void | Promise<void>;
}

interface Task {
  url: string;
  depth: number;
  source: PageSource;
  foundOn: string | null;
}

const MAX_REDIRECTS = 10;
/** Sitemap URLs beyond --max-depth named in the snapshot; the count stays exact (skipped.maxDepth). */
const MAX_LISTED_BEYOND = 10_000;

function headerValues(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function firstHeader(v: string | string[] | undefined): string | null {
  return headerValues(v)[0] ?? null;
}

function isHtml(contentType: string | null, body: Buffer): boolean {
  if (contentType) return /text\/html|application\/xhtml\+xml/i.test(contentType);
  return /^\s*<(!doctype html|html)/i.test(body.subarray(0, 200).toString('latin1'));
}

/**
 * A conventional place in the start folder that holds something else than a sitemap (an error
 * or a page served for any path): the site has no sitemap there, not a broken one.
 */
function notASitemap(r: { status: number | null; kind: string; problems: string[] }): boolean {
  return r.status === null || r.status >= 400 || (r.kind === 'invalid' && r.problems.some((p) => p.startsWith('not XML') || p.startsWith('neither <urlset>')));
}

/** What a page leads to, as the crawl follows it (and site/depth.ts walks it). */
function followedEdges(facts: NonNullable<PageRecord['html']>): Edge[] {
  const links = facts.internalLinks;
  const edges: Edge[] = [];
  for (let i = 0; i < links.urls.length; i++) if (!isNofollow(links, i)) edges.push({ url: links.urls[i]!, step: 1 });
  if (facts.canonical) edges.push({ url: facts.canonical, step: 1 });
  for (const alt of facts.hreflang) edges.push({ url: alt.url, step: 1 });
  return edges;
}

/** An audit's memory saving (see spill.ts): the page's packed texts go to the file. */
function spillTexts(h: NonNullable<PageRecord['html']>, spill: TextSpill): void {
  mapPackedTexts(h, (v) => (typeof v === 'string' && v ? spill.put(v) : v));
}

export async function crawlSite(opts: CrawlOptions, events: CrawlEvents = {}): Promise<SiteSnapshot> {
  const { startUrl: rawStart, signal: outerSignal, sitemapUrls = [], indexNowKey = null, patternCap, parseThreads, spillText = false, list, ...given } = opts;
  // Chromium is looked for here, before any request: none found is a usage error (exit 2).
  const render = takeRenderOptions(given);
  const settings: CrawlSettings = {
    ...DEFAULT_SETTINGS,
    ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)),
    bots: given.bots ?? DEFAULT_BOTS,
    ...(render ? { render } : {}),
  } as CrawlSettings;
  const startUrl = normalizeUrl(rawStart);
  if (!startUrl) throw new Error(`not an http(s) URL: ${rawStart}`);

  const startedAt = new Date();
  const t0 = performance.now();
  const stop = new AbortController();
  let stoppedBy: SiteSnapshot['stats']['stoppedBy'] = 'done';
  const onOuterAbort = () => {
    if (stoppedBy === 'done') stoppedBy = 'aborted';
    stop.abort();
  };
  if (outerSignal?.aborted) onOuterAbort();
  outerSignal?.addEventListener('abort', onOuterAbort, { once: true });
  const budgetTimer = settings.timeBudgetMs
    ? setTimeout(() => {
        if (stoppedBy === 'done') stoppedBy = 'time-budget';
        stop.abort();
      }, settings.timeBudgetMs)
    : null;

  const scope = makeScope(startUrl, settings);
  const agent = makeAgent({ connections: settings.concurrency, timeoutMs: settings.timeoutMs });
  const fetchOpts: FetchOptions = {
    userAgent: settings.userAgent,
    timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes,
    dispatcher: agent,
    signal: stop.signal,
  };
  const ownToken = productToken(settings.userAgent);
  const botTokens = settings.bots.map((b) => b.token);
  const intern = makeInterner();
  const internOrNull = (s: string | null) => (s === null ? null : intern(s));
  const verdictTable = shared.makeVerdictTable();
  /** Every bot's robots.txt verdict on a URL, as the crawl's shared copy of that verdict set. */
  const botVerdicts = (policy: RobotsPolicy, url: string): Record<string, boolean> => {
    const allowed: Record<string, boolean> = {};
    for (const bot of settings.bots) allowed[bot.id] = policy.isAllowed(url, bot.token);
    return verdictTable(allowed);
  };
  const spill = spillText ? new TextSpill() : null;
  const parser = makeParsePool(
    { startUrl, subdomains: settings.subdomains, include: settings.include, exclude: settings.exclude, stripTracking: settings.stripTracking, botTokens },
    parseThreads ?? defaultParseThreads(),
    intern,
  );
  const clock = new HostClock(settings.rate);
  const traps = new TrapGuard(patternCap);
  const stats: SiteSnapshot['stats'] = {
    startedAt: startedAt.toISOString(),
    finishedAt: '',
    durationMs: 0,
    requests: 0,
    bytesReceived: 0,
    stoppedBy: 'done',
    skipped: { outOfScope: 0, robotsDisallowed: 0, maxDepth: 0, patternCap: 0, maxPages: 0 },
    trapPatterns: [],
  };

  // robots.txt, once per origin, before any page of it.
  const robotsByOrigin = new Map<string, Promise<RobotsPolicy>>();
  const robots = (origin: string): Promise<RobotsPolicy> => {
    let p = robotsByOrigin.get(origin);
    if (!p) {
      p = (async () => {
        const url = `${origin}/robots.txt`;
        const res = await fetchFollow(url, { ...fetchOpts, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5, accept: 'text/plain,*/*;q=0.5' });
        stats.requests += 1 + res.redirects.length;
        stats.bytesReceived += res.bytes;
        const input = {
          origin,
          url,
          status: res.error && res.status === null ? null : res.status,
          body: res.status !== null && res.status < 300 ? res.body.toString('utf8') : null,
          bytes: res.bytes,
          ...(res.error ? { error: res.error } : {}),
        };
        const policy = robotsPolicy(input, botTokens);
        clock.setCrawlDelay(new URL(origin).host, policy.crawlDelay(ownToken));
        return policy;
      })();
      robotsByOrigin.set(origin, p);
    }
    return p;
  };

  const pages: PageRecord[] = [];
  const seen = new Set<string>();
  const queue: Task[] = [];
  let head = 0;
  let errors = 0;

  // A list is a crawl that stops at depth 0: each listed URL is a start.
  const depthLimit = list ? 0 : settings.maxDepth;
  /** Sitemap URLs no link path within --max-depth reaches: listed, not fetched. */
  const beyondDepth: string[] = [];
  const bound =
    depthLimit === null
      ? null
      : new DepthBound(
          (url) => seen.has(url),
          (url, depth, foundOn, step) => admit({ url, depth, source: step ? 'link' : 'redirect', foundOn }),
        );
  const admit = (task: Task): void => {
    if (seen.has(task.url)) return;
    if (!scope.inScope(task.url)) {
      stats.skipped.outOfScope += 1;
      seen.add(task.url);
      return;
    }
    if (depthLimit !== null && task.depth > depthLimit) {
      stats.skipped.maxDepth += 1;
      return;
    }
    if (seen.size - stats.skipped.outOfScope >= settings.maxPages) {
      stats.skipped.maxPages += 1;
      if (stoppedBy === 'done') stoppedBy = 'max-pages';
      return;
    }
    if (task.source !== 'start' && !traps.admit(task.url, Math.max(task.depth, 0))) {
      stats.skipped.patternCap += 1;
      return;
    }
    seen.add(task.url);
    queue.push(task);
    bound?.queued(task);
    // Enough ahead that the parsing threads will pay for themselves: they start (once) while the
    // first pages are parsed here.
    if (queue.length - head >= INLINE_FIRST) parser.warm();
  };

  const extractor = settings.render
    ? await renderingExtractor(parser, settings.render, {
        userAgent: settings.userAgent,
        isInternal: (u) => scope.isInternal(u),
        robotsAllows: async (u) => (await robots(new URL(u).origin)).isAllowed(u, ownToken),
        onRequest: () => void (stats.requests += 1),
      })
    : rawExtractor(parser);

  const startOrigin = new URL(startUrl).origin;
  const startRobots = await robots(startOrigin);

  const politely = (u: string) => clock.wait(new URL(u).host, stop.signal);
  const sitemapFetch = async (url: string) => {
    // Spaced like pages (--rate, Crawl-delay): a sitemap request is a request to the same host.
    const res = await fetchFollow(url, { ...fetchOpts, maxBytes: SITEMAP_MAX_BYTES, maxRedirects: 5, accept: 'application/xml,text/xml,*/*;q=0.5', beforeRequest: politely });
    stats.requests += 1 + res.redirects.length;
    stats.bytesReceived += res.bytes;
    const out: Awaited<ReturnType<Parameters<typeof discoverSitemaps>[1]>> = {
      status: res.status,
      body: res.status !== null && res.status < 300 ? res.body : null,
      contentType: firstHeader(res.headers['content-type']),
    };
    if (res.error) out.error = res.error;
    return out;
  };
  // Sitemaps are read while the crawl starts from the start URL (their URLs are only crawled once
  // the links run out; a 10,000-URL sitemap index took a quarter of a second to fetch and read):
  // first the places known now, then, once the start page is in, those it adds (the folder it
  // landed in, its <link rel="sitemap">) and the robots.txt under that folder.
  const discover = (seeds: SitemapSeed[]) =>
    discoverSitemaps(seeds, sitemapFetch, { isInScope: (u) => scope.isInternal(u), signal: stop.signal, parse: (body, url) => parser.parseSitemap(body, url) });
  const firstSeeds = sitemapSeeds({ origin: startOrigin, homeUrl: startUrl, robots: startRobots.record.sitemaps, links: [], config: sitemapUrls });
  const firstRead = discover(firstSeeds);
  let readSitemaps!: () => void;
  const startPageIn = new Promise<void>((resolve) => (readSitemaps = resolve));
  let pathRobots: IgnoredRobots | null = null;
  const laterRead = startPageIn.then(async () => {
    const home = landingPage(pages, startUrl);
    const homeUrl = home && !isRedirect(home) ? home.url : (home?.finalUrl ?? startUrl);
    const tried = new Set(firstSeeds.map((s) => s.url));
    const seeds = sitemapSeeds({ origin: startOrigin, homeUrl, robots: [], links: home?.html?.sitemapLinks ?? [], config: [] }).filter((s) => !tried.has(s.url));
    const robotsBelow = pathRobotsUrl(startOrigin, homeUrl);
    const [found] = await Promise.all([
      seeds.length ? discover(seeds) : { records: [], urls: [] },
      robotsBelow && !stop.signal.aborted
        ? fetchFollow(robotsBelow, { ...fetchOpts, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5, accept: 'text/plain,*/*;q=0.5', beforeRequest: politely }).then((res) => {
            stats.requests += 1 + res.redirects.length;
            stats.bytesReceived += res.bytes;
            pathRobots = ignoredRobots(robotsBelow, res.status, res.status !== null && res.status < 300 ? res.body.toString('utf8') : null);
          })
        : null,
    ]);
    return found;
  });
  const sitemapsRead = Promise.all([firstRead, laterRead]).then(([a, b]) => {
    const listed = new Set(a.urls.map((u) => u.url));
    const found = { records: [...a.records, ...b.records], urls: [...a.urls, ...b.urls.filter((u) => !listed.has(u.url))] };
    return {
      // A conventional place that answers 404 is not a sitemap the site has.
      records: found.records.filter((r) => !((r.source === 'default' || r.source === 'start-path') && r.status === 404) && !(r.source === 'start-path' && notASitemap(r))),
      // Interned: the same URLs come back as link targets, and each entry names its sitemap file.
      urls: found.urls.map((u): SitemapUrl => ({ ...u, url: intern(u.url), sitemap: intern(u.sitemap) })),
    };
  });
  // Awaited later (when the links run out, and at the end): a failure must not go unhandled meanwhile.
  sitemapsRead.catch(() => undefined);
  let sitemapQueued = false;

  const starts = list ? [...new Set([startUrl, ...list])] : [startUrl];
  for (const url of starts) admit({ url, depth: 0, source: url === startUrl ? 'start' : 'list', foundOn: null });

  const processTask = async (task: Task): Promise<void> => {
    const origin = new URL(task.url).origin;
    const policy = await robots(origin);
    const robotsAllowed = botVerdicts(policy, task.url);
    const base = pageRecord({
      url: task.url,
      finalUrl: task.url,
      source: task.source,
      depth: task.depth,
      foundOn: task.foundOn,
      status: null,
      redirects: shared.list([]),
      contentType: null,
      bytes: 0,
      truncated: false,
      responseMs: 0,
      contentEncoding: null,
      xRobotsTag: shared.list([]),
      headerRobots: shared.robots({ generic: [], perBot: {} }),
      robotsAllowed,
      crawlAllowed: policy.isAllowed(task.url, ownToken),
      inSitemap: false,
      inlinks: 0,
    });
    if (!base.crawlAllowed) {
      stats.skipped.robotsDisallowed += 1;
      pages.push(base);
      return;
    }
    const res = await fetchFollow(task.url, {
      ...fetchOpts,
      maxRedirects: MAX_REDIRECTS,
      inScope: (u) => scope.inScope(u),
      beforeRequest: (u) => clock.wait(new URL(u).host, stop.signal),
    });
    stats.requests += 1 + res.redirects.length;
    stats.bytesReceived += res.bytes;
    const landed = res.redirects.length > 0 && !res.leftScope && !res.error && res.finalUrl !== task.url;
    let target = base;
    if (landed) {
      // The redirecting URL gets its own record (its chain, no content); the page it lands on gets
      // another, from the same exchange, unless that URL already has one coming.
      pages.push(pageRecord({ ...base, finalUrl: res.finalUrl, status: res.redirects[0]!.status, redirects: res.redirects, responseMs: res.ms }));
      await events.onPage?.(pages[pages.length - 1]!);
      bound?.expanded(task.url, task.depth, [{ url: res.finalUrl, step: 0 }]);
      if (seen.has(res.finalUrl)) return;
      seen.add(res.finalUrl);
      const finalPolicy = await robots(new URL(res.finalUrl).origin);
      target = pageRecord({ ...base, url: res.finalUrl, source: 'redirect', foundOn: task.url, robotsAllowed: botVerdicts(finalPolicy, res.finalUrl), crawlAllowed: finalPolicy.isAllowed(res.finalUrl, ownToken) });
    }
    const page = pageRecord({
      ...target,
      finalUrl: res.finalUrl,
      status: res.status,
      redirects: shared.list(landed ? [] : res.redirects),
      contentType: internOrNull(firstHeader(res.headers['content-type'])),
      bytes: res.bytes,
      truncated: res.truncated,
      responseMs: res.ms,
      contentEncoding: res.contentEncoding,
      xRobotsTag: shared.list(headerValues(res.headers['x-robots-tag'])),
    });
    if (res.error) page.error = res.error;
    page.headerRobots = shared.robots(parseXRobotsTag(page.xRobotsTag, botTokens));
    if (res.error && res.error.code !== 'too-large') errors += 1;

    if (res.status !== null && res.status >= 200 && res.status < 300 && !res.leftScope && res.body.length && isHtml(page.contentType, res.body)) {
      let facts: PageRecord['html'];
      try {
        facts = await extractor.facts(page, res.body, res.status);
      } catch (err) {
        // The fetch stays on record; only the page's content is missing.
        page.error ??= { code: 'other', message: `could not parse the HTML: ${(err as Error).message}` };
        errors += 1;
        pages.push(page);
        await events.onPage?.(page);
        return;
      }
      const refreshTo = refreshTarget(facts.metaRefresh, res.finalUrl);
      if (refreshTo) {
        // A page that leaves at once is a redirect (site/redirects.ts): recorded as one, without its
        // content, its target followed like a Location.
        page.finalUrl = refreshTo;
        page.redirects = [{ url: res.finalUrl, status: res.status, location: refreshTo, via: 'meta-refresh' }];
        admit({ url: refreshTo, depth: task.depth, source: 'redirect', foundOn: page.url });
        bound?.expanded(page.url, task.depth, [{ url: refreshTo, step: 0 }]);
        pages.push(page);
        await events.onPage?.(page);
        return;
      }
      page.html = shared.facts(facts);
      const childDepth = Math.max(task.depth, 0) + 1;
      const links = facts.internalLinks;
      // Most links point to URLs already seen: no task is built for them (a million a 10,000-page crawl).
      for (let i = 0; i < links.urls.length; i++) {
        const url = links.urls[i]!;
        if (!seen.has(url) && !isNofollow(links, i)) admit({ url, depth: childDepth, source: 'link', foundOn: page.url });
      }
      if (facts.canonical && scope.isInternal(facts.canonical)) admit({ url: facts.canonical, depth: childDepth, source: 'canonical', foundOn: page.url });
      for (const alt of facts.hreflang) if (scope.isInternal(alt.url)) admit({ url: alt.url, depth: childDepth, source: 'hreflang', foundOn: page.url });
      if (bound) bound.expanded(page.url, Math.max(task.depth, 0), followedEdges(facts));
    }
    pages.push(page);
    await events.onPage?.(page);
    if (spill && page.html) spillTexts(page.html, spill);
  };

  // Workers pull from the queue; an idle worker waits for others to discover more URLs.
  let inFlight = 0;
  const idle = new Waiters();
  const notify = () => idle.releaseAll();
  const reportProgress = () => {
    const secs = (performance.now() - t0) / 1000;
    events.onProgress?.({
      done: pages.length,
      queued: queue.length - head,
      errors,
      pagesPerSecond: secs > 0 ? pages.length / secs : 0,
      bytes: stats.bytesReceived,
    });
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      if (stop.signal.aborted) return;
      if (head >= queue.length) {
        if (inFlight === 0) {
          if (!sitemapQueued) {
            sitemapQueued = true;
            // Counted in flight while it waits, so the other workers wait for its URLs instead of ending.
            inFlight += 1;
            const { urls } = await sitemapsRead.finally(() => (inFlight -= 1));
            for (const s of urls) {
              if (depthLimit === null) admit({ url: s.url, depth: -1, source: 'sitemap', foundOn: null });
              else if (!list && !seen.has(s.url)) {
                // Every page a link path within --max-depth reaches has been met by now.
                stats.skipped.maxDepth += 1;
                if (beyondDepth.length < MAX_LISTED_BEYOND) beyondDepth.push(s.url);
              }
            }
            notify();
            if (head < queue.length) continue;
          }
          notify();
          return;
        }
        await idle.wait();
        continue;
      }
      const task = queue[head++]!;
      bound?.started(task.url);
      inFlight += 1;
      try {
        await processTask(task);
      } catch (err) {
        // A bug on one page must not lose the crawl: record it like a fetch failure.
        const failed = pageRecord({
          url: task.url, finalUrl: task.url, source: task.source, depth: task.depth, foundOn: task.foundOn, status: null,
          redirects: [], contentType: null, bytes: 0, truncated: false, responseMs: 0, contentEncoding: null, xRobotsTag: [],
          headerRobots: { generic: [], perBot: {} }, robotsAllowed: {}, crawlAllowed: true, inSitemap: false, inlinks: 0,
        });
        failed.error = { code: 'other', message: `internal error: ${(err as Error).message}` };
        pages.push(failed);
        errors += 1;
      } finally {
        inFlight -= 1;
        if (task.depth === 0) readSitemaps();
        reportProgress();
        notify();
      }
    }
  };
  stop.signal.addEventListener('abort', notify);
  await Promise.all(Array.from({ length: settings.concurrency }, worker));
  // A crawl stopped before its start page: the sitemaps' promise must still settle.
  readSitemaps();
  const resources = stop.signal.aborted
    ? undefined
    : await checkResources(pages, {
        fetch: fetchOpts,
        concurrency: settings.concurrency,
        allowed: async (u) => (await robots(new URL(u).origin)).isAllowed(u, ownToken),
        wait: politely,
        counted: (bytes) => {
          stats.requests += 1;
          stats.bytesReceived += bytes;
        },
        signal: stop.signal,
      });

  let indexNow: IndexNowCheck | null = null;
  if (indexNowKey && !stop.signal.aborted) {
    const keyUrl = `${startOrigin}/${encodeURIComponent(indexNowKey)}.txt`;
    const res = await fetchOnce(keyUrl, { ...fetchOpts, maxBytes: 4096, accept: 'text/plain' });
    indexNow = { key: indexNowKey, keyUrl, status: res.status, valid: res.status === 200 && res.body.toString('utf8').trim() === indexNowKey };
  }

  const verificationFiles = stop.signal.aborted ? [] : await checkVerificationFiles(startOrigin, fetchOpts, politely);
  stats.requests += verificationFiles.length;

  if (budgetTimer) clearTimeout(budgetTimer);
  outerSignal?.removeEventListener('abort', onOuterAbort);
  // Before the connections and threads close: an interrupted crawl may still be reading one.
  const { records: sitemapRecords, urls: sitemapUrlList } = await sitemapsRead;
  await agent.close().catch(() => undefined);
  await extractor.close();
  await parser.close();

  const finished = new Date();
  stats.finishedAt = finished.toISOString();
  stats.durationMs = Math.round(performance.now() - t0);
  stats.stoppedBy = stoppedBy;
  stats.trapPatterns = traps.report();
  const robotsRecords = await Promise.all([...robotsByOrigin.values()]);
  const finalPages = finalizePages(pages, sitemapUrlList, starts);
  if (beyondDepth.length) stats.sitemapBeyondMaxDepth = beyondDepth;
  const startPage = landingPage(finalPages, startUrl);
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'refaudit', version: VERSION },
    startUrl,
    homeUrl: startPage && !isRedirect(startPage) ? startPage.url : (startPage?.finalUrl ?? startUrl),
    settings,
    stats,
    robots: robotsRecords.map((r) => r.record),
    sitemaps: sitemapRecords,
    sitemapUrls: sitemapUrlList,
    pages: finalPages,
    indexNow,
    verificationFiles,
    ...(resources ? { resources } : {}),
    ...(pathRobots ? { ignoredRobots: pathRobots } : {}),
    ...(list ? { listUrls: starts } : {}),
  };
}
