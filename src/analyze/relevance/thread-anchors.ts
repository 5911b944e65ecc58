/**
 * The anchors field, counted by both threads after the crawl: the second core would otherwise
 * sit idle while the audit tokenizes a big site's million anchor texts. Pages go to the relevance
 * thread a chunk at a time, at most ANCHOR_CHUNKS_AHEAD unanswered; while it is that far ahead the
 * audit counts the next chunk itself. The split follows each thread's speed, and only a few chunks
 * of anchor texts are ever out of the spill file at once (all of them at once cost 185 MB at
 * 100,000 pages). Whatever the thread fails to count is counted here.
 */
import type { Worker } from 'node:worker_threads';
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { anchorTextsForThread } from '../../site/page-text.js';
import { linkTargets, type AnchorPlan, type DocCollector } from './docs.js';
import { answerOf } from './thread-answer.js';
import type { FromThread, ToThread } from './thread-protocol.js';

/** Pages in one chunk of anchor texts handed to the thread. */
const ANCHOR_CHUNK = 128;
const ANCHOR_CHUNKS_AHEAD = 2;

const linksOf = (p: PageRecord) => p.html!.internalLinks;

export async function shareAnchors(worker: Worker, docs: DocCollector, snapshot: SiteSnapshot, warn: (message: string) => void): Promise<void> {
  const plan = docs.anchorPlan(snapshot);
  const linking = snapshot.pages.filter((p) => p.html?.internalLinks.urls.length);
  const tally = docs.anchorTally(plan.langs);
  const count = (p: PageRecord) => tally.addLinks(plan, linksOf(p));
  const sent: PageRecord[][] = [];
  let ahead = 0;
  let failed: string | null = null;
  const onAck = (msg: FromThread) => {
    if (msg.kind === 'anchors-ack') ahead -= 1;
    // A chunk the thread could not count: its tally is incomplete, all it was given is counted here.
    if (msg.kind === 'error') failed ??= msg.message;
  };
  const onEnd = () => (failed ??= 'it ended');
  worker.on('message', onAck);
  worker.on('exit', onEnd);
  worker.on('error', onEnd);
  try {
    for (let i = 0; i < linking.length; i += ANCHOR_CHUNK) {
      const chunk = linking.slice(i, i + ANCHOR_CHUNK);
      if (failed || ahead >= ANCHOR_CHUNKS_AHEAD) {
        chunk.forEach(count);
        // Lets the thread's answers in.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      sendChunk(worker, plan, chunk, sent.length === 0);
      sent.push(chunk);
      ahead += 1;
    }
  } finally {
    worker.off('message', onAck);
    worker.off('exit', onEnd);
    worker.off('error', onEnd);
  }
  const got = sent.length && !failed ? await answerOf(worker, ['anchors', 'error'], () => worker.postMessage({ kind: 'anchors-end' } satisfies ToThread)) : null;
  if (got?.kind === 'anchors') tally.merge(got.part);
  else if (sent.length) {
    // The thread failed: what it was given is counted here.
    warn(`the relevance thread failed on the anchors (${failed ?? (got?.kind === 'error' ? got.message : 'it ended')}): ${sent.length} chunks of pages counted on the main thread`);
    for (const chunk of sent) chunk.forEach(count);
  }
  docs.adoptAnchors(plan, tally);
}

function sendChunk(worker: Worker, plan: AnchorPlan, chunk: PageRecord[], first: boolean): void {
  const ends = new Int32Array(chunk.length);
  const targets = new Int32Array(chunk.reduce((n, p) => n + linksOf(p).urls.length, 0));
  let at = 0;
  chunk.forEach((p, k) => {
    targets.set(linkTargets(plan, linksOf(p).urls), at);
    ends[k] = at += linksOf(p).urls.length;
  });
  const texts = chunk.map((p) => anchorTextsForThread(linksOf(p)));
  const msg: ToThread = { kind: 'anchors', langs: first ? plan.langs : null, targets, ends, texts };
  worker.postMessage(msg, [targets.buffer, ends.buffer]);
}

