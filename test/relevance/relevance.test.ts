import { describe, expect, it } from 'vitest';
import { analyzerFor } from '../../src/text/analyzer.js';
import { readLanguage } from '../../src/text/language.js';
import { tokenize } from '../../src/text/normalize.js';
import { analyzeRelevance, RelevanceCollector } from '../../src/analyze/relevance/relevance.js';
import { buildIndex, idf, loadWeights, scoreDoc } from '../../src/analyze/relevance/bm25f.js';
import { collectDocs } from '../../src/analyze/relevance/docs.js';
import { relevanceFeed } from '../../src/analyze/relevance/thread.js';
import { parseQueriesCsv } from '../../src/analyze/relevance/import-queries.js';
import type { TargetKeyword } from '../../src/analyze/types.js';
import { makeSnapshot } from '../support/make-snapshot.js';
import { threadUsage } from '../../src/util/thread-usage.js';
import { assertDistFresh } from '../support/threads.js';

const kw = (keyword: string, priority: 1 | 2 | 3 = 1): TargetKeyword => ({ keyword, priority, volume: null, category: null, source: 't' });
const FR = [{ id: 'fr-MA', country: 'MA', language: 'fr' }];

describe('text pipeline', () => {
  it('makes accent and plural variants meet in French', () => {
    const fr = analyzerFor('fr');
    expect(fr.terms(tokenize('Séjours'))).toEqual(fr.terms(tokenize('sejour')));
    expect(fr.terms(tokenize("l'hôtel des séjours"))).toEqual(['hotel', 'sejour']);
  });

  it('drops the words refaudit adds to the stop-word lists, and keeps those with a meaning', () => {
    const fr = analyzerFor('fr');
    expect(fr.terms(tokenize('Chaque circuit, tous les jours, très beau, sept nuits'))).toEqual(fr.terms(tokenize('circuit jours beau nuits')));
    expect(fr.isStop('neuf')).toBe(false);
  });

  it('drops English stop words and stems', () => {
    expect(analyzerFor('en').terms(tokenize('The desert tours of Morocco'))).toEqual(['desert', 'tour', 'morocco']);
  });

  it('tells French from English by the text (franc), the declared language a hint', () => {
    const fr = 'Le circuit dans le désert avec des guides et une nuit sous les étoiles, au départ de Marrakech. Nous adaptons le rythme à votre niveau.';
    const en = 'The tour of the desert with a guide and a night under the stars, leaving from Marrakech. We adapt the pace to your level.';
    expect(readLanguage(fr, null, null)).toMatchObject({ lang: 'fr', detected: 'fr', contradicts: false });
    expect(readLanguage(en, null, null)).toMatchObject({ lang: 'en', detected: 'en', contradicts: false });
    // A theme's default lang="en-US" on a French text: the text wins, and it is a contradiction.
    expect(readLanguage(fr, 'en-US', null)).toMatchObject({ lang: 'fr', declared: 'en', contradicts: true });
    // Too little text to overrule the declared language.
    expect(readLanguage('riad marrakech', 'fr', null)).toMatchObject({ lang: 'fr', detected: null, contradicts: false });
  });
});

