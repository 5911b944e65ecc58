/**
 * Relevance (pertinence): for each target keyword, which page is strongest and why, and the
 * problems a consultant looks for — cannibalisation, gaps, a ranking page that is not the best
 * landing page — plus what the site is about, visitors' queries, and competitors on the same words.
 *
 * Overall score = priority-weighted mean of each keyword's best normalised score
 * (priority 1 counts 3, priority 2 counts 2, priority 3 counts 1).
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { scanTokens, tokenize } from '../../text/normalize.js';
import type { Market, RankObservation, TargetKeyword } from '../types.js';
import { hasStemmer, analyzerFor } from '../../text/analyzer.js';
import type { LanguageReading } from '../../text/language.js';
import { buildIndex, loadWeights, rankDocs, type Bm25Index, type DocScore, type RankOptions, type RelevanceWeights } from './bm25f.js';
import { collectDocs, DocCollector, type Doc } from './docs.js';
import type { Field } from './fields.js';
import type { QueryRow } from './import-queries.js';
import { asWritten, foldedWords, writtenForms } from './written-forms.js';
import { SiteTermsAccumulator, type SiteTerm, type SiteTermsByLanguage, type WordCounts } from './site-terms.js';

export interface PageScore {
  url: string;
  /** 0–100: 100 · BM25F score ÷ the score no page reaches (see bm25f.ts), one decimal. */
  score: number;
  fields: Field[];
  /** The keyword's words the page holds, as the keyword writes them. */
  matched: string[];
  /** The page lacks a significant word of the keyword: it is not about it, whatever its score. */
  absent: boolean;
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
  /** The URL that ranks per imported observations, when it is clearly weaker than the best page. */
  mismatch: { rankingUrl: string; rankingScore: number; engine: string } | null;
  /** The language the keyword was read in, and the pages it was scored against. */
  lang: string;
}

/** A target keyword that could not be scored, and why (one line in the report). */
export interface RejectedKeyword {
  keyword: string;
  reason: string;
}

/** The pages read in one language, and whether refaudit could stem it. */
export interface LanguageCount {
  lang: string;
  pages: number;
  /** No stop words nor stemmer for this language: the language-neutral analyzer scored it. */
  neutral: boolean;
}

/** A page whose declared `<html lang>` its text contradicts. */
export interface LanguageContradiction {
  url: string;
  declared: string;
  detected: string;
  confidence: number;
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
  /** Visitors' queries left unscored once the scoring budget (pages looked at) was spent: those with the fewest impressions. */
  queriesNotScored: { count: number; budget: number };
  competitors: CompetitorRelevance[];
  weights: RelevanceWeights;
  candidatePages: number;
  /** Keywords not scored (empty, only stop words, too long). */
  rejected: RejectedKeyword[];
  /** Candidate pages per language read from their text, most first. */
  languages: LanguageCount[];
  /** The language the site terms are shown for. */
  mainLanguage: string | null;
  contradictions: LanguageContradiction[];
  /** Every candidate page's language reading, by final URL (rule lang-contradicts-text). */
  readings: ReadonlyMap<string, LanguageReading>;
}

/** Longer than this, a "keyword" is a sentence: no engine query looks like it. */
export const MAX_KEYWORD_WORDS = 10;

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
  readonly siteTerms: SiteTermsAccumulator;
  readonly docs: DocCollector;

  constructor(input: { keywords: TargetKeyword[]; markets: Market[]; queries?: QueryRow[] }) {
    const { marketLang, texts } = relevanceInputs(input);
    this.siteTerms = new SiteTermsAccumulator(texts.flatMap((t) => tokenize(t)));
    this.docs = new DocCollector(marketLang, texts, (f) => this.siteTerms.add(f));
  }

  add(page: PageRecord): void {
    this.docs.add(page);
  }
}

function termsFor(doc: Doc, text: string): string[] {
  return doc.analyzer.terms(tokensOf(text));
}

/**
 * tokenize(text), the last text's tokens kept: scoring a visitor's query asks for them four times
 * (its problem, its language, its terms in each language), 200,000 queries in a big export. The
 * array is shared: callers only read it.
 */
