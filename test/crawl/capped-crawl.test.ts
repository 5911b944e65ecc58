/**
 * A crawl cut by --max-pages keeps the same pages on every run, whatever order the fetches end in.
 * Found on saint-gilles (a WordPress export) at --max-pages 300: three runs kept 340, 341 and 344
 * URLs, and a periodic audit reported the difference as new and fixed findings. The site here is
 * a small tree whose pages answer after random delays, with an HTTP redirect and a meta refresh,
 * so each run's fetches end in a different order.
 */
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';

const WIDTH = 8;
const page = (links: string[], head = '') =>
  `<!doctype html><html lang="fr"><head><title>t</title>${head}</head><body>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</body></html>`;

function route(path: string): { status: number; body?: string; location?: string } {
  if (path === '/') return { status: 200, body: page(Array.from({ length: WIDTH }, (_, i) => `/s${i}/`)) };
  if (path === '/s3/') return { status: 301, location: '/moved/' };
  if (path === '/s5/') return { status: 200, body: page([], '<meta http-equiv="refresh" content="0;url=/refreshed/">') };
  const m = /^\/(s\d+|moved|refreshed)\/(?:p(\d+)\/)?$/.exec(path);
  if (!m) return { status: 404, body: 'no' };
  if (m[2] !== undefined) return { status: 200, body: page([`/${m[1]}/p${m[2]}/deeper/`]) };
  return { status: 200, body: page(Array.from({ length: WIDTH }, (_, i) => `/${m[1]}/p${i}/`)) };
}

describe('a crawl cut by --max-pages', () => {
  let url = '';
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const server = createServer((req, res) => {
      const r = route(new URL(req.url ?? '/', 'http://x').pathname);
      // 0–25 ms: enough for pages of one level to finish in a different order each run.
      setTimeout(() => {
        if (r.location) res.writeHead(r.status, { location: r.location }).end();
        else res.writeHead(r.status, { 'content-type': r.status === 200 ? 'text/html; charset=utf-8' : 'text/plain' }).end(r.body ?? '');
      }, Math.floor(Math.random() * 26));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  });
  afterAll(() => close());

  it('keeps the same URLs, in the same breadth-first order, on every run', async () => {
    const runs: string[][] = [];
    for (let r = 0; r < 4; r++) {
      const snap = await crawlSite({ startUrl: url, maxPages: 30, concurrency: 8 });
      runs.push(snap.pages.map((p) => p.url).sort());
      expect(snap.stats.stoppedBy).toBe('max-pages');
    }
    for (const r of runs.slice(1)) expect(r).toEqual(runs[0]);
    const paths = runs[0]!.map((u) => new URL(u).pathname);
    // Breadth-first: the home page and its eight sections come before any page below them.
    expect(paths).toEqual(expect.arrayContaining(['/', ...Array.from({ length: WIDTH }, (_, i) => `/s${i}/`), '/moved/']));
    // The first section's pages are the first admitted at depth 2.
    expect(paths.filter((p) => p.startsWith('/s0/p')).length).toBe(WIDTH);
  });
});
