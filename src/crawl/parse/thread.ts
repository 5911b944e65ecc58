/**
 * One parsing thread as the pool sees it: the worker, the URL dictionary mirrored from it, and the
 * requests it has not answered yet.
 */
import { Worker } from 'node:worker_threads';
import type { HtmlFacts } from '../../site/types.js';
import { packTexts, type ParseContext, type ParseReply, type ParseRequest, type SitemapRequest } from './job.js';
import type { ParsedSitemap } from '../sitemaps.js';
import { UrlDecoder } from './url-dictionary.js';
import { countThreadUse } from '../../util/thread-usage.js';

type Answer = HtmlFacts | ParsedSitemap;

export class ParseThread {
  private readonly worker: Worker;
  private readonly urls: UrlDecoder;
  private readonly pending = new Map<number, { resolve(v: Answer): void; reject(e: Error): void }>();
  private nextId = 0;
  private ended = false;

  /**
   * `onEnd` is told once if the thread ends by itself (an uncaught error, out of memory on a
   * monstrous page); what it was parsing has been failed by then.
   */
  constructor(file: string, ctx: ParseContext, private readonly intern: (s: string) => string, onEnd: (err: Error) => void) {
    // A parse keeps nothing between pages: a small young generation keeps the thread's memory down.
    // The old generation's cap is room for a few copies of a 10 MiB page (--max-bytes), not a reservation.
    this.worker = new Worker(file, { workerData: ctx, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 4 } });
    this.urls = new UrlDecoder(intern);
    this.worker.unref();
    this.worker.on('message', (reply: ParseReply) => this.answer(reply));
    const end = (err: Error) => {
      if (this.ended) return;
      this.ended = true;
      this.failPending(new Error(`the parsing thread ended: ${err.message}`));
      onEnd(err);
    };
    this.worker.on('error', end);
    this.worker.on('exit', (code) => end(new Error(`exit code ${code}`)));
    countThreadUse('parseThreadsStarted');
  }

  get inFlight(): number {
    return this.pending.size;
  }

  /**
   * Sends a request. A body that owns its memory moves to the thread instead of being copied (when
   * `transfer`): the crawl no longer reads it, and the main thread would otherwise hold every copy
   * until its next collection.
   */
  send<T extends Answer>(request: (id: number) => ParseRequest | SitemapRequest, body: Buffer, transfer: boolean): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.ended) return reject(new Error('the parsing thread ended'));
      // An idle thread must not keep the process alive; a busy one must.
      if (!this.pending.size) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (v: Answer) => void, reject });
      const owned = transfer && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
      this.worker.postMessage(request(id), owned ? [body.buffer] : []);
    });
  }

  /** Ends the thread; what it was still parsing fails with `reason`. */
  async terminate(reason = 'parsing stopped'): Promise<void> {
    this.ended = true;
    await this.worker.terminate();
    // Whatever was still being parsed will not be answered: its callers must not wait forever.
    this.failPending(new Error(reason));
  }

  private answer(reply: ParseReply): void {
    // Decoded first, even if nobody waits: the thread numbers its next URLs after these.
    if ('facts' in reply) this.adopt(reply);
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    if (!this.pending.size) this.worker.unref();
    if ('error' in reply) return p.reject(new Error(reply.error));
    countThreadUse('parsedOnThreads');
    p.resolve('sitemap' in reply ? reply.sitemap : reply.facts);
  }

  /** The facts as the main thread keeps them: URLs decoded, texts packed, repeated strings shared. */
  private adopt(reply: Extract<ParseReply, { facts: HtmlFacts }>): void {
    const intern = this.intern;
    reply.facts.internalLinks.urls = this.urls.decode(reply.links);
    reply.facts.resources = this.urls.decode(reply.resources);
    const f = packTexts(reply.facts);
    const ext = f.externalLinks.urls;
    for (let i = 0; i < ext.length; i++) ext[i] = intern(ext[i]!);
    // The canonical is most often the page's own URL, the language the site's: shared copies.
    if (f.canonical) f.canonical = intern(f.canonical);
    if (f.lang) f.lang = intern(f.lang);
    for (const h of f.hreflang) [h.url, h.lang] = [intern(h.url), intern(h.lang)];
  }

  private failPending(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
