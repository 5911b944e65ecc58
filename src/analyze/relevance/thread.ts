/**
 * Relevance's page-by-page part on a thread of its own during the crawl. The main thread only
 * hands each candidate page over (a few kilobytes of strings); the thread returns every page's
 * document and the site's terms when the crawl is over. Where no thread runs (`--threads 0`, one
 * core, or refaudit running from its sources without a build) the same work happens on the main
 * thread; so does the rest of it if the thread fails, from the pages it was given (kept here).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { compiledWorker } from '../../util/worker-file.js';
import { Waiters } from '../../util/waiters.js';
import { countThreadUse } from '../../util/thread-usage.js';
import { textsForThread } from '../../site/page-text.js';
import type { Market, TargetKeyword } from '../types.js';
import { DocCollector } from './docs.js';
import { FIELDS, isCandidate } from './fields.js';
import type { QueryRow } from './import-queries.js';
import { RelevanceCollector, relevanceInputs, type RelevanceParts } from './relevance.js';
import { FinishedSiteTerms } from './site-terms.js';
import { shareAnchors } from './thread-anchors.js';
import type { FromThread, PageForThread, RelevanceThreadInit, ToThread } from './thread-protocol.js';
import { answerOf } from './thread-answer.js';

export interface RelevanceFeed {
  /** Resolves at once, or when the thread has caught up enough (its queue holds page text). */
  add(page: PageRecord): void | Promise<void>;
  /**
   * Waits for the thread and returns what analyzeRelevance needs. Given the crawl's snapshot, it
   * also counts the anchors field, on the thread and here at once.
   */
  finish(snapshot?: SiteSnapshot): Promise<RelevanceParts>;
}

export interface RelevanceFeedInput {
  keywords: TargetKeyword[];
  markets: Market[];
  queries?: QueryRow[];
  /** false: count on the main thread (`--threads 0`). Default: on a thread where one can run. */
  thread?: boolean;
  /** Told when the thread fails and the main thread counts instead. */
  onWarn?(message: string): void;
}

/** Pages sent and not yet counted, at most: each holds a few kilobytes of text in the queue. */
const MAX_QUEUED = 512;
/**
 * Pages sent to the thread in one message: each message costs a wake-up of the thread and a
 * serialization besides its pages', which showed in the main thread's profile at 10,000 pages.
 */
const BATCH = 16;

export function relevanceFeed(input: RelevanceFeedInput): RelevanceFeed {
  const file = input.thread !== false && availableParallelism() > 1 ? compiledWorker(import.meta.url, 'thread-worker') : null;
  if (file) {
    try {
      return new ThreadFeed(file, input);
    } catch (err) {
      countThreadUse('fallbacks');
      input.onWarn?.(`the relevance thread could not start (${(err as Error).message}): relevance is counted on the main thread`);
    }
  }
  const local = new RelevanceCollector(input);
  return { add: (page) => local.add(page), finish: async () => local };
}

class ThreadFeed implements RelevanceFeed {
  private readonly worker: Worker;
  private readonly init: RelevanceThreadInit;
  /** Every page sent, in order: what the main thread counts if the thread fails. */
  private readonly sent: PageRecord[] = [];
  private batch: PageForThread[] = [];
  private counted = 0;
  private readonly behind = new Waiters();
  /** Set once the thread has failed: the main thread's count, which every later page joins. */
  private local: RelevanceCollector | null = null;
  private ending = false;

  constructor(file: string, private readonly input: RelevanceFeedInput) {
    this.init = relevanceInputs(input);
    // Its live data is small (counts, never page text): a small young generation keeps its memory down.
    this.worker = new Worker(file, { workerData: this.init, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    countThreadUse('relevanceThreadsStarted');
    this.worker.unref();
    this.worker.on('error', (err) => this.fallBack(err.message));
    this.worker.on('exit', (code) => {
      if (!this.ending) this.fallBack(`it ended with exit code ${code}`);
    });
    this.worker.on('message', (msg: FromThread) => {
      if (msg.kind !== 'ack') return;
      this.counted = msg.counted;
      if (this.sent.length - this.counted <= MAX_QUEUED / 2) this.behind.releaseAll();
    });
  }

  add(page: PageRecord): void | Promise<void> {
    if (!isCandidate(page)) return;
    if (this.local) return this.local.add(page);
    const h = page.html!;
    // The texts are taken now: once the crawl has seen the page they may move to the spill file.
    this.batch.push({
      seq: this.sent.length,
      page: { url: page.url, finalUrl: page.finalUrl, html: { title: h.title, metaDescription: h.metaDescription, lang: h.lang, wordCount: h.wordCount, ...textsForThread(h) } },
    });
    this.sent.push(page);
    if (this.batch.length >= BATCH) this.flush();
    if (this.sent.length - this.counted <= MAX_QUEUED) return;
    // The thread is behind: hold the crawl until it has counted half its queue.
    this.flush();
    this.worker.ref();
    return this.behind.wait().then(() => void this.worker.unref());
  }

  async finish(snapshot?: SiteSnapshot): Promise<RelevanceParts> {
    // Referenced while answers are awaited: nothing else may be keeping the process alive.
    this.worker.ref();
    const done = this.local
      ? null
      : await answerOf(this.worker, ['done', 'error'], () => {
          this.flush();
          this.worker.postMessage({ kind: 'finish' } satisfies ToThread);
        });
    if (!done || done.kind === 'error') {
      this.fallBack(done ? done.message : 'it ended before its answer');
      await this.end();
      return this.local!;
    }
    countThreadUse('countedOnThread', done.docs.length);
    const docs = new DocCollector(this.init.marketLang, this.init.texts);
    for (const [seq, { terms, at, ...doc }] of done.docs) {
      // Views into the answer's one array of counts.
      const counts = new Map(terms.map((t, k) => [t, done.counts.subarray(at + k * FIELDS.length, at + (k + 1) * FIELDS.length)] as const));
      docs.adopt(this.sent[seq]!, { ...doc, counts });
    }
    if (snapshot) await shareAnchors(this.worker, docs, snapshot, (m) => this.warn(m));
    await this.end();
    return { docs, siteTerms: new FinishedSiteTerms(done.siteTerms) };
  }

  private flush(): void {
    if (!this.batch.length || this.local) return;
    this.worker.postMessage({ kind: 'pages', pages: this.batch } satisfies ToThread);
    this.batch = [];
  }

  /** The thread failed: everything it was given is counted here instead, and every later page too. */
  private fallBack(reason: string): void {
    if (this.local) return;
    this.local = new RelevanceCollector(this.input);
    for (const page of this.sent) this.local.add(page);
    this.batch = [];
    this.behind.releaseAll();
    this.warn(`the relevance thread failed (${reason}): its ${this.sent.length} pages and the rest are counted on the main thread`);
    void this.end();
  }

  private warn(message: string): void {
    countThreadUse('fallbacks');
    this.input.onWarn?.(message);
  }

  private async end(): Promise<void> {
    this.ending = true;
    await this.worker.terminate();
  }
}
