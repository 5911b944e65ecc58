/**
 * A pool of parsing threads. Each request goes to the thread with the fewest in flight. With no
 * threads (a one-core machine, `--threads 0`, or the compiled worker missing when refaudit runs
 * from its TypeScript sources) it parses on the main thread, with the same results.
 */
import { availableParallelism } from 'node:os';
import type { HtmlFacts } from '../../site/types.js';
import { makeParser, type ParseContext } from './job.js';
import { parseSitemapBody, type ParsedSitemap } from '../sitemaps.js';
import { compiledWorker } from '../../util/worker-file.js';
import { countThreadUse } from '../../util/thread-usage.js';
import { ParseThread } from './thread.js';

export interface ParsePool {
  parse(body: Buffer, contentType: string | null, pageUrl: string): Promise<HtmlFacts>;
  /** Parsing threads running now (0: parsing on the main thread, or not started yet). */
  readonly threads: number;
  /**
   * Starts the threads now, for a crawl that knows it has many pages ahead: a thread takes a
   * tenth of a second to start, which the first pages, parsed here meanwhile, then hide. Once:
   * later calls do nothing.
   */
  warm(): void;
  /** Reads a sitemap file; a big one on a thread (started for it), so the crawl goes on meanwhile. */
  parseSitemap(body: Buffer, url: string): Promise<ParsedSitemap>;
  close(): Promise<void>;
}

/** Parsing threads by default: one a core; the main thread's fetching is light beside parsing. */
export function defaultParseThreads(): number {
  return availableParallelism() > 1 ? availableParallelism() : 0;
}

/**
 * The first pages are parsed on the main thread while the threads would still be starting: a small
 * site is done before threads would pay for themselves.
 */
export const INLINE_FIRST = 16;

/** Sitemaps from this size are read on a thread (~0.1 s of work on the main thread at 500 KB, 10,000 URLs). */
const SITEMAP_THREAD_BYTES = 64 * 1024;

/**
 * Parsing threads that may end by themselves (out of memory on a monstrous page) before the rest of
 * the crawl is parsed on the main thread: each ending fails the pages that thread was parsing.
 */
export const MAX_THREAD_ENDINGS = 3;

export interface ParsePoolOptions {
  /** Pages parsed here before the threads take over (INLINE_FIRST). */
  inlineFirst?: number;
  /** Told when the pool gives up its threads and parses on the main thread. */
  onFallback?(message: string): void;
}

export function makeParsePool(ctx: ParseContext, threads: number, intern: (s: string) => string, opts: ParsePoolOptions = {}): ParsePool {
  const file = threads > 0 ? compiledWorker(import.meta.url, 'worker') : null;
  const inline = mainThreadParser(ctx, intern);
  return file ? new ThreadedParsePool(file, ctx, threads, intern, inline, opts) : inline;
}

function mainThreadParser(ctx: ParseContext, intern: (s: string) => string): ParsePool {
  const parse = makeParser(ctx, intern);
  return {
    threads: 0,
    warm: () => undefined,
    parse: async (body, contentType, pageUrl) => parse({ body, contentType, pageUrl }),
    parseSitemap: async (body, url) => parseSitemapBody(body, url),
    close: async () => undefined,
  };
}

