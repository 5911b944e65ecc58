/**
 * Words shown as the site writes them: a small French site whose accented words are in the body
 * only (fixtures/test-sites/french-body-accents). Every place the report shows a site term, a
 * phrase or a keyword's matched words must show "hôtes", never the folded "hotes" matching uses.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { analyzeRelevance } from '../../src/analyze/relevance/relevance.js';
import { relevanceFindings } from '../support/analysis-rules.js';
import { buildKeywordsStep } from '../../src/report/steps/keywords.js';
import { buildLandingPagesStep } from '../../src/report/steps/landing-pages.js';
import { foldText } from '../../src/text/normalize.js';
import type { SiteSnapshot } from '../../src/site/types.js';
import type { TargetKeyword } from '../../src/analyze/types.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/french-body-accents');
const kw = (keyword: string): TargetKeyword => ({ keyword, priority: 1, volume: null, category: null, source: 't' });
/**
 * The accented words the fixture's bodies write, and the folded forms that must never be shown
 * ("thé" is left out: its folded form is the English "the" of the report's own sentences).
 */
const WRITTEN = ['hôtes', 'départ', 'caractère', 'séjour', 'désert', 'apprécient', 'épices'];
const KEYWORDS = ['hotes depart', 'hotes piscine', 'caractere sejour'];
const FOLDED = new Set(WRITTEN.map(foldText));

/** Every folded form shown as a word in any of the texts. */
function foldedShown(texts: string[]): string[] {
  return texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => FOLDED.has(w));
}

describe('words only the body holds, with accents', () => {
  let server: StaticServer;
  let snap: SiteSnapshot;

  beforeAll(async () => {
    server = await serveDirectory(SITE);
    snap = await crawlSite({ startUrl: server.url, concurrency: 2 });
  });
  afterAll(() => server.close());

  it('are shown as written in site terms, phrases, matched words, findings and the landing-page step', () => {
    // "hotes depart" is matched (both words are on the site), "hotes piscine" is absent (no pool).
    const rel = analyzeRelevance({ snapshot: snap, keywords: KEYWORDS.map(kw), markets: [] });
    const terms = rel.siteTerms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['hôtes', 'départ', 'caractère', 'thé']));
    const shown: string[] = [...terms, ...rel.sitePhrases.map((p) => p.term), ...rel.untargetedTerms.map((t) => t.term)];
    for (const k of rel.keywords) for (const p of [k.best, ...k.runnersUp, ...k.cannibals]) if (p) shown.push(...p.matched);
    const absent = rel.keywords.find((k) => k.keyword.keyword === 'hotes piscine')!;
    expect(absent.notOnSite).toBe(true);
    expect(absent.best?.matched).toEqual(['hôtes']);
    // The rendered parts: step tables (cells other than the consultant's own keyword text), findings, notes.
    const cells = (step: { tables: { rows: unknown[][] }[] }) => step.tables.flatMap((t) => t.rows.flatMap((r) => r.slice(1).filter((c): c is string => typeof c === 'string')));
    const keywords = buildKeywordsStep(rel, []);
    shown.push(...cells(keywords), ...cells(buildLandingPagesStep(rel)));
    shown.push(...relevanceFindings(rel).flatMap((f) => f.evidence.map((e) => e.detail ?? '')));
    expect(cells(keywords).join(' ')).toContain('absent (only "hôtes"');
    // The consultant's keywords are quoted as they were typed; everything else is the site's words.
    expect(foldedShown(shown.map((t) => KEYWORDS.reduce((x, k) => x.replaceAll(`"${k}"`, ''), t)))).toEqual([]);
  });
});
