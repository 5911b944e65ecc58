/**
 * Relevance's page-by-page part on a thread of its own during the crawl. The main thread only
 * hands each candidate page over (a few kilobytes of strings); the thread returns every page's
 * document and the site's terms when the crawl is over. Where no thread can run (one core, or
 * refaudit running from its sources without a build) the same work happens on the main thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { compiledWorker } from '../../util/worker-file.js';
import { Waiters } from '../../util/waiters.js';
import { anchorTextsForThread, textsForThread } from '../../site/page-text.js';
import type { Market, TargetKeyword } from '../types.js';
import { DocCollector, linkTargets } from './docs.js';
import { FIELDS, isCandidate } from './fields.js';
import type { QueryRow } from './import-queries.js';
import { RelevanceCollector, relevanceInputs, type RelevanceParts } from './relevance.js';
import { FinishedSiteTerms, type SiteTermsByLanguage } from './site-terms.js';
import type { FromThread, PageForThread, RelevanceThreadInit, ToThread } from './thread-protocol.js';

export interface RelevanceFeed {
  /** Resolves at once, or when the thread has caught up enough (its queue holds page text). */
  add(page: PageRecord): void | Promise<void>;
  /**
   * Waits for the thread and returns what analyzeRelevance needs. Given the crawl's snapshot, it
   * also counts the anchors field, on the thread and here at once.
   */
  finish(snapshot?: SiteSnapshot): Promise<RelevanceParts>;
}

/** Pages sent and not yet counted, at most: each holds a few kilobytes of text in the queue. */
const MAX_QUEUED = 512;
/**
 * Pages sent to the thread in one message: each message costs a wake-up of the thread and a
 * serialization besides its pages', which showed in the main thread's profile at 10,000 pages.
 */
const BATCH = 16;
/** Pages in one chunk of anchor texts handed to the thread after the crawl (shareAnchors). */
const ANCHOR_CHUNK = 128;
const ANCHOR_CHUNKS_AHEAD = 2;

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
        page: { url: page.url, finalUrl: page.finalUrl, html: { title: h.title, metaDescription: h.metaDescription, lang: h.lang, ...textsForThread(h) } },
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
    async finish(snapshot) {
      // Referenced while answers are awaited: nothing else may be keeping the process alive.
      worker.ref();
      const done = failed
        ? null
        : await answer(['done', 'error'], () => {
            flush();
            worker.postMessage({ kind: 'finish' } satisfies ToThread);
          });
      if (!done || done.kind === 'error') {
        await worker.terminate();
        // The thread failed: count everything here instead, nothing is lost.
        const local = new RelevanceCollector(input);
        for (const page of sent) local.add(page);
        return local;
      }
      const docs = new DocCollector(init.marketLang, init.texts);
      for (const [seq, { terms, at, ...doc }] of done.docs) {
        // Views into the answer's one array of counts.
        const counts = new Map(terms.map((t, k) => [t, done.counts.subarray(at + k * FIELDS.length, at + (k + 1) * FIELDS.length)] as const));
        docs.adopt(sent[seq]!, { ...doc, counts });
      }
      if (snapshot) await shareAnchors(docs, snapshot);
      await worker.terminate();
      const siteTerms: SiteTermsByLanguage = new FinishedSiteTerms(done.siteTerms);
      return { docs, siteTerms };
    },
  };

  /** The next answer of one of these kinds, or null if the thread fails first. */
  function answer<K extends FromThread['kind']>(kinds: K[], send: () => void): Promise<Extract<FromThread, { kind: K }> | null> {
    return new Promise((resolve) => {
      const onMessage = (msg: FromThread) => {
        if (!(kinds as string[]).includes(msg.kind)) return;
        off();
        resolve(msg as Extract<FromThread, { kind: K }>);
      };
      const onError = () => {
        off();
        resolve(null);
      };
      const off = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      send();
    });
  }

  /**
   * The anchors field, counted by both threads: after the crawl the second core would otherwise
   * sit idle while the audit tokenizes a big site's million anchor texts. Pages go to the thread a
   * chunk at a time, at most ANCHOR_CHUNKS_AHEAD unanswered; while it is that far ahead the audit
   * counts the next chunk itself. The split follows each thread's speed, and only a few chunks of
   * anchor texts are ever out of the spill file at once (all of them at once cost 185 MB at
   * 100,000 pages).
   */
  async function shareAnchors(docs: DocCollector, snapshot: SiteSnapshot): Promise<void> {
    const plan = docs.anchorPlan(snapshot);
    const linksOf = (p: PageRecord) => p.html!.internalLinks;
    const linking = snapshot.pages.filter((p) => p.html?.internalLinks.urls.length);
    const tally = docs.anchorTally(plan.langs);
    const count = (p: PageRecord) => tally.addLinks(plan, linksOf(p));
    const sent: PageRecord[][] = [];
    let ahead = 0;
    let chunkFailed = false;
    const onAck = (msg: FromThread) => {
      if (msg.kind === 'anchors-ack') ahead -= 1;
      // A chunk the thread could not count: its tally is incomplete, all it was given is counted here.
      if (msg.kind === 'error') chunkFailed = true;
    };
    worker.on('message', onAck);
    try {
      for (let i = 0; i < linking.length; i += ANCHOR_CHUNK) {
        const chunk = linking.slice(i, i + ANCHOR_CHUNK);
        if (failed || chunkFailed || ahead >= ANCHOR_CHUNKS_AHEAD) {
          chunk.forEach(count);
          // Lets the thread's answers in.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        const ends = new Int32Array(chunk.length);
        const targets = new Int32Array(chunk.reduce((n, p) => n + linksOf(p).urls.length, 0));
        let at = 0;
        chunk.forEach((p, k) => {
          targets.set(linkTargets(plan, linksOf(p).urls), at);
          ends[k] = at += linksOf(p).urls.length;
        });
        const texts = chunk.map((p) => anchorTextsForThread(linksOf(p)));
        const msg: ToThread = { kind: 'anchors', langs: sent.length ? null : plan.langs, targets, ends, texts };
        worker.postMessage(msg, [targets.buffer, ends.buffer]);
        sent.push(chunk);
        ahead += 1;
      }
    } finally {
      worker.off('message', onAck);
    }
    const got = sent.length && !chunkFailed ? await answer(['anchors', 'error'], () => worker.postMessage({ kind: 'anchors-end' } satisfies ToThread)) : null;
    if (got?.kind === 'anchors') tally.merge(got.part);
    // The thread failed: what it was given is counted here.
    else for (const chunk of sent) chunk.forEach(count);
    docs.adoptAnchors(plan, tally);
  }
}
