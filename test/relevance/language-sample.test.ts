/**
 * A page's language is read from its own text, not its theme's: on bpetit-blog (2026-11-30) every
 * French post opens on the same English sidebar that repeats the English meta description, and
 * refaudit read all of them as English, reporting a contradiction on each
 * (fixtures/test-sites/french-posts-english-sidebar).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { analyzeRelevance } from '../../src/analyze/relevance/relevance.js';
import { languageSample } from '../../src/analyze/relevance/fields.js';
import { runRules } from '../../src/rules/run.js';
import { langContradictsText } from '../../src/rules/content/lang-contradicts-text.js';
import type { SiteSnapshot } from '../../src/site/types.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/french-posts-english-sidebar');

describe('French posts behind an English sidebar', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    server = await serveDirectory(SITE);
    snap = await crawlSite({ startUrl: server.url, concurrency: 2 });
  });
  afterAll(() => server.close());

  it('reads the French posts as French and the English post as English, with no contradiction', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [{ keyword: 'quitter son emploi', priority: 1, volume: null, category: null, source: 't' }], markets: [] });
    for (const path of ['/fr/pourquoi-quitter-mon-job/', '/fr/grafana-grafonnet/']) expect(rel.readings.get(url(path))).toMatchObject({ lang: 'fr', declared: 'fr', contradicts: false });
    expect(rel.readings.get(url('/sre-and-climate/'))).toMatchObject({ lang: 'en', declared: 'en', contradicts: false });
    // The French keyword lands on the French post (it was scored against pages read as English).
    expect(rel.keywords[0]?.best?.url).toBe(url('/fr/pourquoi-quitter-mon-job/'));
    const finding = runRules({ snapshot: snap, bots: [], languages: rel.readings }, [langContradictsText])[0];
    expect(finding?.evidence.map((e) => e.url) ?? []).not.toContain(url('/fr/pourquoi-quitter-mon-job/'));
  });

  it('samples the title and the middle of the body, the description only when there is no body', () => {
    const body = ['sidebar', 'words', ...Array.from({ length: 60 }, (_, i) => `w${i}`), 'footer'];
    const s = languageSample('Titre', 'A description', body);
    expect(s.startsWith('Titre w')).toBe(true);
    expect(s).not.toContain('description');
    expect(s).not.toContain('sidebar');
    expect(languageSample('Titre', 'Une description', [])).toBe('Titre Une description');
  });
});

/**
 * clickhouse-docs' /docs/ru/whats_new/changelog/ (2026-11-30): lang=ru, English release notes behind
 * a Russian menu longer than the 1,000 tokens a page keeps (fixtures/test-sites/long-menu-lang).
 */
describe('a long menu before the text', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;
  const url = (path: string) => new URL(path, server.url).href;

  beforeAll(async () => {
    server = await serveDirectory(join(import.meta.dirname, '../../fixtures/test-sites/long-menu-lang'));
    snap = await crawlSite({ startUrl: server.url, concurrency: 2 });
  });
  afterAll(() => server.close());

  it('reads the page past its menu: English under lang=ru, a contradiction; the Russian home page stays Russian', () => {
    const rel = analyzeRelevance({ snapshot: snap, keywords: [{ keyword: 'release notes', priority: 1, volume: null, category: null, source: 't' }], markets: [] });
    expect(snap.pages.find((p) => p.url === url('/changelog/'))!.html!.wordCount).toBeGreaterThan(1000);
    expect(rel.readings.get(url('/changelog/'))).toMatchObject({ lang: 'en', declared: 'ru', contradicts: true });
    expect(rel.readings.get(url('/'))).toMatchObject({ lang: 'ru', declared: 'ru', contradicts: false });
    const finding = runRules({ snapshot: snap, bots: [], languages: rel.readings }, [langContradictsText])[0];
    expect(finding?.evidence.map((e) => e.url)).toEqual([url('/changelog/')]);
  });

  it('samples the end of the kept tokens when the page has more words than they hold', () => {
    const body = [...Array.from({ length: 900 }, () => 'меню'), ...Array.from({ length: 100 }, (_, i) => `en${i}`)];
    expect(languageSample('Titre', null, body, 5000)).toBe(`Titre ${Array.from({ length: 30 }, (_, i) => `en${70 + i}`).join(' ')}`.slice(0, 200));
    expect(languageSample('Titre', null, body, body.length)).toContain('меню');
  });
});
