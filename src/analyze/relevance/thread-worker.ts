/**
 * The relevance thread: counts each page the audit sends it (fields, wanted terms, site terms),
 * so this work runs beside the crawl instead of on the main thread that drives it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PageRecord } from '../../site/types.js';
import { DocCollector, type AnchorTally } from './docs.js';
import { anchorTextsFromThread } from '../../site/page-text.js';
import { SiteTermsAccumulator } from './site-terms.js';
import { tokenize } from '../../text/normalize.js';
import { failureWanted } from '../../util/test-failure.js';
import { ACK_EVERY, type FromThread, type RelevanceThreadInit, type SentDoc, type ToThread } from './thread-protocol.js';

const init = workerData as RelevanceThreadInit;
const siteTerms = new SiteTermsAccumulator(init.texts.flatMap((t) => tokenize(t)));
const collector = new DocCollector(init.marketLang, init.texts, (f) => siteTerms.add(f));
const docs: [number, SentDoc][] = [];
// Every document's counts, side by side (SentDoc.at).
let allCounts = new Int32Array(4096);
let countsUsed = 0;
let anchors: AnchorTally | null = null;

parentPort!.on('message', (msg: ToThread) => {
  // The tests of the feed's three fallbacks: the thread dies during the crawl, or answers an error.
  if (msg.kind === 'pages' && failureWanted('relevance-thread')) return void setImmediate(() => { throw new Error('test failure injected in the relevance thread (REFAUDIT_TEST_FAIL)'); });
  try {
    if ((msg.kind === 'finish' && failureWanted('relevance-finish')) || (msg.kind === 'anchors' && failureWanted('relevance-anchors'))) {
      throw new Error(`test failure injected at ${msg.kind} (REFAUDIT_TEST_FAIL)`);
    }
    if (msg.kind === 'pages') {
      for (const { seq, page } of msg.pages) {
        const { page: _page, analyzer: _analyzer, counts, ...doc } = collector.build(page as PageRecord);
        const terms = [...counts.keys()];
        docs.push([seq, { ...doc, terms, at: countsUsed }]);
        for (const c of counts.values()) {
          if (countsUsed + c.length > allCounts.length) {
            const grown = new Int32Array(allCounts.length * 2);
            grown.set(allCounts);
            allCounts = grown;
          }
          allCounts.set(c, countsUsed);
          countsUsed += c.length;
        }
        if (docs.length % ACK_EVERY === 0) parentPort!.postMessage({ kind: 'ack', counted: docs.length } satisfies FromThread);
      }
      return;
    }
    if (msg.kind === 'anchors') {
      anchors ??= collector.anchorTally(msg.langs!);
      let start = 0;
      msg.ends.forEach((end, k) => {
        anchors!.addPage(msg.targets.subarray(start, end), anchorTextsFromThread(msg.texts[k]!));
        start = end;
      });
      return parentPort!.postMessage({ kind: 'anchors-ack' } satisfies FromThread);
    }
    if (msg.kind === 'anchors-end') {
      const part = anchors!.part();
      return parentPort!.postMessage({ kind: 'anchors', part } satisfies FromThread, [part.len.buffer, part.slots.buffer, part.counts.buffer] as ArrayBuffer[]);
    }
    const counts = allCounts.slice(0, countsUsed);
    const reply: FromThread = { kind: 'done', docs, counts, siteTerms: siteTerms.results() };
    parentPort!.postMessage(reply, [counts.buffer as ArrayBuffer]);
  } catch (err) {
    const reply: FromThread = { kind: 'error', message: (err as Error).message };
    parentPort!.postMessage(reply);
  }
});
