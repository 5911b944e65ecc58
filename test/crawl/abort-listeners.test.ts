/**
 * Every request in flight listens to the crawl's stop signal: at --concurrency 16, or at 8 with
 * sitemaps read beside the pages (seen on fmtdocs, 2026-11-30), that is more than the 10 listeners
 * after which Node prints "MaxListenersExceededWarning: Possible EventTarget memory leak" on stderr.
 * There is no leak: the crawl must not print one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { serveLocal, type LocalServer } from '../support/local-server.js';

const PAGES = 40;

describe('the crawl’s stop signal', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await serveLocal((req, res) => {
      const path = req.url ?? '/';
      if (path === '/robots.txt') return void res.writeHead(404).end();
      const i = path === '/' ? 0 : Number(/^\/p(\d+)$/.exec(path)?.[1] ?? -1);
      if (i < 0 || i >= PAGES) return void res.writeHead(404).end();
      const links = Array.from({ length: PAGES }, (_, k) => `<a href="/p${k}">p${k}</a>`).join(' ');
      // Slow answers, so that every worker holds a request at once.
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${links}</body></html>`), 150);
    });
  });
  afterAll(() => server.close());

  it('takes one listener a request in flight without a leak warning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => void warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency: 16 });
      // The home page and /p0 … /p39.
      expect(snap.pages.filter((p) => p.status === 200)).toHaveLength(PAGES + 1);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.startsWith('MaxListenersExceededWarning'))).toEqual([]);
  });
});
