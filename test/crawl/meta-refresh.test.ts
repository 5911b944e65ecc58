/**
 * A WordPress export whose tag pages are meta-refresh stubs ("Redirecting…", refresh after 0 s to
 * /), linked from every page: the stubs are redirects, not pages with a missing h1, a duplicate
 * title and thin content. A refresh after 10 s leaves the page a page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { runRules } from '../../src/rules/run.js';
import { summarizeCrawl } from '../../src/analyze/crawl-summary.js';
import { notIndexableReason } from '../../src/site/indexability.js';
import { isCandidate } from '../../src/analyze/relevance/fields.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { parseRefreshContent } from '../../src/crawl/extract/meta-refresh.js';
import type { SiteSnapshot } from '../../src/site/types.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/meta-refresh');

describe('meta refresh content, as browsers read it', () => {
  it.each([
    ['0; url=/', { delay: 0, href: '/' }],
    ['0;URL=/a', { delay: 0, href: '/a' }],
    ["10;URL='/b/'", { delay: 10, href: '/b/' }],
    ['1, url="https://ex.test/c"', { delay: 1, href: 'https://ex.test/c' }],
    ['0 /d', { delay: 0, href: '/d' }],
    ['5', { delay: 5, href: null }],
    ['2.5; url=/e', { delay: 2, href: '/e' }],
    ['soon; url=/f', null],
  ])('%s', (content, expected) => {
    expect(parseRefreshContent(content)).toEqual(expected);
  });
});

describe.each([1, 0])('a site with meta-refresh tag stubs (parse threads %i)', (threads) => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const U = (p: string) => new URL(p, server.url).href;
  const page = (p: string) => snap.pages.find((x) => x.url === U(p))!;

  beforeAll(async () => {
    server = await serveDirectory(SITE);
    snap = await crawlSite({ startUrl: server.url, concurrency: 4, threads });
  });
  afterAll(() => server.close());

  it('records each stub as a redirect to its target, without its content', () => {
    const stub = page('/tag/riads/');
    expect(stub.status).toBe(200);
    expect(stub.finalUrl).toBe(U('/'));
    expect(stub.redirects).toEqual([{ url: U('/tag/riads/'), status: 200, location: U('/'), via: 'meta-refresh' }]);
    expect(stub.html).toBeUndefined();
    expect(notIndexableReason(stub)).toBe('meta-refresh');
    expect(isCandidate(stub)).toBe(false);
    expect(page('/tag/desert/').finalUrl).toBe(U('/'));
  });

  it('keeps a page whose refresh waits 10 seconds a page', () => {
    const p = page('/ancienne-page/');
    expect(p.redirects).toEqual([]);
    expect(p.html?.metaRefresh).toEqual({ delay: 10, url: U('/blog/second-voyage/') });
    expect(notIndexableReason(p)).toBeNull();
  });

  it('fires no on-page rule on the stubs, and says what they are', () => {
    const findings = runRules({ snapshot: snap, bots: ['googlebot'] });
    const on = (id: string) => findings.find((f) => f.ruleId === id)?.evidence.map((e) => e.url) ?? [];
    for (const id of ['h1-missing', 'title-duplicate', 'thin-content', 'title-too-short', 'meta-description-missing', 'orphan-page']) {
      expect(on(id).filter((u) => u?.includes('/tag/')), id).toEqual([]);
    }
    expect(on('meta-refresh-redirect').sort()).toEqual([U('/tag/desert/'), U('/tag/riads/')]);
    const links = findings.find((f) => f.ruleId === 'internal-link-redirect')!;
    expect(links.evidence.map((e) => e.url).sort()).toEqual([U('/tag/desert/'), U('/tag/riads/')]);
    expect(links.evidence[0]!.detail).toMatch(/^meta refresh to .*, linked from 3 pages$/);
    // Listed in the sitemap, a stub is a sitemap URL that redirects.
    expect(on('sitemap-url-non-200')).toContain(U('/tag/riads/'));
  });

  it('gives the stubs a status kind of their own in the crawl summary, out of the indexable count', () => {
    const s = summarizeCrawl(snap);
    expect(s.byStatus).toContainEqual({ status: '200 meta refresh (redirect)', count: 2 });
    expect(s.indexable).toBe(4);
    expect(s.notIndexable).toContainEqual({ reason: 'meta-refresh', count: 2 });
  });
});
