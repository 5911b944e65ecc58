/**
 * The crawl's frontier: which URLs are admitted (scope, --max-depth, --max-pages, trap patterns),
 * in the order they are fetched (breadth-first), and the sitemap URLs once the links run out.
 */
import type { HtmlFacts, PageSource, SitemapUrl } from '../site/types.js';
import { isNofollow } from '../site/page-text.js';
import { DepthBound, type Edge } from './depth-bound.js';
import { TrapGuard } from './traps.js';
import type { CrawlRun } from './crawl-run.js';

export interface Task {
  url: string;
  depth: number;
  source: PageSource;
  foundOn: string | null;
  /** Its place in the fetch order, given when it is taken (Frontier.take). */
  seq?: number;
}

/** Sitemap URLs beyond --max-depth named in the snapshot; the count stays exact (skipped.maxDepth). */
const MAX_LISTED_BEYOND = 10_000;

/** What a page leads to, as the crawl follows it (and site/depth.ts walks it). */
function followedEdges(facts: HtmlFacts): Edge[] {
  const links = facts.internalLinks;
  const edges: Edge[] = [];
  for (let i = 0; i < links.urls.length; i++) if (!isNofollow(links, i)) edges.push({ url: links.urls[i]!, step: 1 });
  if (facts.canonical) edges.push({ url: facts.canonical, step: 1 });
  for (const alt of facts.hreflang) edges.push({ url: alt.url, step: 1 });
  return edges;
}

export class Frontier {
  /** URLs admitted, fetched or refused for scope: each is decided once. */
  readonly seen = new Set<string>();
  /** Sitemap URLs no link path within --max-depth reaches: listed, not fetched. */
  readonly beyondDepth: string[] = [];
  private readonly queue: Task[] = [];
  private head = 0;
  /** URLs that count against --max-pages: those queued, and redirect targets once their task's turn comes. */
  private counted = 0;
  /**
   * What each taken task leads to (its links, its redirect), held until every task taken before it
   * has finished: URLs are admitted in the order their pages were queued, whatever order the fetches
   * end in, so a crawl cut by --max-pages keeps the same pages on every run (saint-gilles at 300
   * pages kept 340, 341 or 344 URLs, and a periodic audit reported the difference as change). Not
   * quite every run: a redirect target also linked directly is fetched by whichever comes first, and
   * its links go in that one's turn (343 or 344 on saint-gilles).
   */
  private readonly held = new Map<number, (() => void)[]>();
  private readonly finished = new Set<number>();
  private nextTurn = 0;
  /**
   * Redirect targets fetched with the exchange that found them, not yet counted: counted in the
   * earliest turn that meets them (their task's, or an earlier page linking to them), so the count
   * does not depend on which came first in time.
   */
  private readonly claimedUncounted = new Set<string>();
  private readonly traps: TrapGuard;
  /** A list is a crawl that stops at depth 0: each listed URL is a start. */
  private readonly depthLimit: number | null;
  private readonly bound: DepthBound | null;

  /** `onBacklog` is called when enough URLs wait that the parsing threads will pay for themselves. */
  constructor(
    private readonly run: CrawlRun,
    private readonly list: boolean,
    patternCap: number | undefined,
    private readonly backlog: { size: number; reached(): void },
  ) {
    this.traps = new TrapGuard(patternCap);
    this.depthLimit = list ? 0 : run.settings.maxDepth;
    this.bound =
      this.depthLimit === null
        ? null
        : new DepthBound(
            (url) => this.seen.has(url),
            (url, depth, foundOn, step) => this.admit({ url, depth, source: step ? 'link' : 'redirect', foundOn }),
          );
  }

  get waiting(): number {
    return this.queue.length - this.head;
  }

  admit(task: Task): void {
    const { seen, run } = this;
    const skipped = run.stats.skipped;
    if (seen.has(task.url)) {
      if (this.claimedUncounted.delete(task.url)) this.counted += 1;
      return;
    }
    if (!run.scope.inScope(task.url)) {
      skipped.outOfScope += 1;
      seen.add(task.url);
      return;
    }
    if (this.depthLimit !== null && task.depth > this.depthLimit) {
      skipped.maxDepth += 1;
      return;
    }
    if (this.counted >= run.settings.maxPages) {
      skipped.maxPages += 1;
      run.stopBecause('max-pages');
      return;
    }
    if (task.source !== 'start' && !this.traps.admit(task.url, Math.max(task.depth, 0))) {
      skipped.patternCap += 1;
      return;
    }
    seen.add(task.url);
    this.counted += 1;
    this.queue.push(task);
    this.bound?.queued(task);
    if (this.waiting >= this.backlog.size) this.backlog.reached();
  }

