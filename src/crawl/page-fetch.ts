/**
 * The crawl's fetch step: robots.txt's verdicts on the URL, the request with its redirects, and
 * the page records they make (a redirecting URL gets its own record, its target another).
 */
import type { PageRecord } from '../site/types.js';
import { parseXRobotsTag } from './extract/robots-directives.js';
import { fetchFollow, type FollowResult } from './fetch.js';
import * as shared from './shared-values.js';
import { pageRecord } from './page-record.js';
import type { CrawlRun } from './crawl-run.js';
import type { Frontier, Task } from './frontier.js';
import type { OriginRobots } from './origin-robots.js';
import type { PageRecorder } from './page-recorder.js';

const MAX_REDIRECTS = 10;

function headerValues(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function firstHeader(v: string | string[] | undefined): string | null {
  return headerValues(v)[0] ?? null;
}

export interface FetchedPage {
  page: PageRecord;
  res: FollowResult;
}

export class PageFetcher {
  constructor(
    private readonly run: CrawlRun,
    private readonly robots: OriginRobots,
    private readonly frontier: Frontier,
    private readonly recorder: PageRecorder,
  ) {}

  /** The page's record and response; null when there is nothing more to do with it (refused, or its redirect's target already known). */
  async fetch(task: Task): Promise<FetchedPage | null> {
    const { run } = this;
    const base = await this.baseRecord(task);
    if (!base.crawlAllowed) {
      run.stats.skipped.robotsDisallowed += 1;
      await this.recorder.record(base, false);
      return null;
    }
    const res = await fetchFollow(task.url, { ...run.fetchOpts, maxRedirects: MAX_REDIRECTS, inScope: (u) => run.scope.inScope(u), beforeRequest: run.politely });
    run.counted(res);
    const landed = res.redirects.length > 0 && !res.leftScope && !res.error && res.finalUrl !== task.url;
    const target = landed ? await this.landing(task, base, res) : base;
    if (!target) return null;
    const page = pageRecord({
      ...target,
      finalUrl: res.finalUrl,
      status: res.status,
      redirects: shared.list(landed ? [] : res.redirects),
      contentType: this.internOrNull(firstHeader(res.headers['content-type'])),
      bytes: res.bytes,
      truncated: res.truncated,
      responseMs: res.ms,
      contentEncoding: res.contentEncoding,
      xRobotsTag: shared.list(headerValues(res.headers['x-robots-tag'])),
    });
    if (res.error) page.error = res.error;
    page.headerRobots = shared.robots(parseXRobotsTag(page.xRobotsTag, run.botTokens));
    if (res.error && res.error.code !== 'too-large') this.recorder.errors += 1;
    return { page, res };
  }

  /** A record with what is known before the request: robots.txt's verdicts. */
  private async baseRecord(task: Task): Promise<PageRecord> {
    const policy = await this.robots.policy(task.url);
    return pageRecord({
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
      robotsAllowed: this.robots.botVerdicts(policy, task.url),
      crawlAllowed: policy.isAllowed(task.url, this.run.ownToken),
      inSitemap: false,
      inlinks: 0,
    });
  }

  /**
   * The redirecting URL gets its own record (its chain, no content); the page it lands on gets
   * another, from the same exchange, unless that URL already has one coming (then null).
   */
  private async landing(task: Task, base: PageRecord, res: FollowResult): Promise<PageRecord | null> {
    await this.recorder.record(pageRecord({ ...base, finalUrl: res.finalUrl, status: res.redirects[0]!.status, redirects: res.redirects, responseMs: res.ms }));
    this.frontier.redirected(task, task.url, res.finalUrl);
    if (!this.frontier.claim(res.finalUrl, task)) return null;
    const policy = await this.robots.policy(res.finalUrl);
    return pageRecord({ ...base, url: res.finalUrl, source: 'redirect', foundOn: task.url, robotsAllowed: this.robots.botVerdicts(policy, res.finalUrl), crawlAllowed: policy.isAllowed(res.finalUrl, this.run.ownToken) });
  }

  private internOrNull(s: string | null): string | null {
    return s === null ? null : this.run.intern(s);
  }
}
