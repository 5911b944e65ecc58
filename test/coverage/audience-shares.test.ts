/**
 * Coverage as the method defines it: directories weigh their audience share beside the engines,
 * measured presence replaces the crawlability estimate, and a language reads its markets.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCoverage } from '../../src/analyze/coverage/coverage.js';
import { checkDirectories, readDirectoryPage, type DirectoryCheck } from '../../src/analyze/coverage/directories.js';
import { coverageFindings } from '../support/analysis-rules.js';
import { loadModelData, type ModelData } from '../../src/data/load.js';
import { parseMarket } from '../../src/config/validate.js';
import { buildEnginesStep } from '../../src/report/steps/engines.js';
import type { DirectoryEntry, Market } from '../../src/analyze/types.js';
import { makeSnapshot } from '../support/make-snapshot.js';

const verified = { 'google-site-verification': 'x', 'msvalidate.01': 'y' };
const sitemap = { url: 'https://ex.test/sitemap.xml', source: 'robots' as const, parent: null, status: 200, kind: 'urlset' as const, gzip: false, bytes: 10, entries: 2, overLimit: false, problems: [] };
/** Google and Bing both reach every page: reachability 1, so only directories move the score. */
const fullReach = () =>
  makeSnapshot([{ url: 'https://ex.test/', html: { verification: verified } }, { url: 'https://ex.test/a' }], {
    sitemaps: [sitemap],
    indexNow: { key: 'k', keyUrl: 'https://ex.test/k.txt', status: 200, valid: true },
  });

function data(): ModelData {
  const base = loadModelData();
  return {
    ...base,
    engines: base.engines.filter((e) => e.id === 'google' || e.id === 'bing'),
    shares: { MA: { google: 80, bing: 20 }, FR: { google: 90, bing: 10 } },
    languages: { fr: { name: 'French', markets: { FR: 3, MA: 1 } } },
  };
}

const frMA: Market = { id: 'fr-MA', country: 'MA', language: 'fr' };
const entry = (share: DirectoryEntry['share'], over: Partial<DirectoryEntry> = {}): DirectoryEntry => ({ name: 'Annuaire', url: 'https://annuaire.example/voyages', category: 'Agences', share, shareSource: 'étude 2026', ...over });
const page = (site: string, rel = '') => `<a href="https://other.example/">Other</a><a href="${site}"${rel ? ` rel="${rel}"` : ''}>Site</a>`;
const check = (e: DirectoryEntry, html: string | null): DirectoryCheck => readDirectoryPage(e, 'https://ex.test/', html ? 200 : null, html, html ? null : 'connection refused');
const cover = (dirs: DirectoryCheck[], markets: Market[] = [frMA], d = data()) => analyzeCoverage({ snapshot: fullReach(), markets, engines: [], data: d, directories: dirs });

const noteTexts = (step: { notes: (string | { text: string })[] }) => step.notes.map((n) => (typeof n === 'string' ? n : n.text));