  /** The next task, in admission order, or undefined when none waits. */
  take(): Task | undefined {
    if (this.head >= this.queue.length) return undefined;
    const task = this.queue[this.head]!;
    task.seq = this.head++;
    this.bound?.started(task.url);
    return task;
  }

  /** A taken task is done (fetched, parsed, failed or skipped): what waited for it may go in. */
  finish(task: Task): void {
    if (task.seq === undefined) return;
    this.finished.add(task.seq);
    while (this.finished.has(this.nextTurn)) {
      this.finished.delete(this.nextTurn);
      const waiting = this.held.get(this.nextTurn);
      this.held.delete(this.nextTurn++);
      if (waiting) for (const fn of waiting) fn();
    }
  }

  /** Runs fn in the task's turn: now if every task taken before it has finished, else when they have. */
  private inTurn(task: Task, fn: () => void): void {
    if (task.seq === undefined || task.seq <= this.nextTurn) return fn();
    const list = this.held.get(task.seq);
    if (list) list.push(fn);
    else this.held.set(task.seq, [fn]);
  }

  /**
   * A URL a fetch landed on (a redirect's target): true if it is new, and now seen; it is fetched
   * with the exchange that found it rather than queued.
   */
  claim(url: string, task: Task): boolean {
    if (this.seen.has(url)) return false;
    this.seen.add(url);
    this.claimedUncounted.add(url);
    this.inTurn(task, () => {
      if (this.claimedUncounted.delete(url)) this.counted += 1;
    });
    return true;
  }

  /** A redirect (HTTP or meta refresh) from `from` to `to`: no click spent. */
  redirected(task: Task, from: string, to: string): void {
    const bound = this.bound;
    if (bound) this.inTurn(task, () => bound.expanded(from, task.depth, [{ url: to, step: 0 }]));
  }

  /** A page that leaves at once (meta refresh): its target is followed like a Location, in the task's turn. */
  refreshed(task: Task, from: string, to: string): void {
    this.inTurn(task, () => this.admit({ url: to, depth: task.depth, source: 'redirect', foundOn: from }));
    this.redirected(task, from, to);
  }

  /** A fetched page's links, canonical and hreflang alternates, one click below it. */
  admitLinks(task: Task, pageUrl: string, facts: HtmlFacts): void {
    this.inTurn(task, () => this.admitNow(pageUrl, task.depth, facts));
  }

  private admitNow(pageUrl: string, depth: number, facts: HtmlFacts): void {
    const childDepth = Math.max(depth, 0) + 1;
    const links = facts.internalLinks;
    const { seen, run } = this;
    // Most links point to URLs already seen: no task is built for them (a million a 10,000-page crawl).
    for (let i = 0; i < links.urls.length; i++) {
      const url = links.urls[i]!;
      // A redirect target fetched but not yet counted is counted here if this turn comes first.
      if ((!seen.has(url) || (this.claimedUncounted.size !== 0 && this.claimedUncounted.has(url))) && !isNofollow(links, i)) {
        this.admit({ url, depth: childDepth, source: 'link', foundOn: pageUrl });
      }
    }
    if (facts.canonical && run.scope.isInternal(facts.canonical)) this.admit({ url: facts.canonical, depth: childDepth, source: 'canonical', foundOn: pageUrl });
    for (const alt of facts.hreflang) if (run.scope.isInternal(alt.url)) this.admit({ url: alt.url, depth: childDepth, source: 'hreflang', foundOn: pageUrl });
    if (this.bound) this.bound.expanded(pageUrl, Math.max(depth, 0), followedEdges(facts));
  }

  /** The sitemaps' URLs, once the links have run out (so linked pages keep their click depth). */
  admitSitemapUrls(urls: SitemapUrl[]): void {
    for (const s of urls) {
      if (this.depthLimit === null) this.admit({ url: s.url, depth: -1, source: 'sitemap', foundOn: null });
      else if (!this.list && !this.seen.has(s.url)) {
        // Every page a link path within --max-depth reaches has been met by now.
        this.run.stats.skipped.maxDepth += 1;
        if (this.beyondDepth.length < MAX_LISTED_BEYOND) this.beyondDepth.push(s.url);
      }
    }
  }

  trapPatterns() {
    return this.traps.report();
  }
}
