/**
 * The JavaScript rules, table-driven like the others (test/rules/tester.ts): hand-made pages with
 * the script signals and render records the crawl writes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import type { RawView, RenderRecord, ScriptSignals } from '../../src/site/types.js';
import { makeSnapshot, type PageInput } from '../support/make-snapshot.js';
import { testRule } from '../rules/tester.js';

const rule = (id: string) => ALL_RULES.find((r) => r.meta.id === id)!;
const U = (p: string) => `https://ex.test${p}`;
const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');
const shell: ScriptSignals = { bundles: 2, appRoot: '#root', appRootWords: 0, mainWords: null, markers: [] };
const raw = (over: Partial<RawView> = {}): RawView => ({ title: 'Shop', description: null, canonical: null, metaRobots: { generic: [], perBot: {} }, h1: null, words: 0, internalLinks: 0, shell: 'empty app root #root', ...over });
const render = (over: Partial<RenderRecord> = {}): RenderRecord => ({
  status: 'rendered', ms: 100, raw: raw(), changed: [], linksAdded: { count: 0, sample: [] }, linksRemoved: { count: 0, sample: [] },
  blocked: { robots: 0, thirdParty: 0, sample: [] }, requests: 1, ...over,
});
const site = (...pages: PageInput[]) => makeSnapshot([{ url: U('/'), html: { text: words(100) } }, ...pages]);

testRule(rule('js-content-shell'), {
  valid: [
    { name: 'a page with its text and no scripts', snapshot: site({ url: U('/a'), html: { text: words(10), script: null } }) },
    { name: 'a shell that was rendered (the measured rules speak for it)', snapshot: site({ url: U('/a'), html: { text: words(300), script: shell }, render: render() }) },
  ],
  invalid: [
    { name: 'an empty app root', snapshot: site({ url: U('/a'), html: { text: '', script: shell } }), expect: [{ url: U('/a'), detail: 'empty app root #root; 0 words (2 script bundles)' }] },
    { name: 'a shell whose render failed', snapshot: site({ url: U('/a'), html: { text: '', script: shell }, render: render({ status: 'failed', error: 'timeout' }) }), expect: [{ url: U('/a'), detail: 'empty app root #root; 0 words (2 script bundles)' }] },
  ],
});

testRule(rule('js-rendered-content'), {
  valid: [
    { name: 'not rendered', snapshot: site({ url: U('/a'), html: { text: words(300) } }) },
    { name: 'rendered, scripts changed only the title', snapshot: site({ url: U('/a'), html: { text: words(300) }, render: render({ raw: raw({ words: 300, h1: 'Page' }), changed: ['title'] }) }) },
  ],
  invalid: [
    { name: 'text only after rendering', snapshot: site({ url: U('/a'), html: { text: words(300) }, render: render({ changed: ['words'] }) }), expect: [{ url: U('/a'), detail: 'only after rendering: 300 of 300 words (raw HTML: 0)' }] },
    { name: 'links only after rendering', snapshot: site({ url: U('/b'), html: { text: words(300) }, render: render({ raw: raw({ words: 300, h1: 'Page' }), changed: ['links'], linksAdded: { count: 2, sample: [U('/c'), U('/d')] } }) }), expect: [{ url: U('/b'), detail: 'only after rendering: 2 internal links' }] },
  ],
});

testRule(rule('js-canonical-changed'), {
  valid: [{ name: 'same canonical', snapshot: site({ url: U('/a'), render: render({ changed: ['words'] }) }) }],
  invalid: [{ name: 'canonical set by script', snapshot: site({ url: U('/a'), html: { canonical: U('/b') }, render: render({ changed: ['canonical'] }) }), expect: [{ url: U('/a'), detail: 'raw: none → rendered: https://ex.test/b' }] }],
});

testRule(
  rule('js-noindex-changed'),
  {
    valid: [
      { name: 'robots changed but not noindex (nofollow added)', snapshot: site({ url: U('/a'), html: { metaRobots: { generic: ['nofollow'], perBot: {} } }, render: render({ changed: ['robots'] }) }) },
      { name: 'noindex for a bot the audit does not consider', snapshot: site({ url: U('/a'), html: { metaRobots: { generic: [], perBot: { yandex: ['noindex'] } } }, render: render({ changed: ['robots'] }) }) },
    ],
    invalid: [
      { name: 'noindex removed by script', snapshot: site({ url: U('/a'), render: render({ raw: raw({ metaRobots: { generic: ['noindex'], perBot: {} } }), changed: ['robots'] }) }), expect: [{ url: U('/a'), detail: 'noindex removed by script (all robots): the served HTML says noindex' }] },
      { name: 'googlebot noindex added by script', snapshot: site({ url: U('/b'), html: { metaRobots: { generic: [], perBot: { googlebot: ['noindex'] } } }, render: render({ changed: ['robots'] }) }), expect: [{ url: U('/b'), detail: 'noindex added by script (googlebot)' }] },
    ],
  },
  ['googlebot'],
);

testRule(rule('js-head-changed'), {
  valid: [{ name: 'head as served', snapshot: site({ url: U('/a'), render: render({ changed: ['words'] }) }) }],
  invalid: [{ name: 'title set by script', snapshot: site({ url: U('/a'), render: render({ changed: ['title'] }) }), expect: [{ url: U('/a'), detail: 'title "Shop" → "Page"' }] }],
});

testRule(rule('render-failed'), {
  valid: [{ name: 'rendered', snapshot: site({ url: U('/a'), render: render() }) }],
  invalid: [{ name: 'timed out', snapshot: site({ url: U('/a'), render: render({ status: 'failed', error: 'Timeout 20000ms exceeded.' }) }), expect: [{ url: U('/a'), detail: 'Timeout 20000ms exceeded.' }] }],
});

describe('the details the JavaScript rules give', () => {
  it('says what exists only after rendering and what a script changed', () => {
    const snap = site({ url: U('/a'), html: { text: words(300), title: 'Rugs | Shop' }, render: render({ changed: ['title', 'description', 'h1', 'words', 'links'], linksAdded: { count: 1, sample: [U('/b')] } }) });
    expect(rule('js-rendered-content').check({ snapshot: snap, bots: [] })).toEqual([
      { url: U('/a'), detail: 'only after rendering: the H1, 300 of 300 words (raw HTML: 0), 1 internal link', facts: { h1Added: true, wordsAdded: 300, words: 300, rawWords: 0, linksAdded: 1 } },
    ]);
    expect(rule('js-head-changed').check({ snapshot: snap, bots: [] })).toEqual([
      { url: U('/a'), detail: 'title "Shop" → "Rugs | Shop"; description only after rendering', facts: { titleChanged: true, rawTitle: 'Shop', title: 'Rugs | Shop', description: 'added' } },
    ]);
  });
});

describe('no cost without --render', () => {
  it('loads playwright-core only from the render module, lazily', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk(join(import.meta.dirname, '../../src'));
    const importers = files.filter((f) => /from 'playwright-core'|import\('playwright-core'\)/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => f.split('/src/')[1])).toEqual(['crawl/render/browser.ts']);
    const src = readFileSync(join(import.meta.dirname, '../../src/crawl/render/browser.ts'), 'utf8');
    // Types only at the top; the module itself is imported when a browser is launched.
    expect(src.match(/^import .*'playwright-core';$/gm)).toEqual(["import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';"]);
    expect(src).toContain("await import('playwright-core')");
  });
});


describe('coverage per engine without --render (shells judged from the raw HTML)', () => {
  it('halves the reach of engines not documented to render when half the pages are shells, and step 3 says what it costs', async () => {
    const { analyzeCoverage } = await import('../../src/analyze/coverage/coverage.js');
    const { javascriptPointsLost } = await import('../../src/analyze/coverage/javascript.js');
    const { javascriptTable } = await import('../../src/report/steps/engines-javascript.js');
    const { loadModelData } = await import('../../src/data/load.js');
    const data = loadModelData();
    const snap = site({ url: U('/app'), html: { text: '', script: shell } });
    const cov = analyzeCoverage({ snapshot: snap, markets: [{ id: 'WW', country: 'WW', language: null }], engines: ['google', 'baidu'], data });
    const google = cov.engines.find((e) => e.engine === 'google')!;
    const baidu = cov.engines.find((e) => e.engine === 'baidu')!;
    expect(google.javascript).toMatchObject({ renders: 'yes', sees: 'rendered', pagesNeedingJs: 1, crawlablePages: 2, factor: 1 });
    expect(baidu.javascript).toMatchObject({ renders: 'unknown', sees: 'raw', pagesNeedingJs: 1, crawlablePages: 2, factor: 0.5 });
    const shares = cov.markets[0]!.shares;
    const total = shares.google! + shares.baidu!;
    const before = baidu.reachability / 0.5;
    expect(javascriptPointsLost(cov).get('baidu')).toBeCloseTo((100 * shares.baidu! * before * 0.5) / total, 10);
    const table = javascriptTable(cov, data, false)!;
    expect(table.rows).toEqual([
      ['Google', 'yes', 'rendered DOM', '1/2', 0, 'https://developers.google.com/search/docs/crawling-indexing/javascript/javascript-seo-basics'],
      ['Baidu', 'unknown', 'served HTML', '1/2', Math.round(javascriptPointsLost(cov).get('baidu')! * 10) / 10, null],
    ]);
    expect(table.note).toMatch(/judged from the raw HTML/);
    expect(table.columns.find((c) => c.key === 'renders')?.origin).toMatchObject({ kind: 'model', file: 'src/data/engines.json', date: '2026-11-30' });
  });

  it('shows no JavaScript table when no page needs JavaScript', async () => {
    const { analyzeCoverage } = await import('../../src/analyze/coverage/coverage.js');
    const { javascriptTable } = await import('../../src/report/steps/engines-javascript.js');
    const { loadModelData } = await import('../../src/data/load.js');
    const data = loadModelData();
    const cov = analyzeCoverage({ snapshot: site({ url: U('/a'), html: { text: words(100) } }), markets: [{ id: 'WW', country: 'WW', language: null }], engines: ['google', 'baidu'], data });
    expect(cov.engines.every((e) => e.javascript!.factor === 1)).toBe(true);
    expect(javascriptTable(cov, data, false)).toBeNull();
  });
});
