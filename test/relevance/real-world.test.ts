/**
 * Relevance mistakes seen on real sites, each on a small fixture site crawled from 127.0.0.1:
 * a French blog declaring lang="en-US", French stop words kept without --market, and ties at a
 * clamped ceiling deciding the landing page.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { analyzeRelevance } from '../../src/analyze/relevance/relevance.js';
import { relevanceFindings } from '../support/analysis-rules.js';
import { runRules } from '../../src/rules/run.js';
import { langContradictsText } from '../../src/rules/content/lang-contradicts-text.js';
import { buildLandingPagesStep } from '../../src/report/steps/landing-pages.js';
import { buildKeywordsStep } from '../../src/report/steps/keywords.js';
import type { SiteSnapshot } from '../../src/site/types.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { makeSnapshot } from '../support/make-snapshot.js';

const SITES = join(import.meta.dirname, '../../fixtures/test-sites');
const kw = (keyword: string, priority: 1 | 2 | 3 = 1, category: string | null = null): TargetKeyword => ({ keyword, priority, volume: null, category, source: 't' });

async function crawlFixture(name: string): Promise<{ server: StaticServer; snap: SiteSnapshot }> {
  const server = await serveDirectory(join(SITES, name));
  const snap = await crawlSite({ startUrl: server.url, concurrency: 2 });
  return { server, snap };
}

const noteTexts = (step: { notes: (string | { text: string })[] }) => step.notes.map((n) => (typeof n === 'string' ? n : n.text));

describe('a French blog whose theme declares lang="en-US"', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    ({ server, snap } = await crawlFixture('french-blog-lang-en'));
  });
  afterAll(() => server.close());

  it('reads every post as French from its text, and says the declared language contradicts it', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [kw('réemploi des matériaux')], markets: [] });
    const post = rel.readings.get(url('/reemploi-materiaux/'));
    expect(post).toMatchObject({ lang: 'fr', declared: 'en', detected: 'fr', contradicts: true });
    // The four posts and the home page are French; the English "you are being redirected" stub is
    // a page of its own while it answers 200 (a meta-refresh stub stops being a candidate once the
    // crawl records it as a redirect, through the shared indexability predicate).
    expect(rel.languages[0]).toEqual({ lang: 'fr', pages: 4, neutral: false });
    // The rule gives the same pages from the audit's readings and from its own reading of each page.
    const fast = runRules({ snapshot: snap, bots: [], languages: rel.readings }, [langContradictsText]);
    const slow = runRules({ snapshot: snap, bots: [] }, [langContradictsText]);
    expect(fast[0]?.ruleId).toBe('lang-contradicts-text');
    expect(fast[0]?.evidence.map((e) => e.url).sort()).toEqual(slow[0]?.evidence.map((e) => e.url).sort());
    expect(fast[0]?.evidence.map((e) => e.url)).toContain(url('/reemploi-materiaux/'));
    expect(fast[0]?.evidence[0]?.detail).toMatch(/lang="en-us", text reads as fr/);
  });

  it('finds "réemploi des matériaux" on its post, not "a keyword the site never says"', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [kw('réemploi des matériaux')], markets: [{ id: 'fr-FR', country: 'FR', language: 'fr' }] });
    const k = rel.keywords[0]!;
    expect(k.notOnSite).toBe(false);
    expect(k.best?.url).toBe(url('/reemploi-materiaux/'));
    expect(k.best?.fields).toEqual(expect.arrayContaining(['title', 'h1', 'url', 'body']));
    expect(relevanceFindings(rel).map((f) => f.ruleId)).not.toContain('keyword-not-on-site');
  });

  it('drops French stop words from the site terms without --market, and shows words as written', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [], markets: [] });
    const terms = rel.siteTerms.map((t) => t.term);
    for (const stop of ['de', 'la', 'les', 'et', 'des', 'are', 'you', 'being']) expect(terms).not.toContain(stop);
    expect(terms).toEqual(expect.arrayContaining(['réemploi', 'matériaux']));
    expect(rel.sitePhrases.map((p) => p.term)).toContain('diagnostic ressources');
  });

  it('names a bad keyword in one line and scores the others', () => {
    const long = 'un deux trois quatre cinq six sept huit neuf dix onze mots';
    const rel = analyzeRelevance({ snapshot: snap, keywords: [kw(''), kw('de la les'), kw(long), kw('chantier propre')], markets: [] });
    expect(rel.rejected).toEqual([
      { keyword: '', reason: 'empty keyword' },
      { keyword: 'de la les', reason: 'only stop words' },
      { keyword: long, reason: '12 words, more than 10: a sentence, not a search query' },
    ]);
    expect(rel.keywords.map((k) => k.keyword.keyword)).toEqual(['chantier propre']);
    expect(rel.keywords[0]?.best?.url).toBe(url('/chantier-propre/'));
    expect(noteTexts(buildKeywordsStep(rel, []))).toContain('Keyword "de la les" not scored: only stop words.');
  });

  it('calls a keyword absent when a word of it is nowhere, and lists the words found', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [kw('réemploi des tuiles')], markets: [] });
    const k = rel.keywords[0]!;
    expect(k.notOnSite).toBe(true);
    expect(k.gap).toBe(true);
    expect(k.best?.absent).toBe(true);
    expect(k.best?.matched).toEqual(['réemploi']);
    const finding = relevanceFindings(rel).find((f) => f.ruleId === 'keyword-not-on-site');
    expect(finding?.evidence[0]?.detail).toBe('"réemploi des tuiles": absent; the closest page holds only "réemploi"');
    expect(rel.score).toBe(0);
  });
});

describe('ties at a clamped ceiling (the demo\'s "riad marrakech")', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    ({ server, snap } = await crawlFixture('keyword-ties'));
  });
  afterAll(() => server.close());

  it('lands "riad marrakech" on the riad page, on a score below 100, with no rival', () => {
    const rel = analyzeRelevance({
      snapshot: snap,
      keywords: [kw('riad marrakech', 1, 'riads')],
      markets: [{ id: 'fr-MA', country: 'MA', language: 'fr' }],
      observations: [{ keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', position: 3, url: url('/riads/riad-marrakech-medina/'), date: null, volume: null, source: 't' }],
    });
    const k = rel.keywords[0]!;
    expect(k.best?.url).toBe(url('/riads/riad-marrakech-medina/'));
    expect(k.best!.score).toBeLessThan(100);
    const blog = k.runnersUp.find((r) => r.url === url('/blog/hammam-marrakech/'))!;
    // A page about the keyword against a page that mentions it: clearly apart, not tied.
    expect(blog.score).toBeLessThan(k.best!.score * 0.85);
    expect(k.cannibals).toEqual([]);
    expect(k.mismatch).toBeNull();
    expect(buildLandingPagesStep(rel).tables[0]?.rows[0]?.[4]).toBe('one strong page');
  });
});

describe('pages in a language refaudit cannot stem', () => {
  it('scores them with the language-neutral analyzer and says so', () => {
    const text = 'Nasze biuro podróży organizuje wycieczki po Maroku: pustynia, góry Atlas i stare miasta. Zapraszamy do kontaktu z naszymi przewodnikami w Marrakeszu.';
    const snap = makeSnapshot([
      { url: 'https://ex.test/', html: { title: 'Wycieczki po Maroku', text, lang: 'pl' } },
      { url: 'https://ex.test/pustynia', html: { title: 'Pustynia Sahara', headings: [{ level: 1, text: 'Pustynia' }], text: `pustynia ${text}`, lang: 'pl' } },
    ]);
    const rel = analyzeRelevance({ snapshot: snap, keywords: [kw('pustynia')], markets: [] });
    expect(rel.languages).toEqual([{ lang: 'pl', pages: 2, neutral: true }]);
    expect(rel.keywords[0]?.best?.url).toBe('https://ex.test/pustynia');
    expect(noteTexts(buildKeywordsStep(rel, [])).join('\n')).toMatch(/2 page\(s\) in "pl", a language refaudit has no stemmer for: scored with the language-neutral analyzer/);
  });
});
