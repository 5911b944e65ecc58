/**
 * Crawl flags as the config's `crawl` section (config/crawl-options.ts turns that into the
 * crawler's options).
 */
import type { CrawlConfig } from '../config/types.js';

/** The crawl flags the user actually gave (commander leaves the others undefined). */
export function crawlFlags(opts: Record<string, unknown>): CrawlConfig {
  const out: CrawlConfig = {};
  if (typeof opts.userAgent === 'string') out.userAgent = opts.userAgent;
  if (typeof opts.concurrency === 'number') out.concurrency = opts.concurrency;
  if (typeof opts.rate === 'number') out.rate = opts.rate;
  if (typeof opts.maxPages === 'number') out.maxPages = opts.maxPages;
  if (typeof opts.maxDepth === 'number') out.maxDepth = opts.maxDepth;
  if (typeof opts.maxBytes === 'number') out.maxBytes = opts.maxBytes;
  if (typeof opts.timeout === 'number') out.timeoutMs = opts.timeout;
  if (typeof opts.timeBudget === 'number') out.timeBudgetMs = opts.timeBudget;
  if (opts.subdomains === true) out.subdomains = true;
  if (Array.isArray(opts.include)) out.include = opts.include as string[];
  if (Array.isArray(opts.exclude)) out.exclude = opts.exclude as string[];
  if (opts.stripTracking === true) out.stripTracking = true;
  if (typeof opts.threads === 'number') out.threads = opts.threads;
  if (opts.render === true) out.render = true;
  if (typeof opts.renderConcurrency === 'number') out.renderConcurrency = opts.renderConcurrency;
  if (typeof opts.renderTimeout === 'number') out.renderTimeoutMs = opts.renderTimeout;
  if (opts.renderThirdParty === true) out.renderThirdParty = true;
  if (typeof opts.chromium === 'string') out.chromium = opts.chromium;
  return out;
}
