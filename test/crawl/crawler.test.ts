import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { assertAuditable } from '../../src/crawl/auditable.js';
import { readSnapshot, writeSnapshot } from '../../src/site/snapshot-io.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { InputError } from '../../src/util/errors.js';
import { pageText } from '../../src/site/page-text.js';
import { threadUsage } from '../../src/util/thread-usage.js';
import { assertDistFresh } from '../support/threads.js';
import { serveLocal } from '../support/local-server.js';

const BASIC = join(import.meta.dirname, '../../fixtures/test-sites/basic');

describe('crawl of a small static site', () => {
  let server: StaticServer;
  let snap: Awaited<ReturnType<typeof crawlSite>>;
  const page = (path: string) => snap.pages.find((p) => p.url === new URL(path, server.url).href);

  beforeAll(async () => {
    server = await serveDirectory(BASIC);
    snap = await crawlSite({ startUrl: server.url, concurrency: 4 });
  });
  afterAll(() => server.close());

  it('records robots.txt decisions per engine bot', () => {
    expect(page('/prive/page.html')?.robotsAllowed.bingbot).toBe(false);
    expect(page('/prive/page.html')?.robotsAllowed.googlebot).toBe(true);
    // The bingbot group replaces the * group for Bingbot (RFC 9309 §2.2.1), so /panier/ is open to it.
    expect(page('/panier/')?.robotsAllowed.bingbot).toBe(true);
    expect(page('/panier/')?.robotsAllowed.googlebot).toBe(false);
  });

  it('does not fetch what robots.txt forbids to its own user agent', () => {
    const p = page('/panier/')!;
    expect(p.crawlAllowed).toBe(false);
    expect(p.status).toBeNull();
    expect(snap.stats.skipped.robotsDisallowed).toBe(1);
  });

  it('crawls sitemap-only URLs last and marks them', () => {
    const orphan = page('/orphan.html')!;
    expect(orphan.source).toBe('sitemap');
    expect(orphan.depth).toBe(-1);
    expect(orphan.inSitemap).toBe(true);
    expect(orphan.inlinks).toBe(0);
  });

  it('records 404s, redirects hop by hop, and X-Robots-Tag per bot', () => {
    expect(page('/absent.html')?.status).toBe(404);
    const r = page('/redir')!;
    expect(r.redirects).toEqual([{ url: new URL('/redir', server.url).href, status: 301, location: new URL('/blog/', server.url).href }]);
    expect(r.finalUrl).toBe(new URL('/blog/', server.url).href);
    expect(page('/blog/article.html')?.headerRobots.perBot.googlebot).toEqual(['noarchive']);
  });

  it('resolves links against <base href> and sees a head closed early', () => {
    const article = page('/blog/article.html')!;
    expect(article.depth).toBe(2);
    expect(article.foundOn).toBe(new URL('/blog/', server.url).href);
    expect(article.html?.headClosedEarly).toBe(true);
    expect(article.html?.metaRobots.generic).toEqual([]);
    expect(article.html?.ignoredHeadTags).toEqual(['meta robots']);
  });

  it('keeps external links out of the crawl, with their rel', () => {
    const home = page('/')!;
    expect(pageText(home.html!).links('external')).toEqual([{ url: 'https://ailleurs.example/', text: 'Ailleurs', rel: 'nofollow' }]);
    expect(snap.pages.some((p) => p.url.startsWith('https://ailleurs'))).toBe(false);
  });

  it('writes and reads the snapshot, plain and gzipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-snap-'));
    for (const name of ['s.json', 's.json.gz']) {
      writeSnapshot(join(dir, name), snap);
      expect(readSnapshot(join(dir, name))).toEqual(JSON.parse(JSON.stringify(snap)));
    }
    writeFileSync(join(dir, 'bad.json'), '{"hello":1}');
    expect(() => readSnapshot(join(dir, 'bad.json'))).toThrow(/not a refaudit snapshot/);
    writeFileSync(join(dir, 'broken.json'), '{"snap');
    expect(() => readSnapshot(join(dir, 'broken.json'))).toThrow(InputError);
  });
});