describe('BM25F', () => {
  const snap = makeSnapshot([
    { url: 'https://ex.test/', html: { title: 'Accueil', headings: [{ level: 1, text: 'Agence' }], text: 'agence de voyage au maroc' } },
    { url: 'https://ex.test/riads/', html: { title: 'Riad Marrakech', headings: [{ level: 1, text: 'Riad à Marrakech' }], text: 'un riad dans la médina de marrakech avec patio' } },
    { url: 'https://ex.test/blog/', html: { title: 'Blog', headings: [{ level: 1, text: 'Blog' }], text: 'nous parlons parfois de riad' } },
  ]);

  it('computes the score of a one-term query by hand', () => {
    const weights = loadWeights();
    const docs = collectDocs(snap, 'fr', ['riad']);
    const index = buildIndex(docs, weights);
    const blog = docs.findIndex((d) => d.page.url.endsWith('/blog/'));
    // "riad" is on 2 of 3 pages: idf = ln(1 + (3 − 2 + 0.5) / (2 + 0.5)).
    const w = Math.log(1 + 1.5 / 2.5);
    expect(idf(2, 3)).toBeCloseTo(w, 12);
    // Blog: riad once in a body of 3 terms (parlons, parfois, riad); body length average over pages.
    const avgBody = docs.reduce((s, d) => s + d.len.body, 0) / 3;
    const tf = 1 / (1 - 0.75 + (0.75 * docs[blog]!.len.body) / avgBody);
    // Each field saturates on its own (weights "per-field"): the body's part is 1 · tf / (k1 + tf).
    const ceiling = w * 13.5; // every field saturated: Σ weights = 3 + 2.5 + 2 + 2 + 1.5 + 1.5 + 1
    const s = scoreDoc(index, blog, ['riad']);
    expect(s.score).toBeCloseTo((w * 1 * tf) / (1.2 + tf), 12);
    expect(s.normalised).toBeCloseTo((100 * s.score) / ceiling, 10);
    expect(s.fields).toEqual(['body']);
  });

  it('ranks the page with the keyword in title, H1, URL and body first, and explains why', () => {
    const r = analyzeRelevance({ snapshot: snap, keywords: [kw('riad marrakech')], markets: FR });
    expect(r.keywords[0]?.best?.url).toBe('https://ex.test/riads/');
    expect(r.keywords[0]?.best?.fields).toEqual(['title', 'h1', 'url', 'body']);
    expect(r.keywords[0]?.runnersUp.map((p) => p.url)).toEqual(['https://ex.test/blog/']);
    expect(r.keywords[0]?.gap).toBe(false);
  });

  it('finds gaps, keywords the site never says, cannibalisation and mismatches', () => {
    const twin = makeSnapshot([
      { url: 'https://ex.test/', html: { title: 'Accueil', text: 'agence' } },
      { url: 'https://ex.test/a', html: { title: 'Trek Toubkal', headings: [{ level: 1, text: 'Trek Toubkal' }], text: 'trek toubkal en deux jours' } },
      { url: 'https://ex.test/b', html: { title: 'Trek Toubkal', headings: [{ level: 1, text: 'Trek Toubkal' }], text: 'trek toubkal en deux jours' } },
    ]);
    const r = analyzeRelevance({
      snapshot: twin,
      keywords: [kw('trek toubkal'), kw('location voiture')],
      markets: FR,
      observations: [{ keyword: 'trek toubkal', engine: 'google', market: 'fr-MA', position: 4, url: 'https://ex.test/', date: null, volume: null, source: 't' }],
    });
    const [trek, car] = r.keywords;
    expect(trek?.cannibals.map((c) => c.url)).toEqual(['https://ex.test/b']);
    expect(trek?.mismatch).toEqual({ rankingUrl: 'https://ex.test/', rankingScore: 0, engine: 'google' });
    expect(car?.notOnSite).toBe(true);
    expect(car?.gap).toBe(true);
    // Priority-weighted mean: both priority 1, best scores trek (capped 100) and 0.
    expect(r.score).toBeCloseTo(((trek?.best?.score ?? 0) + 0) / 2, 6);
  });
});

describe('Search Console queries', () => {
  it('reads English and French exports with percent CTRs', () => {
    const en = parseQueriesCsv('Top queries,Clicks,Impressions,CTR,Position\n"riad, marrakech",3,120,2.5%,8.1\n', 'q.csv');
    expect(en.rows).toEqual([{ query: 'riad, marrakech', clicks: 3, impressions: 120, position: 8.1, source: 'q.csv' }]);
    const fr = parseQueriesCsv('\uFEFFRequêtes les plus fréquentes;Clics;Impressions;CTR;Position\ntrek;1;1 200;0,8 %;12,3\n;2;3;1%;4\ncircuit;x;1;1%;1\n', 'q.csv');
    expect(fr.rows.map((r) => [r.query, r.impressions, r.position])).toEqual([['trek', 1200, 12.3]]);
    expect(fr.problems.map((p) => p.line)).toEqual([3, 4]);
  });
});

