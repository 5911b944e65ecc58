/**
 * A single-page app (fixtures/test-sites/spa) whose pages, titles, head tags and links exist only
 * once its script runs, crawled with and without --render in the system's Chromium. Skips, saying
 * so, when no Chromium is found (apt-get install -y chromium).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../src/analyze/coverage/coverage.js';
import { javascriptPointsLost } from '../../src/analyze/coverage/javascript.js';
import { javascriptFindings } from '../support/analysis-rules.js';
import { findChromium } from '../../src/crawl/render/chromium.js';
import { crawlSite } from '../../src/crawl/crawler.js';
import { loadModelData } from '../../src/data/load.js';
import { runRules } from '../../src/rules/run.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { pageText } from '../../src/site/page-text.js';
import type { SiteSnapshot } from '../../src/site/types.js';

const ROOT = join(import.meta.dirname, '../..');
const SPA = join(ROOT, 'fixtures/test-sites/spa');
let chromium: string | null = null;
try {
  chromium = findChromium(null);
} catch {
  console.warn('render tests skipped: no Chromium on the PATH (chromium, chromium-browser, google-chrome) nor REFAUDIT_CHROMIUM; apt-get install -y chromium');
}

function run(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/refaudit'), ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveDirectory(SPA);
});
afterAll(async () => {
  await server?.close();
});
const U = (p: string) => `${server.url.replace(/\/$/, '')}${p}`;
const ruleUrls = (snap: SiteSnapshot, id: string) => (runRules({ snapshot: snap, bots: ['googlebot', 'bingbot'] }).find((f) => f.ruleId === id)?.evidence ?? []).map((e) => e.url).sort();

describe('without --render', () => {
  it('sees one empty shell, flags it as needing JavaScript, and finds no other page', async () => {
    const snap = await crawlSite({ startUrl: U('/'), threads: 0 });
    expect(snap.pages.map((p) => p.url)).toEqual([U('/')]);
    expect(snap.pages[0]!.render).toBeUndefined();
    const f = runRules({ snapshot: snap, bots: [] }).find((x) => x.ruleId === 'js-content-shell');
    expect(f?.evidence).toEqual([
      {
        url: U('/'),
        detail: 'empty app root #root; 0 words (no <h1>, 1 script bundle)',
        facts: { words: 0, hasH1: false, appRoot: '#root', emptyAppRoot: true, emptyMain: false, fewWords: true, bundles: 1, hydration: [] },
      },
    ]);
  });

  it('fails --render with one line and exit 2 before crawling when no Chromium is found', async () => {
    const r = await run(['crawl', U('/'), '--render', '--out', '/dev/null'], { PATH: '/nonexistent', REFAUDIT_CHROMIUM: '' });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('refaudit: --render needs Chromium and none was found on the PATH (chromium, chromium-browser, google-chrome, google-chrome-stable): install it (Debian/Ubuntu: apt-get install chromium) or give --chromium PATH (or REFAUDIT_CHROMIUM)');
    const bad = await run(['audit', U('/'), '--no-config', '--no-history', '--render', '--chromium', '/nonexistent/chrome'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('refaudit: --chromium /nonexistent/chrome: not an executable file');
  });
});

describe.skipIf(!chromium)('with --render (Chromium)', () => {
  let snap: SiteSnapshot;
  beforeAll(async () => {
    snap = await crawlSite({ startUrl: U('/'), render: true, renderConcurrency: 2, threads: 0 });
  }, 120_000);
  const page = (p: string) => snap.pages.find((x) => x.url === U(p))!;

  it('crawls every page of the app through the links that exist only after rendering', () => {
    expect(snap.pages.map((p) => p.url).sort()).toEqual(['/', '/about', '/products/1', '/products/2', '/products/3'].map(U));
    expect(snap.settings.render).toMatchObject({ chromium, concurrency: 2, thirdParty: false });
    for (const p of snap.pages) expect(p.render).toMatchObject({ status: 'rendered', raw: { words: 0, h1: null, title: 'Atlas Shop', internalLinks: 0 } });
  });

  it('audits the DOM after scripts ran, with content a script fetched after the load event', () => {
    expect(page('/products/1').html).toMatchObject({ title: 'Handwoven Berber rug | Atlas Shop', metaDescription: 'A handwoven Berber rug from the Middle Atlas.' });
    expect(pageText(page('/products/1').html!).bodyTokens()).toContain('azrou');
    expect(page('/products/1').render!.requests).toBe(2);
  });

  it('obeys robots.txt for every request the page makes to the site, and blocks third parties', () => {
    for (const p of snap.pages) {
      expect(pageText(p.html!).bodyTokens()).not.toContain('secret');
      expect(p.render!.blocked).toEqual({ robots: 1, thirdParty: 1, sample: [`${U('/private-api/secret.json')} (robots.txt)`, 'https://analytics.example.invalid/t.js'] });
    }
  });

  it('records what scripts changed, page by page', () => {
    expect(page('/').render).toMatchObject({ changed: ['title', 'description', 'h1', 'words', 'links'], linksAdded: { count: 3 }, linksRemoved: { count: 0 } });
    expect(page('/about').render!.changed).toContain('robots');
    expect(page('/products/2').render!.changed).toContain('canonical');
    expect(page('/products/2').html!.canonical).toBe(U('/products/1'));
  });

  it('reports content only after rendering, a canonical and a noindex changed by script, and no shell', () => {
    expect(ruleUrls(snap, 'js-rendered-content')).toEqual(['/', '/about', '/products/1', '/products/2', '/products/3'].map(U));
    expect(ruleUrls(snap, 'js-canonical-changed')).toEqual([U('/products/2')]);
    expect(ruleUrls(snap, 'js-noindex-changed')).toEqual([U('/about')]);
    expect(ruleUrls(snap, 'js-content-shell')).toEqual([]);
    const f = runRules({ snapshot: snap, bots: ['googlebot'] });
    expect(f.find((x) => x.ruleId === 'js-noindex-changed')?.evidence[0]?.detail).toBe('noindex added by script (all robots)');
    expect(f.find((x) => x.ruleId === 'js-canonical-changed')?.evidence[0]?.detail).toBe(`raw: none → rendered: ${U('/products/1')}`);
    expect(f.find((x) => x.ruleId === 'js-rendered-content')?.evidence.find((e) => e.url === U('/'))?.detail).toMatch(/^only after rendering: the H1, \d+ of \d+ words \(raw HTML: 0\), 3 internal links$/);
  });

  it('costs the engines that do not document rendering their reach, and those that do nothing', () => {
    const cov = analyzeCoverage({ snapshot: snap, markets: [{ id: 'WW', country: 'WW', language: null }], engines: ['google', 'bing', 'yandex', 'baidu'], data: loadModelData() });
    const js = Object.fromEntries(cov.engines.map((e) => [e.engine, e.javascript!]));
    // Indexable after rendering: /, /products/1 and /products/3 (/about is noindex, /products/2 canonicalised).
    expect(js.google).toMatchObject({ renders: 'yes', sees: 'rendered', pagesNeedingJs: 3, crawlablePages: 3, factor: 1 });
    expect(js.yandex).toMatchObject({ renders: 'partial', sees: 'raw', pagesNeedingJs: 3, factor: 0 });
    expect(js.baidu).toMatchObject({ renders: 'unknown', sees: 'raw', factor: 0 });
    expect(cov.engines.find((e) => e.engine === 'google')!.reachability).toBeGreaterThan(0);
    expect(cov.engines.find((e) => e.engine === 'baidu')!.reachability).toBe(0);
    const lost = javascriptPointsLost(cov);
    expect(lost.get('google')).toBeUndefined();
    expect(lost.get('baidu')).toBeGreaterThan(0);
    const finding = javascriptFindings(cov, U('/'))[0]!;
    expect(finding.ruleId).toBe('engine-misses-js-content');
    expect(finding.evidence.map((e) => e.detail!.split(' (')[0])).toEqual(['Yandex', 'Baidu']);
  });
});