let lastTokens: { text: string; tokens: readonly string[] } = { text: '', tokens: [] };
function tokensOf(text: string): string[] {
  if (lastTokens.text !== text) lastTokens = { text, tokens: tokenize(text) };
  return lastTokens.tokens as string[];
}

/** Candidate pages grouped by the language they were read in, each group with its own index. */
export interface LanguageGroup {
  lang: string;
  docs: Doc[];
  index: Bm25Index;
}

export function groupByLanguage(docs: Doc[], weights: RelevanceWeights): LanguageGroup[] {
  const by = new Map<string, Doc[]>();
  for (const d of docs) {
    const list = by.get(d.lang);
    if (list) list.push(d);
    else by.set(d.lang, [d]);
  }
  return [...by].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)).map(([lang, list]) => ({ lang, docs: list, index: buildIndex(list, weights) }));
}

/** The market's language when the site has pages in it, else the language most pages are in. */
export function mainLanguage(groups: LanguageGroup[], marketLang: string | null): string | null {
  return groups.find((g) => g.lang === marketLang)?.lang ?? groups[0]?.lang ?? null;
}

/**
 * The keyword's language is the one the site writes its words in. A word that only one language
 * group's pages hold, a stop word of one group's language alone ("les", "the") that its pages use,
 * or a word written with an accent whose uses are nearly all that group's ("système"), votes for
 * that group; a word both halves of a bilingual site use ("FMT", "Marrakech", "install") says nothing:
 * word rates would be swayed by what else each half holds (an API reference, a blog). Most votes
 * wins; none, or a tie, goes to the main language (the market's, else the site's most common), which
 * keywordGroup may still overrule on the scores. A
 * detector cannot tell the language of two or three words ("target audience" reads as French to
 * franc); the site's own pages can. Raw scores are never compared across groups (each has its own
 * stemmer and IDF); keywordGroup compares their 0–100 figures, each a share of its group's ceiling.
 */
export function keywordLanguage(groups: LanguageGroup[], main: string | null, text: string, vocab?: (lang: string) => WordCounts | null): LanguageGroup | null {
  return keywordLanguages(groups, main, text, vocab)[0] ?? null;
}

/**
 * Of the uses of an accented word or a stop word the site's pages make, the share one language group
 * must hold for the word to vote for it: all but a few stray uses (a page of the other half misread,
 * a quotation, an acronym).
 * "système" on clickhouse-docs: 278 uses on French pages, 6 on French pages read as English; the
 * English stemmer reads it as "system", so without its vote "tables système" went to English pages.
 */
const ONE_LANGUAGE_SHARE = 0.9;

/** The keyword's folded words that it writes with a diacritic ("systeme" for "système"). */
function accentedWords(text: string): Set<string> {
  const written = new Set<string>();
  scanTokens(text, Infinity, written);
  return new Set([...written].filter((w) => /\p{M}/u.test(w.normalize('NFD'))).flatMap((w) => tokenize(w)));
}

/** The groups a keyword may be read in: the one its words vote for, else every group, the main first (a tie). */
function keywordLanguages(groups: LanguageGroup[], main: string | null, text: string, vocab?: (lang: string) => WordCounts | null): LanguageGroup[] {
  const mainGroup = groups.find((g) => g.lang === main) ?? groups[0] ?? null;
  if (!mainGroup) return [];
  const tie = [mainGroup, ...groups.filter((g) => g !== mainGroup)];
  if (groups.length < 2 || !vocab) return [mainGroup];
  const counts = groups.map((g) => vocab(g.lang));
  const votes = new Array<number>(groups.length).fill(0);
  const only = (flags: boolean[]) => (flags.filter(Boolean).length === 1 ? flags.indexOf(true) : -1);
  const accented = accentedWords(text);
  for (const w of new Set(tokensOf(text))) {
    const uses = counts.map((c) => c?.counts[w] ?? 0);
    const total = uses.reduce((a, b) => a + b, 0);
    // The group holding nearly all the word's uses, if one does. A stop word votes for its language
    // only there: "os" is a Portuguese stop word, and clickhouse-docs' one page read as Portuguese (a
    // Persian page of URL examples) never says it, yet "build clickhouse on mac os x" went there; "ai"
    // is a French one, and ai-safety-atlas' English pages write "AI" as often as its French pages, yet
    // "ai safety atlas impact" went to /fr/impact even with --market en. So does an accented word.
    const major = total > 0 ? uses.findIndex((n) => n >= total * ONE_LANGUAGE_SHARE) : -1;
    const lang = groups[major]?.lang ?? null;
    const stopIn = lang !== null && w.length > 1 && hasStemmer(lang) && analyzerFor(lang).isStop(w) ? major : -1;
    const heldIn = only(uses.map((n) => n > 0));
    const mostly = accented.has(w) ? major : -1;
    const to = stopIn >= 0 ? stopIn : heldIn >= 0 ? heldIn : mostly;
    if (to >= 0) votes[to]! += 1;
  }
  const most = Math.max(...votes);
  const winners = groups.filter((_, i) => votes[i] === most);
  return most > 0 && winners.length === 1 ? [winners[0]!] : tie;
}