describe('directories in the audience share', () => {
  it('a missing listing in a 20 % directory lowers the market\'s coverage by 20 points, and the finding says what it costs', () => {
    const absent = cover([check(entry({ 'fr-MA': 20 }), page('https://elsewhere.example/'))]);
    const listed = cover([check(entry({ 'fr-MA': 20 }), page('https://ex.test/'))]);
    expect(listed.score).toBeCloseTo(100, 10);
    expect(absent.score).toBeCloseTo(80, 10);
    // Engines share the other 80 %: 80 × 0.8 and 20 × 0.8.
    expect(absent.markets[0]!.shares).toEqual({ google: 64, bing: 16 });
    expect(absent.markets[0]!.directories).toEqual([{ name: 'Annuaire', url: 'https://annuaire.example/voyages', share: 20, shareSource: 'étude 2026', state: 'absent', presence: 0, lost: 20 }]);
    expect(absent.costliestDirectory).toEqual({ name: 'Annuaire', url: 'https://annuaire.example/voyages', points: 20, worst: { market: 'fr-MA', points: 20 } });
    const f = coverageFindings(absent, 'https://ex.test/').find((x) => x.ruleId === 'directory-link-missing')!;
    expect(f.evidence[0]!.detail).toBe('Annuaire: no link among 2 listed sites; costs 20.0 points in fr-MA (share 20.0 %, source: étude 2026)');
    const step = buildEnginesStep(absent, data());
    expect(step.summary).toMatch(/Annuaire's listing costs 20\.0 points of the overall score \(20\.0 in fr-MA\)/);
    expect(step.tables.find((t) => t.id === 'audience' && t.market === 'fr-MA')!.rows.at(-1)).toEqual(['Annuaire', 'directory', 20, 0, 20, 'share: config (étude 2026); not listed']);
  });

  it('a share per market applies only there; a number applies to every market; a country key matches its markets', () => {
    const frFR: Market = { id: 'fr-FR', country: 'FR', language: 'fr' };
    const dirs = [check(entry({ MA: 20 }), page('https://elsewhere.example/')), check(entry(5, { url: 'https://b.example/' }), page('https://elsewhere.example/'))];
    const cov = cover(dirs, [frMA, frFR]);
    expect(cov.markets.map((m) => [m.market, m.score])).toEqual([['fr-MA', 75], ['fr-FR', 95]]);
    expect(cov.score).toBeCloseTo(85, 10);
  });

  it('a listing without a followable link or in another category earns the documented partial presence', async () => {
    const p = loadModelData().directoryPresence;
    expect(p).toMatchObject({ listed: 1, absent: 0 });
    const nofollow = cover([check(entry(20), page('https://ex.test/', 'ugc nofollow'))]);
    expect(nofollow.markets[0]!.directories[0]).toMatchObject({ state: 'not-followable', presence: p.notFollowable });
    expect(nofollow.score).toBeCloseTo(80 + 20 * p.notFollowable, 10);
    // The chosen category page lacks the site; the entry's other page lists it, as www. (the same site).
    const pages: Record<string, string> = { 'https://annuaire.example/voyages': page('https://elsewhere.example/'), 'https://annuaire.example/hotels': page('https://www.ex.test/') };
    const [elsewhere] = await checkDirectories([entry(20, { otherUrls: ['https://annuaire.example/hotels'] })], 'https://ex.test/', async (u) => ({ status: 200, body: pages[u] ?? null }));
    expect(elsewhere).toMatchObject({ listed: false, foundElsewhere: 'https://annuaire.example/hotels', followable: true });
    const cov = cover([elsewhere!]);
    expect(cov.markets[0]!.directories[0]).toMatchObject({ state: 'other-category', presence: p.otherCategory });
    expect(cov.score).toBeCloseTo(80 + 20 * p.otherCategory, 10);
    expect(coverageFindings(cov, 'https://ex.test/').map((f) => f.ruleId)).toEqual(['directory-listing-partial']);
  });

  it('a directory page that could not be read is unknown: its share leaves the total, no "missing" finding', () => {
    const unread = check(entry(20), null);
    expect(unread.read).toBe(false);
    const half = makeSnapshot([{ url: 'https://ex.test/', html: { verification: verified } }, { url: 'https://ex.test/a', robotsAllowed: { googlebot: true, bingbot: false } }], {
      sitemaps: [sitemap], indexNow: { key: 'k', keyUrl: 'https://ex.test/k.txt', status: 200, valid: true },
    });
    const cov = analyzeCoverage({ snapshot: half, markets: [frMA], engines: [], data: data(), directories: [unread] });
    // Engines carry 80 % (google 64 × 1 + bing 16 × 0.5 = 72) over the 80 % known: 90, neither 72 (absent) nor 92 (listed).
    expect(cov.markets[0]).toMatchObject({ score: 90, unknownShare: 20 });
    expect(cov.markets[0]!.directories[0]).toMatchObject({ state: 'unknown', presence: null, lost: 0 });
    expect(coverageFindings(cov, 'https://ex.test/').map((f) => f.ruleId)).not.toContain('directory-link-missing');
    const step = buildEnginesStep(cov, data());
    expect(noteTexts(step)).toContain('Annuaire could not be read (connection refused): its listing is unknown, not absent; its share is left out of each market\'s total.');
    expect(step.tables.find((t) => t.id === 'audience' && t.market === 'fr-MA')!.note).toMatch(/20 % of the audience is in directories whose page could not be read: it is left out, coverage is over the other 80 %/);
  });
});

describe('coverage by language', () => {
  it('reads "fr" alone as a language and "FR" as France; an unknown lowercase code stays a country', () => {
    expect(parseMarket('fr')).toEqual({ id: 'fr', country: 'WW', language: 'fr', languageOnly: true });
    expect(parseMarket('FR')).toEqual({ id: 'FR', country: 'FR', language: null });
    expect(parseMarket('ma')).toEqual({ id: 'MA', country: 'MA', language: null });
  });

  it('weights the language\'s markets as the data file says, and names them', () => {
    const fr = parseMarket('fr')!;
    // MA: the 20 % directory is missing there (80); FR: no directory share there (100). Weights 1 and 3.
    const cov = cover([check(entry({ 'fr-MA': 20 }), page('https://elsewhere.example/'))], [fr]);
    const m = cov.markets[0]!;
    expect(m.parts).toEqual([
      { market: 'fr-FR', dataMarket: 'FR', weight: 3, score: 100 },
      { market: 'fr-MA', dataMarket: 'MA', weight: 1, score: 80 },
    ]);
    expect(m.score).toBeCloseTo(95, 10);
    expect(m.dataMarket).toBe('FR, MA');
    expect(m.directories[0]).toMatchObject({ share: 5, lost: 5 });
    const step = buildEnginesStep(cov, data());
    expect(step.summary).toMatch(/over fr \(language: FR, MA\)/);
    const table = step.tables.find((t) => t.id === 'language-markets' && t.market === 'fr')!;
    expect(table.rows).toEqual([['fr-FR', 3, 'FR', 100], ['fr-MA', 1, 'MA', 80]]);
    expect(table.columns[1]!.origin).toMatchObject({ kind: 'model', file: 'src/data/language-markets.json' });
  });

  it('the bundled language data states its source and date, and every weight is positive', () => {
    const d = loadModelData();
    expect(d.sources.find((s) => s.file === 'src/data/language-markets.json')).toMatchObject({ date: '2025-01', source: expect.stringMatching(/DataReportal/) });
    expect(Object.keys(d.languages)).toEqual(expect.arrayContaining(['fr', 'en']));
    expect(Object.keys(d.languages.fr!.markets)).toEqual(expect.arrayContaining(['FR', 'MA', 'BE', 'CH', 'CA']));
  });
});

describe('effective presence from the SERP provider', () => {
  it('uses indexed ÷ indexable where the provider answered, and says which engines are estimated', () => {
    const presence = [{ engine: 'google', indexed: 1, homeFound: true, keyPages: [{ url: 'https://ex.test/a', found: false }], queries: 2, date: '2026-11-30', source: 'serpapi:http://127.0.0.1:9' }];
    const cov = analyzeCoverage({ snapshot: fullReach(), markets: [frMA], engines: [], data: data(), presence });
    const google = cov.engines.find((e) => e.engine === 'google')!;
    expect(google).toMatchObject({ observedShare: 0.5, reachability: 0.5, observed: { kind: 'provider', method: 'site-count', indexed: 1, date: '2026-11-30' } });
    expect(cov.engines.find((e) => e.engine === 'bing')).toMatchObject({ observed: null, reachability: 1 });
    expect(cov.score).toBeCloseTo(80 * 0.5 + 20, 10);
    const step = buildEnginesStep(cov, data());
    const table = step.tables.find((t) => t.id === 'engine-presence')!;
    expect(table.rows).toEqual([
      ['Google', 1, 2, 50, true, '0/1', 'serpapi:http://127.0.0.1:9, 2026-11-30 (site: result count)'],
      ['Bing', null, 2, null, null, null, 'estimated from crawlability only'],
    ]);
    expect(noteTexts(step)).toContain('Presence estimated from crawlability only (no index export imported, no SERP provider answer) for: Bing.');
  });

  it('caps a site: count above the indexable pages at 1, and falls back on found key pages without a count', () => {
    const over = analyzeCoverage({ snapshot: fullReach(), markets: [frMA], engines: ['google'], data: data(), presence: [{ engine: 'google', indexed: 40, homeFound: true, keyPages: [], queries: 1, date: 'd', source: 's' }] });
    expect(over.engines[0]!.reachability).toBe(1);
    const keys = analyzeCoverage({ snapshot: fullReach(), markets: [frMA], engines: ['google'], data: data(), presence: [{ engine: 'google', indexed: null, homeFound: true, keyPages: [{ url: 'https://ex.test/a', found: false }], queries: 2, date: 'd', source: 's' }] });
    expect(keys.engines[0]).toMatchObject({ reachability: 0.5, observed: { method: 'key-pages' } });
  });

  it('an imported export wins over the provider (it names the URLs)', () => {
    const cov = analyzeCoverage({
      snapshot: fullReach(), markets: [frMA], engines: ['google'], data: data(),
      indexed: [{ engine: 'google', urls: ['https://ex.test/', 'https://ex.test/a'], file: 'gsc.csv' }],
      presence: [{ engine: 'google', indexed: 0, homeFound: false, keyPages: [], queries: 1, date: 'd', source: 's' }],
    });
    expect(cov.engines[0]).toMatchObject({ reachability: 1, observed: { kind: 'export', file: 'gsc.csv', indexed: 2 } });
  });
});
