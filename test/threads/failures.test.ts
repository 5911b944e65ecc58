/**
 * One failure path per thread, each made to fail for real (REFAUDIT_TEST_FAIL, src/util/test-failure.ts):
 * - a parsing thread that ends fails the pages it held, is replaced, and after MAX_THREAD_ENDINGS the
 *   rest is parsed on the main thread, with a warning; every other page is as on one thread;
 * - the relevance thread, in each of its three places (during the crawl, at its answer, on the
 *   anchors), leaves the main thread to count what it was given, with a warning and the same result;
 * - the command thread: one line on stderr, exit 70 (an internal error), no stack;
 * - the spill file: the texts stay in memory, with a warning, and read back the same.
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { MAX_THREAD_ENDINGS } from '../../src/crawl/parse/pool.js';
import { serveDirectory } from '../../src/serve/static-server.js';
import { analyzeRelevance } from '../../src/analyze/relevance/relevance.js';
import { relevanceFeed } from '../../src/analyze/relevance/thread.js';
import { pageText } from '../../src/site/page-text.js';
import { isSpilled } from '../../src/site/spill.js';
import { threadUsage } from '../../src/util/thread-usage.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { makeSnapshot } from '../support/make-snapshot.js';
import { serveLocal } from '../support/local-server.js';
import { runCli } from '../support/demo-outputs.js';
import { assertDistFresh } from '../support/threads.js';

const DEMO_SITE = join(import.meta.dirname, '../../fixtures/demo-site');

beforeAll(() => assertDistFresh());
afterEach(() => {
  delete process.env.REFAUDIT_TEST_FAIL;
});

describe('a parsing thread that fails', () => {
  it('fails only the pages it held; the pool replaces it, then parses the rest on the main thread', async () => {
    const server = await serveDirectory(DEMO_SITE, { port: 0 });
    try {
      const reference = await crawlSite({ startUrl: server.url, concurrency: 4, threads: 0 });
      // Each parsing thread dies at its third page (threads read the variable when they start).
      process.env.REFAUDIT_TEST_FAIL = 'parse-thread@3';
      const before = threadUsage();
      const warnings: string[] = [];
      const snap = await crawlSite({ startUrl: server.url, concurrency: 4, threads: 2 }, { onWarn: (m) => warnings.push(m) });
      const after = threadUsage();
      // The two first threads and their replacements until the third ending: then the main thread.
      expect(after.parseThreadsStarted - before.parseThreadsStarted).toBe(2 + MAX_THREAD_ENDINGS - 1);
      expect(after.parsedOnThreads - before.parsedOnThreads).toBeGreaterThan(0);
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`^parsing threads ended ${MAX_THREAD_ENDINGS} times \\(last: .*test failure injected.*\\): the rest of the pages are parsed on the main thread$`))]);
      // The pages a dying thread held are recorded with why they have no content (their bodies had
      // moved to it); every other page is as on one thread. Pages only they linked to are not met.
      const ref = new Map(reference.pages.map((p) => [p.url, p]));
      const lost = snap.pages.filter((p) => p.error?.message.startsWith('could not parse the HTML: the parsing thread ended: '));
      expect(lost.length).toBeGreaterThanOrEqual(MAX_THREAD_ENDINGS);
      expect(lost.length).toBeLessThan(12);
      for (const p of snap.pages) {
        expect(ref.has(p.url)).toBe(true);
        if (lost.includes(p)) expect([p.html, p.status]).toEqual([undefined, 200]);
        else expect(p.html ?? null).toEqual(ref.get(p.url)!.html ?? null);
      }
      const linkedFromKept = new Set(snap.pages.filter((p) => !lost.includes(p)).flatMap((p) => [p.url, ...(p.html?.internalLinks.urls ?? [])]));
      for (const p of reference.pages) if (!snap.pages.some((q) => q.url === p.url)) expect(linkedFromKept.has(p.url)).toBe(false);
      expect(snap.pages.length).toBeGreaterThan(reference.pages.length / 2);
    } finally {
      await server.close();
    }
  }, 60_000);
});

const kw = (keyword: string): TargetKeyword => ({ keyword, priority: 1, volume: null, category: null, source: 't' });
const FR = [{ id: 'fr-MA', country: 'MA', language: 'fr' }];

function sampleSite() {
  const words = ['riad', 'désert', 'circuit', 'dunes', 'médina', 'trek', 'atlas', 'oasis', 'séjour', 'patio'];
  const url = (i: number) => `https://ex.test/p/${i}`;
  // 400 pages of 12 links: more anchor chunks than the thread may hold unanswered.
  const pages = Array.from({ length: 400 }, (_, i) => ({
    url: url(i),
    html: {
      title: `${words[i % 10]} ${words[(i * 7) % 10]}`,
      text: Array.from({ length: 20 }, (_, k) => words[(i * 3 + k) % 10]).join(' '),
      internalLinks: Array.from({ length: 12 }, (_, k) => ({ url: url((i * 5 + k * 11) % 400), text: `${words[(i + k) % 10]} voyage` })),
    },
  }));
  const snapshot = makeSnapshot(pages);
  return { snapshot, keywords: [kw('riad désert'), kw('trek atlas')], markets: FR };
}

describe.each([
  ['relevance-thread', 'during the crawl (the thread dies)'],
  ['relevance-finish', 'at its answer (the thread answers an error)'],
  ['relevance-anchors', 'on the anchors (the thread answers an error for a chunk)'],
])('the relevance thread failing %s', (point, when) => {
  it(`${when}: the main thread counts what it was given, and the pages after, with the same result`, async () => {
    const input = sampleSite();
    const expected = analyzeRelevance(input);
    process.env.REFAUDIT_TEST_FAIL = point;
    const before = threadUsage();
    const warnings: string[] = [];
    const feed = relevanceFeed({ ...input, onWarn: (m) => warnings.push(m) });
    const pages = input.snapshot.pages;
    for (const p of pages.slice(0, 100)) await feed.add(p);
    // Time for a thread that dies on its first pages to be seen dead: the pages after go to the main thread.
    if (point === 'relevance-thread') while (!warnings.length) await new Promise((r) => setTimeout(r, 20));
    for (const p of pages.slice(100)) await feed.add(p);
    const parts = await feed.finish(input.snapshot);
    expect(analyzeRelevance({ ...input, collector: parts })).toEqual(expected);
    expect(threadUsage().relevanceThreadsStarted - before.relevanceThreadsStarted).toBe(1);
    expect(threadUsage().fallbacks - before.fallbacks).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(point === 'relevance-anchors' ? /^the relevance thread failed on the anchors \(test failure injected at anchors/ : /^the relevance thread failed \(/);
    // On the anchors, the pages' documents still came from the thread.
    expect(threadUsage().countedOnThread - before.countedOnThread).toBe(point === 'relevance-anchors' ? pages.length : 0);
  }, 60_000);
});

describe('the command thread failing', () => {
  it('ends with one line on stderr and exit 70 (internal error), no stack', async () => {
    const r = await runCli(['rules'], { REFAUDIT_TEST_FAIL: 'command-thread' });
    expect(r.code).toBe(70);
    expect(r.stderr).toBe('refaudit: internal error: test failure injected at command-thread (REFAUDIT_TEST_FAIL)\n');
    expect(r.stdout).toBe('');
  });
});

describe('a spill file that cannot be written', () => {
  it('keeps the texts in memory, says so once, and the crawl reads the same', async () => {
    // ~1.9 MB of packed text: the spill's first write (a full 1 MiB batch) fails mid-crawl.
    const server = await serveLocal((req, res) => {
      const i = Number(/^\/p\/(\d+)$/.exec(req.url ?? '')?.[1] ?? 0);
      const words = Array.from({ length: 1000 }, (_, k) => `mot${(i * 7919 + k * 104729) % 99991}`).join(' ');
      const links = [1, 2, 3].map((k) => `<a href="/p/${(i * 3 + k) % 600}">page ${k}</a>`).join(' ');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html lang="fr"><head><title>Page ${i}</title></head><body><h1>Page ${i}</h1><p>${words}</p>${links}</body></html>`);
    });
    try {
      const plain = await crawlSite({ startUrl: `${server.origin}/p/0`, concurrency: 4 });
      process.env.REFAUDIT_TEST_FAIL = 'spill-write';
      const warnings: string[] = [];
      const spilled = await crawlSite({ startUrl: `${server.origin}/p/0`, concurrency: 4, spillText: true }, { onWarn: (m) => warnings.push(m) });
      expect(warnings).toEqual(['the spill file could not be written (test failure injected at spill-write (REFAUDIT_TEST_FAIL)): page texts are kept in memory']);
      const htmlPages = spilled.pages.filter((p) => p.html);
      expect(htmlPages.length).toBe(600);
      // The texts of the batch that could not be written are read from memory; those after it were never moved.
      expect(htmlPages.some((p) => isSpilled(p.html!.bodyTokensPacked))).toBe(true);
      expect(htmlPages.some((p) => !isSpilled(p.html!.bodyTokensPacked))).toBe(true);
      const text = (s: typeof plain) => new Map(s.pages.map((p) => [p.url, p.html ? pageText(p.html).bodyText() : null]));
      expect(text(spilled)).toEqual(text(plain));
    } finally {
      await server.close();
    }
  }, 120_000);
});
