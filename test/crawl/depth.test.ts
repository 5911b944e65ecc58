/**
 * Click depth is the shortest path from the start page, whatever order pages answer in: here the
 * short path goes through a page that answers late, so the crawl meets /x by the long path first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { serveLocal, type LocalServer } from '../support/local-server.js';

const LINKS: Record<string, string[]> = {
  '/': ['/slow', '/a'],
  '/slow': ['/x'],
  '/a': ['/b'],
  '/b': ['/x'],
  '/x': ['/y'],
  '/y': ['/z'],
  '/z': [],
};
const SHORTEST: Record<string, number> = { '/': 0, '/slow': 1, '/a': 1, '/b': 2, '/x': 2, '/y': 3, '/z': 4 };

let server: LocalServer;
beforeAll(async () => {
  server = await serveLocal((req, res) => {
    const path = req.url ?? '/';
    const links = LINKS[path];
    if (!links) return void res.writeHead(404).end();
    const answer = () =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><head><title>${path}</title></head><body>${links.map((l) => `<a href="${l}">${l}</a>`).join(' ')}</body></html>`);
    if (path === '/slow') setTimeout(answer, 400);
    else answer();
  });
});
afterAll(() => server.close());

const depths = (snap: Awaited<ReturnType<typeof crawlSite>>) =>
  Object.fromEntries(snap.pages.filter((p) => p.status === 200).map((p) => [new URL(p.url).pathname, p.depth]));

describe('click depth', () => {
  it.each([
    [1, 0],
    [4, 0],
    [8, 2],
  ])('is the shortest path (concurrency %i, parse threads %i)', async (concurrency, threads) => {
    const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency, threads });
    expect(depths(snap)).toEqual(SHORTEST);
    expect(snap.pages.find((p) => p.url.endsWith('/x'))?.foundOn).toBe(`${server.origin}/slow`);
  });

  it('bounds --max-depth by the shortest path: /y (3 clicks away) is fetched although /x was first met 3 clicks away', async () => {
    const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency: 4, maxDepth: 3 });
    const got = depths(snap);
    expect(got).toEqual({ '/': 0, '/slow': 1, '/a': 1, '/b': 2, '/x': 2, '/y': 3 });
    expect(snap.stats.skipped.maxDepth).toBeGreaterThan(0);
  });
});
