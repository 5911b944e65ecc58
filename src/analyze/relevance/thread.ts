/**
 * Relevance's page-by-page part on a thread of its own during the crawl. The main thread only
 * hands each candidate page over (a few kilobytes of strings); the thread returns every page's
 * document and the site's terms when the crawl is over. Where no thread can run (one core, or
 * refaudit running from its sources without a build) the same work happens on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRecord } from '../../site/types.js';
import { compiledWorker } from '../../util/worker-file.js';
import { Waiters } from '../../util/waiters.js';
import { packedText } from '../../site/spill.js';
import type { Market, TargetKeyword } from '../types.js';
import { DocCollector } from './docs.js';
import { isCandidate } from './fields.js';
import type { QueryRow } from './import-queries.js';
import { RelevanceCollector, relevanceInputs, type RelevanceParts } from './relevance.js';
import { FinishedSiteTerms, type SiteTermsByLanguage } from './site-terms.js';
import type { FromThread, PageForThread, RelevanceThreadInit, ToThread } from './thread-protocol.js';

export interface RelevanceFeed {
  /** Resolves at once, or when the thread has caught up enough (its queue holds page text). */
  add(page: PageRecord): void | Promise<void>;
  /** Waits for the thread and returns what analyzeRelevance needs. */
  finish(): Promise<RelevanceParts>;
}

/** Pages sent and not yet counted, at most: each holds a few kilobytes of text in the queue. */
const MAX_QUEUED = 512;
/**
 * Pages sent to the thread in one message: each message costs a wake-up of the thread and a
 * serialization besides its pages', which showed in the main thread's profile at 10,000 pages.
 */
const BATCH = 16;

export function relevanceFeed(input: { keywords: TargetKeyword[]; markets: Market[]; queries?: QueryRow[] }): RelevanceFeed {
  const file = availableParallelism() > 1 ? compiledWorker(import.meta.url, 'thread-worker') : null;
  const onMainThread = (): RelevanceFeed => {
    const local = new RelevanceCollector(input);
    return { add: (page) => local.add(page), finish: async () => local };
  };
  if (!file) return onMainThread();
  const init: RelevanceThreadInit = relevanceInputs(input);
  // Its live data is small (counts, never page text): a small young generation keeps its memory down.
  let worker: Worker;
  try {
    worker = new Worker(file, { workerData: init, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
  } catch {
    return onMainThread();
  }
  worker.unref();
  const sent: PageRecord[] = [];
  let batch: PageForThread[] = [];
  const flush = () => {
    if (!batch.length || failed) return;
    worker.postMessage({ kind: 'pages', pages: batch } satisfies ToThread);
    batch = [];
  };
  let failed: Error | null = null;
  let counted = 0;
  const behind = new Waiters();
  worker.on('error', (err) => {
    failed = err;
    behind.releaseAll();
  });
  worker.on('message', (msg: FromThread) => {
    if (msg.kind !== 'ack') return;
    counted = msg.counted;
    if (sent.length - counted <= MAX_QUEUED / 2) behind.releaseAll();
  });
  return {
    add(page) {
      if (failed || !isCandidate(page)) return;
      const h = page.html!;
      // The texts are taken now: once the crawl has seen the page they may move to the spill file.
      batch.push({
        seq: sent.length,
        page: { url: page.url, finalUrl: page.finalUrl, html: { title: h.title, headings: { levels: h.headings.levels, textsPacked: packedText(h.headings.textsPacked) }, metaDescription: h.metaDescription, lang: h.lang, bodyTokensPacked: packedText(h.bodyTokensPacked) } },
      });
      sent.push(page);
      if (batch.length >= BATCH) flush();
      if (sent.length - counted <= MAX_QUEUED) return;
      // The thread is behind: hold the crawl until it has counted half its queue.
      flush();
      worker.ref();
      return behind.wait().then(() => {
        worker.unref();
      });
    },
    async finish() {
      const reply = failed
        ? null
        : await new Promise<Exclude<FromThread, { kind: 'ack' }> | null>((resolve) => {
            // Referenced while the answer is awaited: nothing else may be keeping the process alive.
            worker.ref();
            worker.on('message', (msg: FromThread) => {
              if (msg.kind !== 'ack') resolve(msg);
            });
            worker.once('error', () => resolve(null));
            flush();
            worker.postMessage({ kind: 'finish' } satisfies ToThread);
          });
      await worker.terminate();
      if (!reply || reply.kind === 'error') {
        // The thread failed: count everything here instead, nothing is lost.
        const local = new RelevanceCollector(input);
        for (const page of sent) local.add(page);
        return local;
      }
      const docs = new DocCollector(init.marketLang, init.texts);
      for (const [seq, doc] of reply.docs) docs.adopt(sent[seq]!, doc);
      const siteTerms: SiteTermsByLanguage = new FinishedSiteTerms(reply.siteTerms);
      return { docs, siteTerms };
    },
  };
}