/** A server whose routes misbehave on purpose. */
function hostile(): Promise<{ url: string; close(): Promise<void>; hits: Map<string, number[]> }> {
  const hits = new Map<string, number[]>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, [...(hits.get(path) ?? []), Date.now()]);
    const html = (body: string) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html><head><title>${path}</title></head><body>${body}</body></html>`);
    };
    if (path === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nCrawl-delay: 0.2\n');
      return;
    }
    if (path === '/') return html('<a href="/hang">h</a> <a href="/big">b</a> <a href="/drip">d</a> <a href="/loop">l</a> <a href="/cal/2026/1">cal</a> <a href="/doc.pdf">pdf</a> <a href="/bomb">bomb</a> <a href="/fine">fine</a>');
    if (path === '/hang') return; // never answers
    if (path === '/drip') {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => res.write('<p>x</p>'), 50);
      res.on('close', () => clearInterval(t));
      return;
    }
    if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body>${'<p>word</p>'.repeat(30_000)}</body></html>`);
      return;
    }
    if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)));
      return;
    }
    if (path === '/loop') {
      res.writeHead(301, { location: '/loop2' });
      res.end();
      return;
    }
    if (path === '/loop2') {
      res.writeHead(301, { location: '/loop' });
      res.end();
      return;
    }
    if (path.startsWith('/cal/')) {
      const [, , y, m] = path.split('/');
      const next = Number(m) === 12 ? `/cal/${Number(y) + 1}/1` : `/cal/${y}/${Number(m) + 1}`;
      return html(`<a href="${next}">next</a>`);
    }
    if (path === '/doc.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.4');
      return;
    }
    return html('<p>fine</p>');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const a = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${a.port}/`,
        hits,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

describe('crawl of a misbehaving server', () => {
  let h: Awaited<ReturnType<typeof hostile>>;
  let snap: Awaited<ReturnType<typeof crawlSite>>;
  const page = (path: string) => snap.pages.find((p) => p.url === new URL(path, h.url).href);

  beforeAll(async () => {
    h = await hostile();
    snap = await crawlSite({ startUrl: h.url, timeoutMs: 1500, maxBytes: 200_000, concurrency: 4, patternCap: 20 });
  }, 30_000);
  afterAll(() => h.close());

  it('records a handler that never answers as a timeout and keeps the other pages', () => {
    expect(page('/hang')?.error?.code).toBe('timeout');
    expect(page('/hang')?.status).toBeNull();
    expect(page('/fine')?.status).toBe(200);
  });

  it('times out a body that never ends', () => {
    expect(page('/drip')?.error?.code).toBe('timeout');
  });

  it('truncates an oversized body at --max-bytes and still parses it', () => {
    const big = page('/big')!;
    expect(big.truncated).toBe(true);
    expect(big.bytes).toBe(200_000);
    expect(big.html?.wordCount).toBeGreaterThan(10_000);
  });

  it('stops a gzip bomb at the size cap', () => {
    const bomb = page('/bomb')!;
    expect(bomb.truncated).toBe(true);
    expect(bomb.error?.code).toBe('too-large');
  });

  it('detects a redirect loop', () => {
    expect(page('/loop')?.error?.code).toBe('redirect-loop');
    expect(page('/loop')?.redirects.map((r) => r.status)).toEqual([301, 301]);
  });

  it('bounds a calendar trap by the per-pattern cap', () => {
    const cal = snap.pages.filter((p) => p.url.includes('/cal/'));
    expect(cal.length).toBe(20);
    expect(snap.stats.skipped.patternCap).toBeGreaterThan(0);
    expect(snap.stats.trapPatterns[0]?.pattern).toMatch(/\/cal\/\*\/\*$/);
  });

  it('records non-HTML content without HTML facts', () => {
    expect(page('/doc.pdf')?.contentType).toBe('application/pdf');
    expect(page('/doc.pdf')?.html).toBeUndefined();
  });

  it('spaces requests by the robots.txt Crawl-delay', () => {
    const times = [...h.hits.entries()].filter(([p]) => p !== '/robots.txt' && p !== '/sitemap.xml').flatMap(([, t]) => t).sort((a, b) => a - b);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(180);
  });
});

describe('crawl limits and stops', () => {
  let h: Awaited<ReturnType<typeof hostile>>;
  beforeAll(async () => {
    h = await hostile();
  });
  afterAll(() => h.close());

  it('honours max-pages', async () => {
    const snap = await crawlSite({ startUrl: h.url, maxPages: 3, timeoutMs: 1000 });
    expect(snap.pages.length).toBe(3);
    expect(snap.stats.stoppedBy).toBe('max-pages');
  });

  it('cuts an endless calendar by default, once it leads 25 clicks deeper into itself', async () => {
    const snap = await crawlSite({ startUrl: h.url, timeoutMs: 1000, maxPages: 500 });
    const cal = snap.pages.filter((p) => p.url.includes('/cal/'));
    expect(cal.length).toBe(25);
    expect(snap.stats.stoppedBy).toBe('done');
    expect(snap.stats.trapPatterns[0]).toEqual({ pattern: expect.stringMatching(/\/cal\/\*\/\*$/), dropped: 1 });
  }, 15_000);

  it('honours max-depth', async () => {
    const snap = await crawlSite({ startUrl: h.url, maxDepth: 0, timeoutMs: 1000 });
    expect(snap.pages.map((p) => p.url)).toEqual([h.url]);
  });

  it('keeps what was gathered when aborted', async () => {
    const ctrl = new AbortController();
    const pending = crawlSite({ startUrl: h.url, signal: ctrl.signal, timeoutMs: 5000, concurrency: 2 }, {
      onPage: (p) => {
        if (p.url === h.url) setTimeout(() => ctrl.abort(), 50);
      },
    });
    const snap = await pending;
    expect(snap.stats.stoppedBy).toBe('aborted');
    expect(snap.pages.find((p) => p.url === h.url)?.status).toBe(200);
    expect(snap.pages.some((p) => p.error?.code === 'aborted')).toBe(true);
  }, 15_000);
});

describe('sitemaps read while the crawl starts', () => {
  it('crawls every sitemap URL, at full concurrency, when the links run out before the sitemap has come', async () => {
    let inFlight = 0;
    let most = 0;
    const server = await serveLocal((req, res) => {
      const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${body}</body></html>`);
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      if (req.url === '/') return html('<a href="/a">a</a>');
      if (req.url === '/a') return html('<p>a</p>');
      if (req.url === '/sitemap.xml') {
        const locs = Array.from({ length: 40 }, (_, i) => `<url><loc>http://${req.headers.host}/s/${i}</loc></url>`).join('');
        // Later than the two linked pages take.
        return void setTimeout(() => res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`), 300);
      }
      if (req.url?.startsWith('/s/')) {
        inFlight += 1;
        most = Math.max(most, inFlight);
        return void setTimeout(() => {
          inFlight -= 1;
          html('<p>sitemap only</p>');
        }, 40);
      }
      res.writeHead(404).end();
    });
    try {
      const snap = await crawlSite({ startUrl: `${server.origin}/`, concurrency: 8 });
      const fromSitemap = snap.pages.filter((p) => p.source === 'sitemap');
      expect(fromSitemap).toHaveLength(40);
      expect(fromSitemap.every((p) => p.status === 200 && p.inSitemap)).toBe(true);
      // The other workers waited for the sitemap's URLs instead of ending.
      expect(most).toBeGreaterThan(4);
    } finally {
      await server.close();
    }
  });
});

describe('sitemaps read while the crawl starts, interrupted', () => {
  it('ends when stopped while a sitemap is still coming, with what it has', async () => {
    const server = await serveLocal((req, res, hold) => {
      if (req.url === '/sitemap.xml') return hold(res);
      if (req.url === '/robots.txt') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>home</p></body></html>');
    });
    try {
      const stop = new AbortController();
      const snap = await crawlSite(
        { startUrl: `${server.origin}/`, signal: stop.signal, timeoutMs: 60_000 },
        { onPage: () => void setTimeout(() => stop.abort(), 20) },
      );
      expect(snap.stats.stoppedBy).toBe('aborted');
      expect(snap.pages.filter((p) => p.status === 200)).toHaveLength(1);
      expect(snap.sitemaps.map((r) => r.error?.code)).toEqual(['aborted']);
    } finally {
      await server.close();
    }
  });
});

describe('page records of a crawl', () => {
  it('share their hidden classes, so big crawls stay small and quick to read', async () => {
    // 80 pages linked in a chain; past the first few dozen records the engine has warmed up, and a
    // record built by spreading another then given a property forked a hidden class of its own.
    const server = await serveLocal((req, res) => {
      const i = Number(/^\/n\/(\d+)$/.exec(req.url ?? '')?.[1] ?? (req.url === '/' ? 0 : -1));
      if (i < 0) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><head><title>Page ${i}</title></head><body><h1>Page ${i}</h1><a href="/n/${i + 1}">next</a> <a href="/n/${i + 2}">after</a></body></html>`);
    });
    try {
      const snap = await crawlSite({ startUrl: `${server.origin}/`, maxPages: 80, threads: 0 });
      setFlagsFromString('--allow-natives-syntax');
      const sameClass = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
      const html = snap.pages.filter((p) => p.html);
      expect(html.length).toBeGreaterThan(40);
      expect(html.filter((p) => !sameClass(p, html[0]!)).map((p) => p.url)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('assertAuditable', () => {
  it('says when the host refuses connections', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    await new Promise<void>((r) => srv.close(() => r()));
    const snap = await crawlSite({ startUrl: `http://127.0.0.1:${port}/`, timeoutMs: 2000 });
    expect(() => assertAuditable(snap)).toThrow(/site unreachable: connection refused/);
    try {
      assertAuditable(snap);
    } catch (e) {
      expect((e as InputError).exitCode).toBe(3);
    }
  });

  it('says when robots.txt blocks everything', async () => {
    const srv = createServer((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('User-agent: *\nDisallow: /\n');
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html></html>');
      }
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    const snap = await crawlSite({ startUrl: `http://127.0.0.1:${port}/` });
    srv.close();
    expect(() => assertAuditable(snap)).toThrow(/robots.txt disallows it/);
  });

  it('says when the start URL is not HTML', async () => {
    const srv = createServer((req, res) => {
      res.writeHead(req.url === '/robots.txt' ? 404 : 200, { 'content-type': req.url === '/robots.txt' ? 'text/plain' : 'image/png' });
      res.end('x');
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
    const port = (srv.address() as { port: number }).port;
    const snap = await crawlSite({ startUrl: `http://127.0.0.1:${port}/logo.png` });
    srv.close();
    expect(() => assertAuditable(snap)).toThrow(/not HTML \(image\/png\)/);
  });
});

describe('parsing threads', () => {
  it('give the same page facts as parsing on the main thread', async () => {
    const server = await serveDirectory(join(import.meta.dirname, '../../fixtures/demo-site'));
    try {
      const facts = async (threads: number) => {
        const snap = await crawlSite({ startUrl: server.url, concurrency: 4, threads });
        return snap.pages.map((p) => ({ url: p.url, status: p.status, html: p.html ?? null }));
      };
      assertDistFresh();
      const before = threadUsage();
      const inline = await facts(0);
      expect(inline.filter((p) => p.html).length).toBeGreaterThan(40);
      expect(threadUsage().parsedOnThreads).toBe(before.parsedOnThreads);
      expect(await facts(2)).toEqual(inline);
      // The threaded side really ran on threads (a missing dist/ would parse it here too).
      expect(threadUsage().parseThreadsStarted - before.parseThreadsStarted).toBe(2);
      expect(threadUsage().parsedOnThreads - before.parsedOnThreads).toBeGreaterThan(20);
    } finally {
      await server.close();
    }
  });

  it('fail what they were still parsing when closed, instead of leaving it waiting', async () => {
    const { makeParsePool } = await import('../../src/crawl/parse/pool.js');
    const pool = makeParsePool({ startUrl: 'http://ex.test/', subdomains: false, include: [], exclude: [], stripTracking: false, botTokens: [] }, 1, (s) => s, { inlineFirst: 0 });
    const html = `<html><body>${'<p>séjour <a href="/x">désert</a></p>'.repeat(100_000)}</body></html>`;
    const parsing = pool.parse(Buffer.from(html), 'text/html; charset=utf-8', 'http://ex.test/');
    await pool.close();
    await expect(parsing).rejects.toThrow(/parsing stopped/);
  });

  it('read a big sitemap as the main thread does, and a broken one too', async () => {
    const { makeParsePool } = await import('../../src/crawl/parse/pool.js');
    const { parseSitemapBody } = await import('../../src/crawl/sitemaps.js');
    const pool = makeParsePool({ startUrl: 'http://ex.test/', subdomains: false, include: [], exclude: [], stripTracking: false, botTokens: [] }, 1, (s) => s, { inlineFirst: 0 });
    try {
      const locs = Array.from({ length: 3000 }, (_, i) => `<url><loc>http://ex.test/p/${i}?a=1&amp;b=2</loc>${i % 2 ? `<lastmod>2026-11-${(i % 28) + 1}</lastmod>` : ''}</url>`).join('');
      const big = Buffer.from(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs}</urlset>`);
      const broken = Buffer.from(`<?xml version="1.0"?><urlset>${locs}<url><loc>http://ex.test/x</url></urlset>`);
      expect(big.length).toBeGreaterThan(64 * 1024);
      const read = await pool.parseSitemap(big, 'http://ex.test/sitemap.xml');
      expect(read.urls).toHaveLength(3000);
      expect(read).toEqual(parseSitemapBody(big, 'http://ex.test/sitemap.xml'));
      const bad = await pool.parseSitemap(broken, 'http://ex.test/sitemap.xml');
      expect(bad.kind).toBe('invalid');
      expect(bad).toEqual(parseSitemapBody(broken, 'http://ex.test/sitemap.xml'));
      // The sitemap thread ends once idle; the next large sitemap starts another.
      await new Promise((r) => setTimeout(r, 400));
      expect(await pool.parseSitemap(big, 'http://ex.test/sitemap.xml')).toEqual(read);
    } finally {
      await pool.close();
    }
  });
});

describe('snapshot files', () => {
  it('write a page a line, stay one JSON document, and read back in batches of gzip members', async () => {
    const { makeSnapshot } = await import('../support/make-snapshot.js');
    const pages = Array.from({ length: 3000 }, (_, i) => ({ url: `https://ex.test/p/${i}`, html: { title: `Page ${i}`, text: `séjour ${'mot '.repeat(400)} ${i}` } }));
    const snap = makeSnapshot(pages);
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-snap-'));
    for (const name of ['big.json', 'big.json.gz']) {
      writeSnapshot(join(dir, name), snap, 64 * 1024);
      expect(readSnapshot(join(dir, name))).toEqual(snap);
    }
    const text = readFileSync(join(dir, 'big.json'), 'utf8');
    // One JSON document whose closing line carries the page count (a cut file is refused).
    expect(JSON.parse(text)).toEqual({ ...snap, pageCount: snap.pages.length });
    expect(text.split('\n').length).toBe(snap.pages.length + 3);
    const empty = makeSnapshot([]);
    writeSnapshot(join(dir, 'empty.json'), empty);
    expect(readSnapshot(join(dir, 'empty.json'))).toEqual(empty);
  });
});

describe('page text spilled to a file during an audit', () => {
  it('reads back the same, and snapshot files hold the text, not the reference', async () => {
    const { isSpilled } = await import('../../src/site/spill.js');
    const server = await serveDirectory(join(import.meta.dirname, '../../fixtures/demo-site'));
    try {
      const plain = await crawlSite({ startUrl: server.url, concurrency: 4 });
      const seen: string[] = [];
      const spilled = await crawlSite({ startUrl: server.url, concurrency: 4, spillText: true }, { onPage: (p) => void (p.html && seen.push(pageText(p.html).bodyText())) });
      const withHtml = spilled.pages.filter((p) => p.html?.wordCount);
      expect(withHtml.length).toBeGreaterThan(40);
      expect(withHtml.every((p) => isSpilled(p.html!.bodyTokensPacked) && (!p.html!.headings.levels || isSpilled(p.html!.headings.textsPacked)))).toBe(true);
      const text = (s: typeof plain) =>
        new Map(s.pages.map((p) => [p.url, p.html ? [pageText(p.html).bodyText(), pageText(p.html).headings(), pageText(p.html).links('internal'), pageText(p.html).links('external')] : null]));
      expect(text(spilled)).toEqual(text(plain));
      expect(seen.length).toBeGreaterThan(40);
      const dir = mkdtempSync(join(tmpdir(), 'refaudit-spill-'));
      writeSnapshot(join(dir, 's.json'), spilled);
      const back = readSnapshot(join(dir, 's.json'));
      expect(back.pages.every((p) => !p.html || [p.html.bodyTokensPacked, p.html.headings.textsPacked, p.html.internalLinks.textsPacked].every((v) => typeof v === 'string'))).toBe(true);
      expect(text(back)).toEqual(text(plain));
    } finally {
      await server.close();
    }
  });
});

describe('a parsing thread and a page at the size cap', () => {
  it('parses a 10 MB page with 175,000 links', async () => {
    const { makeParsePool } = await import('../../src/crawl/parse/pool.js');
    // No page parsed on the main thread first: this one goes to the thread.
    const pool = makeParsePool({ startUrl: 'http://ex.test/', subdomains: false, include: [], exclude: [], stripTracking: false, botTokens: [] }, 1, (s) => s, { inlineFirst: 0 });
    try {
      // Threads actually running: none before the first page asks for one.
      expect(pool.threads).toBe(0);
      const html = `<html><body>${Array.from({ length: 175_000 }, (_, i) => `<p>séjour désert ${i} <a href="/p/${i}">lien ${i}</a></p>`).join('')}</body></html>`;
      expect(Buffer.byteLength(html)).toBeGreaterThan(10_000_000);
      const f = await pool.parse(Buffer.from(html), 'text/html; charset=utf-8', 'http://ex.test/');
      expect(f.internalLinks.urls).toHaveLength(175_000);
      expect(f.internalLinks.urls[174_999]).toBe('http://ex.test/p/174999');
      expect(f.wordCount).toBe(175_000 * 5);
      expect(pool.threads).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
