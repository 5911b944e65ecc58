/**
 * The demo's HTML report in Chromium at a phone's width (390 px) and a laptop's (1280 px): the page
 * never scrolls sideways (tables and charts scroll inside their card), charts keep a legible size,
 * URLs are not broken every few letters, and no local or source path reaches the client. Screenshots
 * go to SCREENSHOTS for a look by eye. Skips when /usr/bin/chromium is absent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { demoOutputs } from '../support/demo-outputs.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html-layout tests skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

export const SCREENSHOTS = join(tmpdir(), 'refaudit-render');

describe.skipIf(!hasChromium)(`the demo's HTML report at 390 and 1280 px (needs ${CHROMIUM})`, () => {
  let browser: Browser;
  let file: string;
  let html: string;

  beforeAll(async () => {
    const { dir } = await demoOutputs('fr');
    file = join(dir, 'refaudit-report.html');
    html = readFileSync(file, 'utf8');
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows no local folder, no source path, and cites each model once in Sources', () => {
    expect(html).not.toMatch(/\/tmp\/|refaudit-demo-|src\/(analyze|data)\//);
    expect(html).toContain('id="sources"');
    const citation = /<li id="source-S\d+"><b>\[S\d+\]<\/b> <code>relevance-weights\.json<\/code>\u00a0?: ([^<]+)<\/li>/.exec(html);
    expect(citation).not.toBeNull();
    // The long citation of the relevance model is written once; tables and score cards carry [Sn].
    expect(html.split(citation![1]!).length - 1).toBeLessThanOrEqual(2);
    expect((html.match(/class="cite"/g) ?? []).length).toBeGreaterThan(5);
  });

  for (const width of [390, 1280]) {
    it(`holds at ${width} px: no page-wide horizontal scroll, legible charts, URLs broken sensibly`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const m = await page.evaluate(() => {
        const charts = [...document.querySelectorAll('svg.chart')].map((s) => s.getBoundingClientRect().width);
        // The narrowest rendered width of a URL link inside a table: broken every few letters, it would be tiny.
        const urlCells = [...document.querySelectorAll('td.url')].map((td) => td.getBoundingClientRect().width);
        return { doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, charts, urlCells };
      });
      await page.screenshot({ path: join(SCREENSHOTS, `report-${width}.png`), fullPage: false });
      for (const id of ['step-3', 'step-8', 'sources']) await page.locator(`#${id}`).screenshot({ path: join(SCREENSHOTS, `report-${width}-${id}.png`) });
      await page.close();
      expect(m.doc, 'document wider than the viewport').toBeLessThanOrEqual(width);
      expect(m.body).toBeLessThanOrEqual(width);
      expect(m.charts.length).toBeGreaterThan(2);
      for (const w of m.charts) expect(w, 'chart shrunk to a thumbnail').toBeGreaterThanOrEqual(Math.min(540, width * 1.3));
      expect(m.urlCells.length).toBeGreaterThan(5);
      for (const w of m.urlCells) expect(w, 'URL cell squeezed').toBeGreaterThanOrEqual(150);
    }, 60_000);
  }
});