/**
 * How many times the main language's figure another language's best page must reach to take a
 * keyword whose language the words do not tell: twice, chosen on the tuning half (at 1× "install
 * fmt" went to fmtdocs' French pages, whose commands say "pip install"; bench/RESULTS.md).
 */
const OTHER_LANGUAGE_MARGIN = 2;

const holdsAll = (s: DocScore | undefined): s is DocScore => !!s && s.matchedTerms === s.queryTerms;

/**
 * The keyword's language group and its pages ranked best first (bm25f.ts byRelevance). When the
 * site's words do not tell the keyword's language (every word is used in several languages:
 * "ai safety atlas impact", "presolve postsolve"), it is read in the language whose best page
 * holding all its words has the highest 0–100 figure (a share of the most a page of that
 * language could score, so comparable across languages); the main language keeps it unless
 * another's figure is OTHER_LANGUAGE_MARGIN times its own.
 */
export function keywordGroup(
  groups: LanguageGroup[],
  main: string | null,
  text: string,
  vocab?: (lang: string) => WordCounts | null,
  rank: RankOptions = {},
): { group: LanguageGroup | null; ranked: DocScore[] } {
  let best: { group: LanguageGroup | null; ranked: DocScore[] } = { group: null, ranked: [] };
  for (const group of keywordLanguages(groups, main, text, vocab)) {
    const ranked = rankDocs(group.index, (d) => termsFor(d, text), rank);
    const top = ranked[0];
    const lead = best.ranked[0];
    if (!best.group || (holdsAll(top) && (!holdsAll(lead) || top.normalised > lead.normalised * OTHER_LANGUAGE_MARGIN))) best = { group, ranked };
  }
  return best;
}

/** Why a keyword cannot be scored, or null. */
export function keywordProblem(text: string, lang: string | null): string | null {
  const tokens = tokensOf(text);
  if (!tokens.length) return 'empty keyword';
  if (tokens.length > MAX_KEYWORD_WORDS) return `${tokens.length} words, more than ${MAX_KEYWORD_WORDS}: a sentence, not a search query`;
  const analyzer = analyzerFor(lang);
  if (!analyzer.terms(tokens).length) return 'only stop words';
  return null;
}

