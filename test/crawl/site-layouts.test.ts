/**
 * Failure classes met on real sites, each on a fixture of its own: a project site under a path
 * (robots.txt and sitemap under /docs/), sitemap <loc> that engines cannot use, links a crawler
 * cannot follow.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { runRules } from '../../src/rules/run.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import type { SiteSnapshot } from '../../src/site/types.js';
import type { Finding } from '../../src/rules/types.js';

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/test-sites', name);

function siteTest(name: string, start: string, body: (ctx: { snap: () => SiteSnapshot; findings: () => Finding[]; U: (p: string) => string }) => void) {
  describe(name, () => {
    let server: StaticServer;
    let snap: SiteSnapshot;
    let findings: Finding[];
    beforeAll(async () => {
      server = await serveDirectory(fixture(name));
      snap = await crawlSite({ startUrl: new URL(start, server.url).href, concurrency: 2 });
      findings = runRules({ snapshot: snap, bots: ['googlebot'] });
    });
    afterAll(() => server.close());
    body({ snap: () => snap, findings: () => findings, U: (p) => new URL(p, server.url).href });
  });
}

siteTest('under-path', '/docs/', ({ snap, findings, U }) => {
  it('reads robots.txt at the root only, and reports the one under the start path with its sitemaps', () => {
    expect(snap().robots.map((r) => [r.url, r.status])).toEqual([[U('/robots.txt'), 404]]);
    expect(snap().ignoredRobots).toEqual({ url: U('/docs/robots.txt'), status: 200, sitemaps: [U('/docs/sitemap.xml')] });
    // Its Disallow does not apply: engines never read it.
    expect(snap().pages.every((p) => p.crawlAllowed)).toBe(true);
    const f = findings().find((x) => x.ruleId === 'robots-txt-below-root');
    expect(f?.evidence[0]).toMatchObject({ url: U('/docs/robots.txt'), detail: `declares Sitemap: ${U('/docs/sitemap.xml')}; /robots.txt: HTTP 404` });
  });

  it('finds the sitemaps in the start folder and the start page\'s <link rel="sitemap">: no "sitemap missing"', () => {
    expect(snap().sitemaps.map((s) => [s.url, s.source, s.kind])).toEqual([
      [U('/docs/sitemap.xml'), 'start-path', 'index'],
      [U('/docs/sitemap-pages.xml'), 'index', 'urlset'],
      [U('/docs/more/sitemap-extra.xml'), 'link', 'urlset'],
    ]);
    expect(snap().pages.find((p) => p.url === U('/docs/guide/'))?.inSitemap).toBe(true);
    const ids = findings().map((f) => f.ruleId);
    expect(ids).not.toContain('sitemap-missing');
    expect(ids).toContain('robots-txt-missing');
  });
});

siteTest('sitemap-locs', '/', ({ snap, findings, U }) => {
  it('leaves out relative and off-host <loc> and says so', () => {
    expect(snap().sitemapUrls.map((u) => u.url)).toEqual([U('/')]);
    expect(snap().sitemaps[0]!.badLocs).toEqual({ relative: 2, otherHost: 1, examples: ['/a/', 'b.html', 'https://www.other-host.example/page/'] });
    // b.html is linked from nowhere: listed only by a relative <loc>, it is not crawled as if listed.
    expect(snap().pages.map((p) => p.url)).not.toContain(U('/b.html'));
    expect(snap().pages.find((p) => p.url === U('/a/'))?.inSitemap).toBe(false);
    const f = findings().find((x) => x.ruleId === 'sitemap-loc-invalid');
    expect(f?.evidence[0]?.detail).toBe('2 relative <loc>s, 1 <loc> on another host (audited at a local address: right if that is the published host), left out; e.g. /a/, b.html, https://www.other-host.example/page/');
  });
});

siteTest('uncrawlable', '/', ({ snap, findings, U }) => {
  it('counts the links a crawler cannot follow, not the controls', () => {
    const home = snap().pages.find((p) => p.url === U('/'))!;
    expect(home.html?.uncrawlableLinks).toEqual({ count: 3, examples: ['href="#"', 'href="javascript:void(0)"', '<a onclick> without href'] });
    expect(findings().find((x) => x.ruleId === 'link-not-crawlable')?.evidence).toEqual([
      {
        url: U('/'),
        detail: '3 links: href="#", href="javascript:void(0)", <a onclick> without href',
        facts: { links: 3, examples: ['href="#"', 'href="javascript:void(0)"', '<a onclick> without href'] },
      },
    ]);
    // The agenda is reachable only through the onclick: the crawl never meets it.
    expect(snap().pages.map((p) => p.url)).not.toContain(U('/agenda.html'));
  });
});
