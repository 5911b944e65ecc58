/**
 * What every part of one crawl shares: its settings, scope, fetch options, politeness clock,
 * counters and the signal that stops it (Ctrl-C, --time-budget, --max-pages).
 */
import { setMaxListeners } from 'node:events';
import type { CrawlSettings, CrawlStats, StopReason } from '../site/types.js';
import { makeAgent, type FetchOptions } from './fetch.js';
import { HostClock } from './politeness.js';
import { productToken } from './robots.js';
import { makeScope, type Scope } from './scope.js';
import { makeInterner } from './intern.js';

export class CrawlRun {
  readonly t0 = performance.now();
  readonly scope: Scope;
  readonly clock: HostClock;
  readonly fetchOpts: FetchOptions;
  readonly ownToken: string;
  readonly botTokens: string[];
  readonly intern = makeInterner();
  readonly stats: CrawlStats;
  private readonly agent: ReturnType<typeof makeAgent>;
  private readonly stop = new AbortController();
  private stoppedBy: StopReason = 'done';
  private readonly budgetTimer: NodeJS.Timeout | null;
  private readonly onOuterAbort = () => this.stopBecause('aborted');

  constructor(
    readonly settings: CrawlSettings,
    readonly startUrl: string,
    private readonly outerSignal: AbortSignal | undefined,
  ) {
    // Each request in flight (pages, sitemaps, resources: --concurrency of each at most) and each
    // politeness wait listens to the stop signal: past Node's default of 10 it would print a leak
    // warning on stderr where there is none. A real leak (one a page) still passes this bound.
    setMaxListeners(4 * settings.concurrency + 10, this.stop.signal);
    this.scope = makeScope(startUrl, settings);
    this.clock = new HostClock(settings.rate);
    this.agent = makeAgent({ connections: settings.concurrency, timeoutMs: settings.timeoutMs });
    this.fetchOpts = { userAgent: settings.userAgent, timeoutMs: settings.timeoutMs, maxBytes: settings.maxBytes, dispatcher: this.agent, signal: this.stop.signal };
    this.ownToken = productToken(settings.userAgent);
    this.botTokens = settings.bots.map((b) => b.token);
    this.stats = {
      startedAt: new Date().toISOString(),
      finishedAt: '',
      durationMs: 0,
      requests: 0,
      bytesReceived: 0,
      stoppedBy: 'done',
      skipped: { outOfScope: 0, robotsDisallowed: 0, maxDepth: 0, patternCap: 0, maxPages: 0 },
      trapPatterns: [],
    };
    if (outerSignal?.aborted) this.onOuterAbort();
    outerSignal?.addEventListener('abort', this.onOuterAbort, { once: true });
    this.budgetTimer = settings.timeBudgetMs ? setTimeout(() => this.stopBecause('time-budget'), settings.timeBudgetMs) : null;
  }

  get signal(): AbortSignal {
    return this.stop.signal;
  }

  get stopped(): boolean {
    return this.stop.signal.aborted;
  }

  /** The first reason given is the one reported. --max-pages only says why; the queue drains. */
  stopBecause(reason: Exclude<StopReason, 'done'>): void {
    if (this.stoppedBy === 'done') this.stoppedBy = reason;
    if (reason !== 'max-pages') this.stop.abort();
  }

  /** Requests and bytes of one exchange (its redirects included). */
  counted(res: { redirects: unknown[]; bytes: number }): void {
    this.stats.requests += 1 + res.redirects.length;
    this.stats.bytesReceived += res.bytes;
  }

  /** Waits for this URL's host to be due (--rate, Crawl-delay). */
  politely = (url: string): Promise<void> => this.clock.wait(new URL(url).host, this.stop.signal);

  /** The crawl no longer listens to its outer signal and timer. */
  endTimers(): void {
    if (this.budgetTimer) clearTimeout(this.budgetTimer);
    this.outerSignal?.removeEventListener('abort', this.onOuterAbort);
  }

  async closeConnections(): Promise<void> {
    await this.agent.close().catch(() => undefined);
  }

  /** The stats as the snapshot records them, once the crawl is over. */
  finalStats(trapPatterns: CrawlStats['trapPatterns'], beyondDepth: string[]): CrawlStats {
    const s = this.stats;
    s.finishedAt = new Date().toISOString();
    s.durationMs = Math.round(performance.now() - this.t0);
    s.stoppedBy = this.stoppedBy;
    s.trapPatterns = trapPatterns;
    if (beyondDepth.length) s.sitemapBeyondMaxDepth = beyondDepth;
    return s;
  }
}
