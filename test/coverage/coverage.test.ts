import { describe, expect, it } from 'vitest';
import { analyzeCoverage, READINESS } from '../../src/analyze/coverage/coverage.js';
import { readDirectoryPage } from '../../src/analyze/coverage/directories.js';
import { loadModelData, type ModelData } from '../../src/data/load.js';
import { makeSnapshot } from '../support/make-snapshot.js';

/** Two engines, one market: easy to compute by hand. */
function twoEngineData(): ModelData {
  const base = loadModelData();
  return {
    ...base,
    engines: base.engines.filter((e) => e.id === 'google' || e.id === 'bing'),
    shares: { MA: { google: 80, bing: 20 } },
  };
}

const sitemap = { url: 'https://ex.test/sitemap.xml', source: 'robots' as const, parent: null, status: 200, kind: 'urlset' as const, gzip: false, bytes: 10, entries: 2, overLimit: false, problems: [] };

describe('audience-weighted coverage', () => {
  const verified = { 'google-site-verification': 'x', 'msvalidate.01': 'y' };

  it('weights each engine by its audience share', () => {
    const snap = makeSnapshot(
      [
        { url: 'https://ex.test/', html: { verification: verified } },
        { url: 'https://ex.test/a', robotsAllowed: { googlebot: true, bingbot: false } },
      ],
      { sitemaps: [sitemap], indexNow: { key: 'k', keyUrl: 'https://ex.test/k.txt', status: 200, valid: true } },
    );
    const cov = analyzeCoverage({ snapshot: snap, markets: [{ id: 'fr-MA', country: 'MA', language: 'fr' }], engines: [], data: twoEngineData() });
    // google reaches both pages (1.0); bing one of two (0.5): 80 × 1 + 20 × 0.5 = 90.
    expect(cov.engines.map((e) => [e.engine, e.reachability])).toEqual([['google', 1], ['bing', 0.5]]);
    expect(cov.score).toBeCloseTo(90, 10);
    expect(cov.costliest).toEqual({ engine: 'bing', points: 10 });
  });

  it('counts a bot blocked from the home page as no reach at all, and applies readiness factors', () => {
    const snap = makeSnapshot([{ url: 'https://ex.test/', robotsAllowed: { googlebot: true, bingbot: false } }], { sitemaps: [] });
    const cov = analyzeCoverage({ snapshot: snap, markets: [{ id: 'MA', country: 'MA', language: null }], engines: [], data: twoEngineData() });
    const google = cov.engines.find((e) => e.engine === 'google')!;
    const bing = cov.engines.find((e) => e.engine === 'bing')!;
    expect(bing.homeReachable).toBe(false);
    expect(bing.reachability).toBe(0);
    // No sitemap, not verified: 0.9 × 0.95.
    expect(google.reachability).toBeCloseTo(READINESS.noSitemap * READINESS.notVerified, 10);
    expect(cov.score).toBeCloseTo(80 * 0.9 * 0.95, 10);
  });

  it('uses the worldwide row for a market the data does not list', () => {
    const cov = analyzeCoverage({ snapshot: makeSnapshot([{ url: 'https://ex.test/' }]), markets: [{ id: 'xx-ZZ', country: 'ZZ', language: 'xx' }], engines: ['google'], data: loadModelData() });
    expect(cov.markets[0]?.dataMarket).toBe('WW');
    expect(Object.keys(cov.markets[0]!.shares)).toEqual(['google']);
  });
});

describe('directory pages', () => {
  const html = `<ul><li><a href="https://zeta.example/">Zeta</a></li><li><a href="https://www.site.test/" rel="nofollow">Atlas Évasion</a></li>
    <li><a href="https://beta.example/">Bêta</a></li><li><a href="/about">About the directory</a></li></ul>`;
  it('finds the link, its anchor and rel, and the alphabetical rank', () => {
    const d = readDirectoryPage({ name: 'Annuaire', url: 'https://annuaire.example/voyage', category: null }, 'https://www.site.test/', 200, html, null);
    expect(d).toMatchObject({ listed: true, anchor: 'Atlas Évasion', rel: 'nofollow', alphaRank: 1, listingSize: 3 });
    const other = readDirectoryPage({ name: 'Annuaire', url: 'https://annuaire.example/voyage', category: null }, 'https://other.test/', 200, html, null);
    expect(other).toMatchObject({ listed: false, alphaRank: null });
  });
});

describe('checkDirectories and indexed-pages exports', () => {
  it('fetches each directory page through the given fetcher, a few at a time, keeping order', async () => {
    const { checkDirectories } = await import('../../src/analyze/coverage/directories.js');
    const asked: string[] = [];
    const pages: Record<string, { status: number | null; body: string | null; error?: string }> = {
      'https://a.example/': { status: 200, body: '<a href="https://www.site.test/">Site</a><a href="https://z.example/">Zed</a>' },
      'https://b.example/': { status: 404, body: 'gone' },
      'https://c.example/': { status: null, body: null, error: 'connection refused' },
    };
    const out = await checkDirectories(
      Object.keys(pages).map((url) => ({ name: url, url, category: null })),
      'https://www.site.test/',
      async (url) => {
        asked.push(url);
        return pages[url]!;
      },
    );
    expect(asked.sort()).toEqual(Object.keys(pages));
    expect(out.map((d) => [d.url, d.listed, d.error])).toEqual([
      ['https://a.example/', true, null],
      ['https://b.example/', false, 'HTTP 404'],
      ['https://c.example/', false, 'connection refused'],
    ]);
  });

  it('reads an indexed-pages export with or without a header, reporting bad lines', async () => {
    const { parseIndexedExport } = await import('../../src/analyze/coverage/import-indexed.js');
    const withHeader = parseIndexedExport('URL,Last crawled\nhttps://ex.test/a#x,2026-11-01\nnot a url,2026-11-01\n', 'gsc.csv', 'google');
    expect(withHeader.imported).toEqual({ engine: 'google', urls: ['https://ex.test/a'], file: 'gsc.csv' });
    expect(withHeader.problems.map((p) => p.line)).toEqual([3]);
    const bare = parseIndexedExport('https://ex.test/\nhttps://ex.test/b\n', 'bing.txt', 'bing');
    expect(bare.imported.urls).toEqual(['https://ex.test/', 'https://ex.test/b']);
  });

  it('lowers an engine\'s reach to the indexed share when an export is given', () => {
    const snap = makeSnapshot(
      [{ url: 'https://ex.test/', html: { verification: { 'google-site-verification': 'x', 'msvalidate.01': 'y' } } }, { url: 'https://ex.test/a' }],
      { sitemaps: [sitemap], indexNow: { key: 'k', keyUrl: 'https://ex.test/k.txt', status: 200, valid: true } },
    );
    const cov = analyzeCoverage({
      snapshot: snap,
      markets: [{ id: 'MA', country: 'MA', language: null }],
      engines: [],
      data: twoEngineData(),
      indexed: [{ engine: 'google', urls: ['https://ex.test/'], file: 'gsc.csv' }],
    });
    expect(cov.engines.find((e) => e.engine === 'google')).toMatchObject({ observedShare: 0.5, reachability: 0.5 });
  });
});