class ThreadedParsePool implements ParsePool {
  private slots: ParseThread[] = [];
  private inlineLeft: number;
  /** The threads could not start, or ended too often: the rest is parsed on the main thread. */
  private failed = false;
  private endings = 0;
  private closing = false;
  /**
   * Large sitemaps are read on a thread of their own, ended once idle: what a parse of 10,000 URLs
   * leaves behind (~8 MB) would stay in a parsing thread's old generation, which seldom has a full
   * collection, until the crawl ends.
   */
  private sitemapSlot: ParseThread | null = null;
  private sitemapIdle: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly ctx: ParseContext,
    private readonly wanted: number,
    private readonly intern: (s: string) => string,
    private readonly inline: ParsePool,
    private readonly opts: ParsePoolOptions,
  ) {
    this.inlineLeft = opts.inlineFirst ?? INLINE_FIRST;
  }

  get threads(): number {
    return this.failed ? 0 : this.slots.length;
  }

  warm(): void {
    if (this.slots.length || this.failed || this.closing) return;
    try {
      for (let i = 0; i < this.wanted; i++) this.slots.push(this.spawn());
    } catch (err) {
      // No thread could start (resource limits of the host): parse on the main thread.
      for (const s of this.slots.splice(0)) void s.terminate();
      this.fallBack(`parsing threads could not start (${(err as Error).message})`);
    }
  }

  parse(body: Buffer, contentType: string | null, pageUrl: string): Promise<HtmlFacts> {
    if (this.inlineLeft > 0) {
      this.inlineLeft -= 1;
      if (!this.inlineLeft) this.warm();
      return this.inline.parse(body, contentType, pageUrl);
    }
    this.warm();
    if (this.failed || this.closing) return this.inline.parse(body, contentType, pageUrl);
    return this.leastBusy().send<HtmlFacts>((id) => ({ id, body, contentType, pageUrl }), body, true);
  }

  parseSitemap(body: Buffer, url: string): Promise<ParsedSitemap> {
    if (body.length < SITEMAP_THREAD_BYTES || this.failed || this.closing) return this.inline.parseSitemap(body, url);
    if (this.sitemapIdle) clearTimeout(this.sitemapIdle);
    try {
      this.sitemapSlot ??= new ParseThread(this.file, this.ctx, this.intern, () => (this.sitemapSlot = null));
    } catch {
      return this.inline.parseSitemap(body, url);
    }
    // Copied, not moved (a few hundred kilobytes, once a crawl): if the thread fails on it (a 50 MiB
    // sitemap beyond its heap), it is read here instead; a sitemap never fails the crawl.
    return this.sitemapSlot
      .send<ParsedSitemap>((id) => ({ id, sitemap: body, url }), body, false)
      .catch(() => parseSitemapBody(body, url))
      .finally(() => {
        // Kept a moment for the next file of a sitemap index.
        if (this.sitemapIdle) clearTimeout(this.sitemapIdle);
        this.sitemapIdle = setTimeout(() => this.endIdleSitemapThread(), 200).unref();
      });
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.sitemapIdle) clearTimeout(this.sitemapIdle);
    const all = this.sitemapSlot ? [...this.slots, this.sitemapSlot] : this.slots;
    await Promise.all(all.map((s) => s.terminate()));
  }

  private spawn(): ParseThread {
    const slot: ParseThread = new ParseThread(this.file, this.ctx, this.intern, (err) => this.ended(slot, err));
    return slot;
  }

  /** A thread that ends by itself fails its pages, not the crawl: it is replaced, a few times. */
  private ended(slot: ParseThread, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closing || this.failed) return;
    this.endings += 1;
    if (this.endings < MAX_THREAD_ENDINGS) {
      try {
        this.slots[i] = this.spawn();
        return;
      } catch {
        // Cannot start another: falls back below.
      }
    }
    // The others finish what they hold (close() ends them); new pages are parsed here.
    this.slots.splice(i, 1);
    this.fallBack(`parsing threads ended ${this.endings} times (last: ${err.message}): the rest of the pages are parsed on the main thread`);
  }

  private fallBack(message: string): void {
    this.failed = true;
    countThreadUse('fallbacks');
    this.opts.onFallback?.(message);
  }

  /** The parsing thread with the fewest requests in flight. */
  private leastBusy(): ParseThread {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.inFlight < slot.inFlight) slot = s;
    return slot;
  }

  private endIdleSitemapThread(): void {
    if (!this.sitemapSlot || this.sitemapSlot.inFlight) return;
    void this.sitemapSlot.terminate();
    this.sitemapSlot = null;
  }
}
