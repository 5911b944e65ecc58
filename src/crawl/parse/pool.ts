/**
 * A pool of parsing threads. Each request goes to the thread with the fewest in flight. With no
 * threads (a one-core machine, `--parse-threads 0`, or the compiled worker missing when refaudit
 * runs from its TypeScript sources) it parses on the main thread, with the same results.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { HtmlFacts } from '../../site/types.js';
import { makeParser, packTexts, type ParseContext, type ParseReply, type ParseRequest, type SitemapRequest } from './job.js';
import { parseSitemapBody, type ParsedSitemap } from '../sitemaps.js';
import { UrlDecoder } from './url-dictionary.js';
import { compiledWorker } from '../../util/worker-file.js';

export interface ParsePool {
  parse(body: Buffer, contentType: string | null, pageUrl: string): Promise<HtmlFacts>;
  /** Threads actually running (0: parsing on the main thread). */
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

interface Slot {
  worker: Worker;
  urls: UrlDecoder;
  pending: Map<number, { resolve(v: HtmlFacts | ParsedSitemap): void; reject(e: Error): void }>;
}

/**
 * The first pages are parsed on the main thread while the threads would still be starting: a small
 * site is done before threads would pay for themselves.
 */
export const INLINE_FIRST = 16;

/** Sitemaps from this size are read on a thread (~0.1 s of work on the main thread at 500 KB, 10,000 URLs). */
const SITEMAP_THREAD_BYTES = 64 * 1024;

export function makeParsePool(ctx: ParseContext, threads: number, intern: (s: string) => string, inlineFirst = INLINE_FIRST): ParsePool {
  const inline = makeParser(ctx, intern);
  const file = threads > 0 ? compiledWorker(import.meta.url, 'worker') : null;
  const onMainThread: ParsePool = {
    threads: 0,
    warm: () => undefined,
    parse: async (body, contentType, pageUrl) => inline({ body, contentType, pageUrl }),
    parseSitemap: async (body, url) => parseSitemapBody(body, url),
    close: async () => undefined,
  };
  if (!file) return onMainThread;
  let nextId = 0;
  const slots: Slot[] = [];
  const spawn = (): Slot => {
    // A parse keeps nothing between pages: a small young generation keeps the thread's memory down.
    // The old generation's cap is room for a few copies of a 10 MiB page (--max-bytes), not a reservation.
    const worker = new Worker(file, { workerData: ctx, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 4 } });
    const slot: Slot = { worker, urls: new UrlDecoder(intern), pending: new Map() };
    slot.worker.unref();
    slot.worker.on('message', (reply: ParseReply) => {
      // Decoded first, even if nobody waits: the thread numbers its next URLs after these.
      if ('facts' in reply) {
        reply.facts.internalLinks.urls = slot.urls.decode(reply.links);
        // A site's pages share their template's files: one copy of each resource string.
        const res = reply.facts.resources;
        if (res) for (let i = 0; i < res.length; i++) res[i] = intern(res[i]!);
        const f = packTexts(reply.facts);
        const ext = f.externalLinks.urls;
        for (let i = 0; i < ext.length; i++) ext[i] = intern(ext[i]!);
        // The canonical is most often the page's own URL, the language the site's: shared copies.
        if (f.canonical) f.canonical = intern(f.canonical);
        if (f.lang) f.lang = intern(f.lang);
        for (const h of f.hreflang) [h.url, h.lang] = [intern(h.url), intern(h.lang)];
      }
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      // An idle thread must not keep the process alive; a busy one must (see parse()).
      if (!slot.pending.size) slot.worker.unref();
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve('sitemap' in reply ? reply.sitemap : reply.facts);
    });
    // A thread that dies (out of memory on a monstrous page) fails its pages, not the crawl.
    slot.worker.on('error', (err) => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
      const i = slots.indexOf(slot);
      if (i >= 0 && !closing) slots[i] = spawn();
      if (slot === sitemapSlot) sitemapSlot = null;
    });
    return slot;
  };
  let closing = false;
  /**
   * Large sitemaps are read on a thread of their own, ended once idle: what a parse of 10,000 URLs
   * leaves behind (~8 MB) would stay in a parsing thread's old generation, which seldom has a full
   * collection, until the crawl ends.
   */
  let sitemapSlot: Slot | null = null;
  let sitemapIdle: NodeJS.Timeout | null = null;
  const endIdleSitemapThread = () => {
    if (!sitemapSlot || sitemapSlot.pending.size) return;
    void sitemapSlot.worker.terminate();
    sitemapSlot = null;
  };
  let inlineLeft = inlineFirst;
  let failed = false;
  const start = () => {
    if (slots.length || failed) return;
    try {
      for (let i = 0; i < threads; i++) slots.push(spawn());
    } catch {
      // No thread could start (resource limits of the host): parse on the main thread.
      for (const s of slots.splice(0)) void s.worker.terminate();
      failed = true;
    }
  };
  /** The parsing thread with the fewest requests in flight. */
  const leastBusy = (): Slot => {
    let slot = slots[0]!;
    for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
    return slot;
  };
  const dispatch = <T extends HtmlFacts | ParsedSitemap>(slot: Slot, request: (id: number) => ParseRequest | SitemapRequest, body: Buffer, transfer = true): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      if (!slot.pending.size) slot.worker.ref();
      slot.pending.set(id, { resolve: resolve as (v: HtmlFacts | ParsedSitemap) => void, reject });
      // A body that owns its memory moves to the thread instead of being copied: the crawl no longer
      // reads it, and the main thread would otherwise hold every copy until its next collection.
      const owned = transfer && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
      slot.worker.postMessage(request(id), owned ? [body.buffer] : []);
    });
  };
  return {
    get threads() {
      return failed ? 0 : threads;
    },
    warm: start,
    parse(body, contentType, pageUrl) {
      if (inlineLeft > 0 || failed) {
        inlineLeft -= 1;
        if (!inlineLeft) start();
        return onMainThread.parse(body, contentType, pageUrl);
      }
      start();
      if (failed) return onMainThread.parse(body, contentType, pageUrl);
      return dispatch<HtmlFacts>(leastBusy(), (id) => ({ id, body, contentType, pageUrl }), body);
    },
    parseSitemap(body, url) {
      if (body.length < SITEMAP_THREAD_BYTES || failed || closing) return onMainThread.parseSitemap(body, url);
      if (sitemapIdle) clearTimeout(sitemapIdle);
      try {
        sitemapSlot ??= spawn();
      } catch {
        return onMainThread.parseSitemap(body, url);
      }
      // Copied, not moved (a few hundred kilobytes, once a crawl): if the thread fails on it (a 50 MiB
      // sitemap beyond its heap), it is read here instead; a sitemap never fails the crawl.
      return dispatch<ParsedSitemap>(sitemapSlot, (id) => ({ id, sitemap: body, url }), body, false)
        .catch(() => parseSitemapBody(body, url))
        .finally(() => {
          // Kept a moment for the next file of a sitemap index.
          if (sitemapIdle) clearTimeout(sitemapIdle);
          sitemapIdle = setTimeout(endIdleSitemapThread, 200).unref();
        });
    },
    async close() {
      closing = true;
      if (sitemapIdle) clearTimeout(sitemapIdle);
      const all = sitemapSlot ? [...slots, sitemapSlot] : slots;
      await Promise.all(all.map((s) => s.worker.terminate()));
      // Whatever was still being parsed will not be answered: its callers must not wait forever.
      for (const s of all) {
        for (const p of s.pending.values()) p.reject(new Error('parsing stopped'));
        s.pending.clear();
      }
    },
  };
}
