/**
 * robots.txt once per origin, before any page of it, and every bot's verdict on a URL as one
 * shared copy per distinct set of verdicts.
 */
import type { RobotsRecord } from '../site/types.js';
import { fetchFollow } from './fetch.js';
import { robotsPolicy, ROBOTS_MAX_BYTES, type RobotsPolicy } from './robots.js';
import * as shared from './shared-values.js';
import type { CrawlRun } from './crawl-run.js';

export class OriginRobots {
  private readonly byOrigin = new Map<string, Promise<RobotsPolicy>>();
  private readonly verdictTable = shared.makeVerdictTable();

  constructor(private readonly run: CrawlRun) {}

  /** The policy of the origin of this URL (an origin or any URL on it). */
  policy(url: string): Promise<RobotsPolicy> {
    const origin = new URL(url).origin;
    let p = this.byOrigin.get(origin);
    if (!p) {
      p = this.read(origin);
      this.byOrigin.set(origin, p);
    }
    return p;
  }

  /** May refaudit's own user agent fetch this URL? */
  async allows(url: string): Promise<boolean> {
    return (await this.policy(url)).isAllowed(url, this.run.ownToken);
  }

  /** Every bot's robots.txt verdict on a URL, as the crawl's shared copy of that verdict set. */
  botVerdicts(policy: RobotsPolicy, url: string): Record<string, boolean> {
    const allowed: Record<string, boolean> = {};
    for (const bot of this.run.settings.bots) allowed[bot.id] = policy.isAllowed(url, bot.token);
    return this.verdictTable(allowed);
  }

  async records(): Promise<RobotsRecord[]> {
    return (await Promise.all(this.byOrigin.values())).map((p) => p.record);
  }

  private async read(origin: string): Promise<RobotsPolicy> {
    const { run } = this;
    const url = `${origin}/robots.txt`;
    const res = await fetchFollow(url, { ...run.fetchOpts, maxBytes: ROBOTS_MAX_BYTES, maxRedirects: 5, accept: 'text/plain,*/*;q=0.5' });
    run.counted(res);
    const input = {
      origin,
      url,
      status: res.error && res.status === null ? null : res.status,
      body: res.status !== null && res.status < 300 ? res.body.toString('utf8') : null,
      bytes: res.bytes,
      ...(res.error ? { error: res.error } : {}),
    };
    const policy = robotsPolicy(input, run.botTokens);
    run.clock.setCrawlDelay(new URL(origin).host, policy.crawlDelay(run.ownToken));
    return policy;
  }
}
