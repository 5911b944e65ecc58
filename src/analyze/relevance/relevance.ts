/**
 * Relevance (pertinence): for each target keyword, which page is strongest and why, and the
 * problems a consultant looks for — cannibalisation, gaps, a ranking page that is not the best
 * landing page — plus what the site is about, visitors' queries, and competitors on the same words.
 *
 * Overall score = priority-weighted mean of each keyword's best normalised score
 * (priority 1 counts 3, priority 2 counts 2, priority 3 counts 1).
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { tokenize } from '../../text/normalize.js';
import type { Market, RankObservation, TargetKeyword } from '../types.js';
import { buildIndex, loadWeights, rankDocs, type DocScore, type RelevanceWeights } from './bm25f.js';
import { collectDocs, DocCollector, type Doc } from './docs.js';
import type { Field } from './fields.js';
import type { QueryRow } from './import-queries.js';
import { SiteTermsAccumulator, type SiteTerm, type SiteTermsByLanguage } from './site-terms.js';

export interface PageScore {
  url: string;
  score: number;
  fields: Field[];
}

export interface KeywordRelevance {
  keyword: TargetKeyword;
  best: PageScore | null;
  runnersUp: PageScore[];
  /** Pages within the cannibalisation ratio of the best, both above the gap threshold. */
  cannibals: PageScore[];
  gap: boolean;
  /** No candidate page holds all the keyword's terms in any field. */
  notOnSite: boolean;
  /** The URL that ranks per imported observations, when it is not the best page. */
  mismatch: { rankingUrl: string; rankingScore: number; engine: string } | null;
}

export interface QueryWithoutPage {
  query: string;
  impressions: number | null;
  bestScore: number;
  bestUrl: string | null;
}

export interface CompetitorRelevance {
  url: string;
  pages: number;
  /** keyword → best normalised score on that site. */
  best: Record<string, number>;
}

export interface RelevanceResult {
  keywords: KeywordRelevance[];
  score: number | null;
  siteTerms: SiteTerm[];
  sitePhrases: SiteTerm[];
  /** Strong site terms (top 10) that no target keyword contains. */
  untargetedTerms: SiteTerm[];
  queriesWithoutPage: QueryWithoutPage[];
  competitors: CompetitorRelevance[];
  weights: RelevanceWeights;
  candidatePages: number;
}

const PRIORITY_WEIGHT = { 1: 3, 2: 2, 3: 1 } as const;

/**
 * The page-by-page part of relevance (each page's counts, the site's term sums), fed during the
 * crawl by the audit so it overlaps the fetching; analyzeRelevance finishes it.
 */
export interface RelevanceParts {
  readonly siteTerms: SiteTermsByLanguage;
  readonly docs: DocCollector;
}

/** The language keywords are read in (the first market that names one), and the texts counted. */
export function relevanceInputs(input: { keywords: TargetKeyword[]; markets: Market[]; queries?: QueryRow[] }): { marketLang: string | null; texts: string[] } {
  return {
    marketLang: input.markets.find((m) => m.language)?.language ?? null,
    texts: [...input.keywords.map((k) => k.keyword), ...(input.queries ?? []).map((q) => q.query)],
  };
}

export class RelevanceCollector implements RelevanceParts {
  readonly siteTerms = new SiteTermsAccumulator();
  readonly docs: DocCollector;

  constructor(input: { keywords: TargetKeyword[]; markets: Market[]; queries?: QueryRow[] }) {
    const { marketLang, texts } = relevanceInputs(input);
    this.docs = new DocCollector(marketLang, texts, (f) => this.siteTerms.add(f));
  }

  add(page: PageRecord): void {
    this.docs.add(page);
  }
}

function termsFor(doc: Doc, text: string): string[] {
  return doc.analyzer.terms(tokenize(text));
}

/**
 * Keywords are in the markets' language: they are scored against the pages in that language
 * (the market's, else the site's most common), not against translated alternates, whose other
 * stemmer and IDF would make scores incomparable.
 */
