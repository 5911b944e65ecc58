/**
 * The HTML report in a real browser (Debian's Chromium driven by playwright-core): nothing is
 * fetched, the eight steps show, the charts have their bars and page breaks, evidence folds and
 * prints open, and hostile strings do not run. Skips when /usr/bin/chromium is absent.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/render/html.js';
import { sampleReport } from '../support/sample-report.js';
import { xssReport } from './xss-report.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html-browser tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** Where the screenshot goes, to look at by eye. */
export const SCREENSHOT = join(tmpdir(), 'refaudit-render', 'report.png');

interface Opened {
  page: Page;
  /** Every request that was not for the report file itself. */
  outside: string[];
  consoleErrors: string[];
  dialogs: string[];
}

describe.skipIf(!hasChromium)(`HTML report in Chromium (needs ${CHROMIUM})`, () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'refaudit-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, html: string): Promise<Opened> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const fileUrl = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const outside: string[] = [];
    const consoleErrors: string[] = [];
    const dialogs: string[] = [];
    await page.route('**', async (route) => {
      const url = route.request().url();
      if (url === fileUrl) return route.continue();
      outside.push(url);
      return route.abort();
    });
    page.on('request', (req) => {
      if (req.url() !== fileUrl && !outside.includes(req.url())) outside.push(req.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.goto(fileUrl, { waitUntil: 'load' });
    return { page, outside, consoleErrors, dialogs };
  }

  it('loads with no request but the file itself and no policy violation', async () => {
    const { page, outside, consoleErrors } = await open('report.html', renderHtml(sampleReport()));
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.title()).toBe('Référencement audit: https://www.atlas-voyages.ma/ (2026-11-24 06:00 UTC)');
    await page.close();

    // The policy would hide a stray reference from the route; without it, any would show up here.
    const bare = renderHtml(sampleReport()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(bare).not.toContain('Content-Security-Policy');
    const unguarded = await open('no-csp.html', bare);
    expect(unguarded.outside).toEqual([]);
    expect(unguarded.consoleErrors).toEqual([]);
    await unguarded.page.close();
  });

  it('shows the eight step headings, the charts with their bars and page breaks, then a screenshot', async () => {
    const { page } = await open('report.html', renderHtml(sampleReport()));
    const headings = page.locator('section.step > h2');
    expect(await headings.count()).toBe(8);
    const titles = sampleReport().steps.map((s) => `${s.number} ${s.title}`);
    for (let i = 0; i < 8; i++) {
      expect(await headings.nth(i).isVisible()).toBe(true);
      expect((await headings.nth(i).innerText()).replace(/\s+/g, ' ').trim()).toBe(titles[i]);
    }

    // Coverage bars drawn to scale: Google 92, Bing 88, Yandex 0.
    const bars = page.locator('#chart-coverage-by-engine rect.bar');
    expect(await bars.count()).toBe(3);
    const google = (await bars.nth(0).boundingBox())!;
    const bing = (await bars.nth(1).boundingBox())!;
    expect(google.width).toBeGreaterThan(300);
    expect(bing.width / google.width).toBeCloseTo(88 / 92, 2);

    // Page breaks: two dashed lines, page 2 left of page 3, both spanning the keyword rows.
    const breaks = page.locator('#chart-positions line.page-break');
    expect(await breaks.count()).toBe(2);
    expect(await breaks.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-position')))).toEqual(['10.5', '20.5']);
    const [p2, p3] = [(await breaks.nth(0).boundingBox())!, (await breaks.nth(1).boundingBox())!];
    expect(p3.x).toBeGreaterThan(p2.x);
    expect(p2.height).toBeGreaterThan(80);
    expect(await page.locator('#chart-positions .point').count()).toBe(6);
    expect(await page.locator('#chart-score-trend polyline.series').count()).toBe(2);
    expect(await page.locator('#chart-findings-by-step rect.bar').count()).toBe(13);

    mkdirSync(join(tmpdir(), 'refaudit-render'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    await page.close();
  });

  it('folds evidence on screen and unfolds it in print', async () => {
    const { page } = await open('report.html', renderHtml(sampleReport()));
    const finding = page.locator('article[data-rule="title-missing"]');
    const evidence = finding.locator('ul.evidence');
    expect(await evidence.isVisible()).toBe(false);
    await finding.locator('summary').click();
    expect(await evidence.isVisible()).toBe(true);
    expect(await evidence.locator('li').count()).toBe(6);

    const other = page.locator('article[data-rule="sitemap-url-noindex"] ul.evidence');
    expect(await other.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await other.isVisible()).toBe(true);
    await page.close();
  });

  it('prints hostile strings as text and runs none of them', async () => {
    const { page, outside, dialogs } = await open('xss.html', renderHtml(xssReport()));
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(outside).toEqual([]);
    expect(await page.locator('script').count()).toBe(1);
    await page.locator('article[data-rule="title-missing"] summary').click();
    await page.hover('#step-3 rect.bar >> nth=0');
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('article[data-rule="title-missing"] strong').innerText()).toBe(
      'Title is <script>window.__xss=1</script><img src=x onerror="window.__xss=2">',
    );
    await page.close();
  });
});