describe('relevance counted during the crawl', () => {
  it('gives the same result whatever order the pages arrive in, on the main thread or its own', async () => {
    const words = ['riad', 'désert', 'circuit', 'dunes', 'médina', 'trek', 'atlas', 'oasis'];
    const pages = Array.from({ length: 40 }, (_, i) => ({
      url: `https://ex.test/p/${i}`,
      html: { title: `${words[i % 8]} ${words[(i * 3) % 8]}`, headings: [{ level: 1 as const, text: words[(i * 5) % 8]! }], text: Array.from({ length: 30 }, (_, k) => words[(i + k * k) % 8]).join(' ') },
    }));
    const snap = makeSnapshot([{ url: 'https://ex.test/', html: { text: 'accueil riad désert', internalLinks: pages.map((p, i) => ({ url: p.url, text: words[i % 8]! })) } }, ...pages]);
    const input = { snapshot: snap, keywords: [kw('riad désert'), kw('trek atlas', 2)], markets: FR, queries: [{ query: 'circuit dunes', impressions: 10, clicks: 1, position: 12, source: 'q' }] };
    const plain = analyzeRelevance(input);
    const collector = new RelevanceCollector(input);
    for (const p of [...snap.pages].reverse()) collector.add(p);
    expect(analyzeRelevance({ ...input, collector })).toEqual(plain);
    expect(plain.siteTerms.length).toBeGreaterThan(5);
    expect(plain.sitePhrases.length).toBeGreaterThan(5);
    // The same work on a thread of its own, pages fed in yet another order.
    assertDistFresh();
    const before = threadUsage().countedOnThread;
    const feed = relevanceFeed(input);
    for (const p of [...snap.pages.slice(20), ...snap.pages.slice(0, 20)]) feed.add(p);
    expect(analyzeRelevance({ ...input, collector: await feed.finish() })).toEqual(plain);
    // Counted there, not on this thread's fallback: every page came back from the thread.
    expect(threadUsage().countedOnThread - before).toBe(snap.pages.length);
  });
});

describe('anchors counted on both threads after the crawl', () => {
  it('gives the documents counted on one thread, with links to redirected URLs', async () => {
    const words = ['riad', 'désert', 'circuit', 'dunes', 'médina', 'trek', 'atlas', 'oasis', 'séjour', 'patio'];
    const url = (i: number) => `https://ex.test/p/${i}`;
    // 400 pages: more chunks than the thread may have unanswered, so both threads count some.
    const pages = Array.from({ length: 400 }, (_, i) => ({
      url: url(i),
      html: {
        title: `${words[i % 10]} ${words[(i * 7) % 10]}`,
        text: Array.from({ length: 20 }, (_, k) => words[(i * 3 + k) % 10]).join(' '),
        // Every fifth link goes through a redirect; anchor texts mix keyword terms and others.
        internalLinks: Array.from({ length: 12 }, (_, k) => {
          const to = (i * 5 + k * 11) % 400;
          return { url: k % 5 === 0 ? `https://ex.test/old/${to}` : url(to), text: `${words[(i + k) % 10]} ${words[(i * k) % 10]} voyage` };
        }),
      },
    }));
    const redirects = Array.from({ length: 400 }, (_, i) => ({ url: `https://ex.test/old/${i}`, finalUrl: url(i), status: 301, html: null }));
    const snap = makeSnapshot([...pages, ...redirects]);
    const input = { snapshot: snap, keywords: [kw('riad désert'), kw('trek atlas', 2), kw('séjour patio', 3)], markets: FR };
    const docsOnOne = collectDocs(snap, 'fr', ['riad désert', 'trek atlas', 'séjour patio']);
    expect(docsOnOne.some((d) => (d.counts.get(analyzerFor('fr').stem('riad'))?.[6] ?? 0) > 0)).toBe(true);
    const feed = relevanceFeed(input);
    for (const p of snap.pages) feed.add(p);
    const parts = await feed.finish(snap);
    const docs = parts.docs.finish(snap);
    const view = (d: (typeof docs)[number]) => ({ url: d.page.url, len: d.len, counts: [...d.counts].map(([t, c]) => [t, [...c]]) });
    expect(docs.map(view)).toEqual(docsOnOne.map(view));
    expect(analyzeRelevance({ ...input, collector: parts })).toEqual(analyzeRelevance(input));
  });
});

describe('relevance thread pacing', () => {
  it('holds the feeder back when the thread is behind, and loses no page', async () => {
    const pages = Array.from({ length: 1500 }, (_, i) => ({ url: `https://ex.test/p/${i}`, html: { title: `Riad ${i % 7}`, text: `riad marrakech médina ${'patio '.repeat(i % 5)} séjour ${i % 11}` } }));
    const snap = makeSnapshot(pages);
    const input = { snapshot: snap, keywords: [kw('riad marrakech')], markets: FR };
    const feed = relevanceFeed(input);
    let held = 0;
    for (const p of snap.pages) {
      const wait = feed.add(p);
      if (wait) {
        held += 1;
        await wait;
      }
    }
    expect(held).toBeGreaterThan(0);
    expect(analyzeRelevance({ ...input, collector: await feed.finish() })).toEqual(analyzeRelevance(input));
  });
});