function inLanguage(docs: Doc[], marketLang: string | null): Doc[] {
  const counts = new Map<string, number>();
  for (const d of docs) counts.set(d.lang, (counts.get(d.lang) ?? 0) + 1);
  const main = marketLang && counts.has(marketLang) ? marketLang : [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const same = docs.filter((d) => d.lang === main);
  return same.length ? same : docs;
}

const toPageScore = (s: DocScore): PageScore => ({ url: s.doc.page.finalUrl, score: Math.round(s.normalised * 10) / 10, fields: s.fields });

function bestScores(docs: Doc[], keywords: string[], weights: RelevanceWeights): Record<string, number> {
  const index = buildIndex(docs, weights);
  const out: Record<string, number> = {};
  for (const k of keywords) out[k] = Math.round((rankDocs(index, (d) => termsFor(d, k))[0]?.normalised ?? 0) * 10) / 10;
  return out;
}

export function analyzeRelevance(input: {
  snapshot: SiteSnapshot;
  keywords: TargetKeyword[];
  markets: Market[];
  observations?: RankObservation[];
  queries?: QueryRow[];
  competitors?: { url: string; snapshot: SiteSnapshot }[];
  weights?: RelevanceWeights;
  /** Pages already counted during the crawl, with the same keywords, markets and queries. */
  collector?: RelevanceParts;
}): RelevanceResult {
  const weights = input.weights ?? loadWeights();
  const { marketLang } = relevanceInputs(input);
  const queries = input.queries ?? [];
  const collector = input.collector ?? new RelevanceCollector(input);
  const siteTermSums = collector.siteTerms;
  const docs = inLanguage(collector.docs.finish(input.snapshot), marketLang);
  const index = buildIndex(docs, weights);

  // The first ranked observation with a URL per keyword, in one pass: a find() per keyword cost
  // keywords × rows (13 × 200,000 with a big rankings export).
  const rankingByKeyword = new Map<string, RankObservation>();
  for (const o of input.observations ?? []) {
    if (!o.url || o.position === null) continue;
    const k = o.keyword.toLowerCase();
    if (!rankingByKeyword.has(k)) rankingByKeyword.set(k, o);
  }
  const keywords: KeywordRelevance[] = input.keywords.map((kw) => {
    const ranked = rankDocs(index, (d) => termsFor(d, kw.keyword));
    const best = ranked[0] ? toPageScore(ranked[0]) : null;
    const strong = ranked.filter((s) => s.normalised >= weights.gapThreshold);
    const cannibals =
      best && best.score >= weights.gapThreshold
        ? strong.slice(1).filter((s) => s.normalised >= best.score * weights.cannibalisationRatio).map(toPageScore)
        : [];
    const notOnSite = !ranked.some((r) => r.queryTerms > 0 && r.matchedTerms === r.queryTerms);
    let mismatch: KeywordRelevance['mismatch'] = null;
    const ranking = rankingByKeyword.get(kw.keyword.toLowerCase());
    if (ranking?.url && best && ranking.url !== best.url) {
      const doc = docs.find((d) => d.page.finalUrl === ranking.url || d.page.url === ranking.url);
      const rs = doc ? ranked.find((r) => r.doc === doc) : undefined;
      if (!doc || doc.page.finalUrl !== best.url) mismatch = { rankingUrl: ranking.url, rankingScore: rs ? Math.round(rs.normalised * 10) / 10 : 0, engine: ranking.engine };
    }
    return { keyword: kw, best, runnersUp: ranked.slice(1, 4).map(toPageScore), cannibals, gap: !best || best.score < weights.gapThreshold, notOnSite, mismatch };
  });

  let wsum = 0;
  let ssum = 0;
  for (const k of keywords) {
    const w = PRIORITY_WEIGHT[k.keyword.priority];
    wsum += w;
    ssum += w * (k.best?.score ?? 0);
  }

  const { terms, phrases } = siteTermSums.result(docs[0]?.lang ?? null);
  const keywordStems = new Set(docs.length ? input.keywords.flatMap((k) => termsFor(docs[0]!, k.keyword)) : []);
  const untargeted = terms.filter((t) => !keywordStems.has(t.stems)).slice(0, 10);

  const queriesWithoutPage: QueryWithoutPage[] = queries
    .filter((q) => (q.impressions ?? 0) > 0)
    .map((q) => {
      const top = rankDocs(index, (d) => termsFor(d, q.query))[0];
      return { query: q.query, impressions: q.impressions, bestScore: top ? Math.round(top.normalised * 10) / 10 : 0, bestUrl: top?.doc.page.finalUrl ?? null };
    })
    .filter((q) => q.bestScore < weights.gapThreshold)
    .sort((a, b) => (b.impressions ?? 0) - (a.impressions ?? 0));

  const competitors: CompetitorRelevance[] = (input.competitors ?? []).map((c) => {
    const keywordTexts = input.keywords.map((k) => k.keyword);
    const cdocs = inLanguage(collectDocs(c.snapshot, marketLang, keywordTexts), marketLang);
    return { url: c.url, pages: cdocs.length, best: bestScores(cdocs, keywordTexts, weights) };
  });

  return {
    keywords,
    score: keywords.length ? ssum / wsum : null,
    siteTerms: terms,
    sitePhrases: phrases,
    untargetedTerms: untargeted,
    queriesWithoutPage,
    competitors,
    weights,
    candidatePages: docs.length,
  };
}