/** The keyword's words (as it writes them) whose terms are among `terms`. */
function wordsFor(doc: Doc, keyword: string, terms: readonly string[]): string[] {
  const words = keyword.split(/\s+/).filter(Boolean);
  return words.filter((w) => termsFor(doc, w).some((t) => terms.includes(t)));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function toPageScore(s: DocScore, keyword: string): PageScore {
  return { url: s.doc.page.finalUrl, score: round1(s.normalised), fields: s.fields, matched: wordsFor(s.doc, keyword, s.matched), absent: s.matchedTerms < s.queryTerms };
}

function bestScores(docs: Doc[], keywords: string[], weights: RelevanceWeights, marketLang: string | null): Record<string, number> {
  const groups = groupByLanguage(docs, weights);
  const main = mainLanguage(groups, marketLang);
  const out: Record<string, number> = {};
  for (const k of keywords) {
    const top = keywordGroup(groups, main, k).ranked[0];
    out[k] = top && top.matchedTerms === top.queryTerms ? round1(top.normalised) : 0;
  }
  return out;
}

/**
 * Pages looked at, in all, to find visitors' queries a best page: the most impressions first, and
 * the rest left unscored once it is spent (and said so). Each query reads only the postings of its
 * rarest term, but a site whose every page holds the words of 200,000 queries would otherwise cost
 * queries × pages.
 */
export const QUERY_SCORING_BUDGET = 20_000_000;

/**
 * The visitors' queries with impressions whose best page (holding all their words) is weaker than
 * `gap`, most impressions first. Queries written alike once tokenized are scored once.
 */
export function scoreQueries(
  queries: QueryRow[],
  gap: number,
  usable: (text: string) => boolean,
  best: (text: string, work: { pages: number }) => DocScore | null,
): { queriesWithoutPage: QueryWithoutPage[]; queriesNotScored: RelevanceResult['queriesNotScored'] } {
  const work = { pages: 0 };
  const keyed = queries.filter((q) => (q.impressions ?? 0) > 0).map((q) => ({ q, key: tokenize(q.query).join(' ') }));
  const byImpressions = [...keyed].sort((a, b) => (b.q.impressions ?? 0) - (a.q.impressions ?? 0));
  const found = new Map<string, { score: number; url: string | null } | null>();
  let notScored = 0;
  for (const { q, key } of byImpressions) {
    if (found.has(key)) continue;
    if (!usable(q.query)) {
      found.set(key, null);
      continue;
    }
    if (work.pages > QUERY_SCORING_BUDGET) {
      notScored += 1;
      continue;
    }
    const top = best(q.query, work);
    found.set(key, top ? { score: round1(top.normalised), url: top.doc.page.finalUrl } : { score: 0, url: null });
  }
  // Already in impressions order: the file's order, stably sorted, is what sorting the weak ones gave.
  const queriesWithoutPage: QueryWithoutPage[] = [];
  for (const { q, key } of byImpressions) {
    const f = found.get(key);
    if (f && f.score < gap) queriesWithoutPage.push({ query: q.query, impressions: q.impressions, bestScore: f.score, bestUrl: f.url });
  }
  return { queriesWithoutPage, queriesNotScored: { count: notScored, budget: QUERY_SCORING_BUDGET } };
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
  const allDocs = collector.docs.finish(input.snapshot);
  const groups = groupByLanguage(allDocs, weights);
  const main = mainLanguage(groups, marketLang);
  const vocab = (lang: string) => siteTermSums.wordCounts(lang);
  const rejected: RejectedKeyword[] = [];
  const scored = input.keywords.filter((kw) => {
    const reason = keywordProblem(kw.keyword, main ?? marketLang);
    if (reason) rejected.push({ keyword: kw.keyword, reason });
    return !reason;
  });

  // The first ranked observation with a URL per keyword, in one pass: a find() per keyword cost
  // keywords × rows (13 × 200,000 with a big rankings export).
  // Only the target keywords' rows are kept: an export's other 200,000 keywords need no entry.
  const targets = new Set(scored.map((kw) => kw.keyword.toLowerCase()));
  const rankingByKeyword = new Map<string, RankObservation>();
  for (const o of input.observations ?? []) {
    if (!o.url || o.position === null) continue;
    const k = o.keyword.toLowerCase();
    if (targets.has(k) && !rankingByKeyword.has(k)) rankingByKeyword.set(k, o);
  }
  const keywords: KeywordRelevance[] = scored.map((kw) => {
    const { group, ranked } = keywordGroup(groups, main, kw.keyword, vocab);
    const page = (s: DocScore) => toPageScore(s, kw.keyword);
    const top = ranked[0];
    const best = top ? page(top) : null;
    const notOnSite = !top || top.matchedTerms < top.queryTerms;
    const strong = notOnSite ? [] : ranked.filter((s) => s.matchedTerms === s.queryTerms && s.normalised >= weights.gapThreshold);
    // Compared on the unrounded scores: two pages are rivals when the second comes within the ratio of the first.
    const cannibals = strong.length ? strong.slice(1).filter((s) => s.score >= top!.score * weights.cannibalisationRatio).map(page) : [];
    let mismatch: KeywordRelevance['mismatch'] = null;
    const ranking = rankingByKeyword.get(kw.keyword.toLowerCase());
    if (ranking?.url && best && !notOnSite && ranking.url !== best.url) {
      const rs = ranked.find((r) => r.doc.page.finalUrl === ranking.url || r.doc.page.url === ranking.url);
      // Only a clearly weaker ranking page is a mismatch: one within the cannibalisation ratio is a rival (or the same page).
      const weaker = !rs || rs.matchedTerms < rs.queryTerms || rs.score < top!.score * weights.cannibalisationRatio;
      if (rs?.doc.page.finalUrl !== best.url && weaker) mismatch = { rankingUrl: ranking.url, rankingScore: rs ? round1(rs.normalised) : 0, engine: ranking.engine };
    }
    const gap = notOnSite || !best || best.score < weights.gapThreshold;
    return { keyword: kw, best, runnersUp: ranked.slice(1, 4).map(page), cannibals, gap, notOnSite, mismatch, lang: group?.lang ?? main ?? 'und' };
  });

  let wsum = 0;
  let ssum = 0;
  for (const k of keywords) {
    const w = PRIORITY_WEIGHT[k.keyword.priority];
    wsum += w;
    ssum += w * (k.notOnSite ? 0 : (k.best?.score ?? 0));
  }

  const { terms: foldedTerms, phrases: foldedPhrases } = siteTermSums.result(main);
  // Every word the report shows, as the site writes it (written-forms.ts).
  const shownWords = (k: KeywordRelevance) => [k.best, ...k.runnersUp, ...k.cannibals].flatMap((p) => p?.matched ?? []);
  const forms = writtenForms(input.snapshot, foldedWords([...foldedTerms, ...foldedPhrases].map((t) => t.term).concat(keywords.flatMap(shownWords))));
  const written = (t: SiteTerm): SiteTerm => ({ ...t, term: asWritten(t.term, forms, () => t.pages) });
  const terms = foldedTerms.map(written);
  const phrases = foldedPhrases.map(written);
  // A matched word's plain uses are known when it is one of the site's terms (its pages); else the
  // accented form is the only one the crawl kept and is shown.
  const termPages = new Map(foldedTerms.map((t) => [t.term, t.pages]));
  for (const k of keywords) for (const p of [k.best, ...k.runnersUp, ...k.cannibals]) if (p) p.matched = p.matched.map((w) => asWritten(w, forms, (f) => termPages.get(f) ?? 0));
  const mainDoc = groups.find((g) => g.lang === main)?.docs[0];
  const keywordStems = new Set(mainDoc ? scored.flatMap((k) => termsFor(mainDoc, k.keyword)) : []);
  const untargeted = terms.filter((t) => !keywordStems.has(t.stems)).slice(0, 10);

  const { queriesWithoutPage, queriesNotScored } = scoreQueries(queries, weights.gapThreshold, (text) => keywordProblem(text, main ?? marketLang) === null, (text, work) => {
    // The same language choice as the target keywords', each group's ranking held to pages with all the words.
    return keywordGroup(groups, main, text, vocab, { fullOnly: true, work }).ranked[0] ?? null;
  });

  const competitors: CompetitorRelevance[] = (input.competitors ?? []).map((c) => {
    const keywordTexts = scored.map((k) => k.keyword);
    const cdocs = collectDocs(c.snapshot, marketLang, keywordTexts);
    return { url: c.url, pages: cdocs.length, best: bestScores(cdocs, keywordTexts, weights, marketLang) };
  });

  const contradictions: LanguageContradiction[] = allDocs
    .filter((d) => d.reading.contradicts)
    .map((d) => ({ url: d.page.finalUrl, declared: d.reading.declared!, detected: d.reading.detected!, confidence: d.reading.confidence }));

  return {
    keywords,
    score: keywords.length ? ssum / wsum : null,
    siteTerms: terms,
    sitePhrases: phrases,
    untargetedTerms: untargeted,
    queriesWithoutPage,
    queriesNotScored,
    competitors,
    weights,
    candidatePages: allDocs.length,
    rejected,
    languages: groups.map((g) => ({ lang: g.lang, pages: g.docs.length, neutral: !hasStemmer(g.lang) })),
    mainLanguage: main,
    contradictions,
    readings: new Map(allDocs.map((d) => [d.page.finalUrl, d.reading])),
  };
}
