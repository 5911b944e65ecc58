/**
 * The site's images, stylesheets and scripts are checked once each after the crawl: those that
 * answer 4xx/5xx are a finding naming the file, its status and the pages using it.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { runRules } from '../../src/rules/run.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import type { SiteSnapshot } from '../../src/site/types.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/broken-resources');

describe('images, stylesheets and scripts', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const U = (p: string) => new URL(p, server.url).href;
  beforeAll(async () => {
    server = await serveDirectory(SITE);
    snap = await crawlSite({ startUrl: server.url, concurrency: 2 });
  });
  afterAll(() => server.close());

  it('checks each of the site\'s own once, with robots.txt obeyed', () => {
    expect(snap.resources?.unchecked).toBe(0);
    expect(snap.resources?.checked.map((r) => [new URL(r.url).pathname, r.kind, r.status, r.robotsBlocked ?? false])).toEqual([
      ['/css/site.css', 'stylesheet', 200, false],
      ['/css/theme.css', 'stylesheet', 404, false],
      ['/img/missing.png', 'image', 404, false],
      ['/img/ok.png', 'image', 200, false],
      ['/js/missing.js', 'script', 404, false],
      ['/private/p.png', 'image', null, true],
    ]);
  });

  it('names each broken one, its status and the pages using it', () => {
    const f = runRules({ snapshot: snap, bots: [] }).find((x) => x.ruleId === 'resource-broken')!;
    const missing = f.evidence.find((e) => e.url === U('/img/missing.png'))!;
    expect(missing.detail).toBe('image, HTTP 404, used on 2 pages');
    expect(missing.related?.sort()).toEqual([U('/'), U('/page.html')]);
    expect(f.evidence.map((e) => e.url).sort()).toEqual([U('/css/theme.css'), U('/img/missing.png'), U('/js/missing.js')]);
  });
});

describe('how each file is asked', () => {
  it('is a GET of its first byte, over kept-alive connections (not one connection a file, as HEAD gets from undici)', async () => {
    const { serveLocal } = await import('../support/local-server.js');
    // Thirty: what is read of one page (README, "Images, stylesheets and scripts").
    const FILES = 30;
    const sockets = new Set<unknown>();
    const asked: string[] = [];
    const server = await serveLocal((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url?.startsWith('/img/')) {
        sockets.add(req.socket);
        asked.push(`${req.method} ${req.headers.range ?? 'whole'}`);
        return void res.writeHead(206, { 'content-type': 'image/png', 'content-range': 'bytes 0-0/3' }).end('P');
      }
      const imgs = Array.from({ length: FILES }, (_, k) => `<img src="/img/${k}.png" alt="${k}">`).join('');
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${imgs}</body></html>`);
    });
    try {
      const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency: 2 });
      expect(snap.resources?.checked.map((r) => r.status)).toEqual(Array(FILES).fill(206));
      expect(new Set(asked)).toEqual(new Set(['GET bytes=0-0']));
      expect(sockets.size).toBeLessThanOrEqual(2);
    } finally {
      await server.close();
    }
  });

  it('reads the start of the file from a server that ignores Range, and asks an empty file again without Range', async () => {
    const { serveLocal } = await import('../support/local-server.js');
    const big = Buffer.alloc(300_000, 1);
    const server = await serveLocal((req, res) => {
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/big.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end(big);
      // An empty file: no byte 0 to send.
      if (req.url === '/empty.js') return void (req.headers.range ? res.writeHead(416, { 'content-range': 'bytes */0' }).end() : res.writeHead(200, { 'content-type': 'text/javascript' }).end());
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><img src="/big.png" alt="big"><script src="/empty.js"></script></body></html>');
    });
    try {
      const snap = await crawlSite({ startUrl: `${server.origin}/` });
      expect(snap.resources?.checked.map((r) => [r.url, r.status, r.error])).toEqual([
        [`${server.origin}/big.png`, 200, undefined],
        [`${server.origin}/empty.js`, 200, undefined],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('resources parsed on the parsing threads', () => {
  it('are counted whole from the lists the threads send, and the lists are not kept', async () => {
    const { serveLocal } = await import('../support/local-server.js');
    const { threadUsage } = await import('../../src/util/thread-usage.js');
    const PAGES = 60;
    const server = await serveLocal((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') return void res.writeHead(404).end();
      if (path.startsWith('/img/')) return void res.writeHead(path === '/img/missing.png' ? 404 : 200, { 'content-type': 'image/png' }).end();
      const i = path === '/' ? 0 : Number(/^\/p(\d+)$/.exec(path)?.[1] ?? -1);
      if (i < 0 || i >= PAGES) return void res.writeHead(404).end();
      const links = Array.from({ length: PAGES }, (_, k) => `<a href="/p${k}">p${k}</a>`).join(' ');
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${links}<img src="/img/missing.png" alt="m"><img src="/img/p${i}.png" alt="p"></body></html>`);
    });
    try {
      const before = threadUsage().parsedOnThreads;
      const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency: 4 });
      expect(threadUsage().parsedOnThreads - before).toBeGreaterThan(20);
      const pages = snap.pages.filter((p) => p.html);
      // The home page and /p0 … /p59.
      expect(pages).toHaveLength(PAGES + 1);
      expect(pages.filter((p) => p.html!.resources !== undefined)).toEqual([]);
      const checked = snap.resources!.checked;
      expect(checked).toHaveLength(PAGES + 1);
      const use = (path: string) => checked.find((r) => r.url === `${server.origin}${path}`)!;
      // The home page shows /img/p0.png as /p0 does.
      expect([use('/img/missing.png').pages, use('/img/p0.png').pages, use('/img/p7.png').pages]).toEqual([PAGES + 1, 2, 1]);
      expect(use('/img/p0.png').usedOn).toEqual([`${server.origin}/`, `${server.origin}/p0`]);
      // Ten of the 61, shortest URLs first: the home page, then /p0 … /p8.
      expect(use('/img/missing.png').usedOn).toEqual([`${server.origin}/`, ...Array.from({ length: 9 }, (_, k) => `${server.origin}/p${k}`)]);
      const f = runRules({ snapshot: snap, bots: [] }).find((x) => x.ruleId === 'resource-broken')!;
      expect(f.evidence.map((e) => [e.url, e.detail])).toEqual([[`${server.origin}/img/missing.png`, `image, HTTP 404, used on ${PAGES + 1} pages`]]);
    } finally {
      await server.close();
    }
  });
});
