/**
 * BM25F (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009):
 * per-field term frequencies, each normalised by its field's length, weighted and summed before
 * the saturation k1, times the term's IDF over the site's candidate pages.
 *
 *   tf~(t,d) = Σ_f w_f · tf_f(t,d) / (1 − b_f + b_f · len_f(d) / avglen_f)
 *   score(q,d) = Σ_t∈q idf(t) · tf~ / (k1 + tf~)        idf(t) = ln(1 + (N − n_t + 0.5) / (n_t + 0.5))
 *   phrase bonus: × (1 + phraseBonus) when q's terms appear adjacent in the title, H1 or body
 *   normalised(q,d) = 100 · score / ceiling, where the ceiling is Σ idf(t) · (1 + phraseBonus): the
 *   score of a page whose every field repeats every term without end. No page reaches it, so the
 *   figure never saturates and pages are never tied at a ceiling; pages are ranked by the score
 *   itself, pages holding every term of the query before pages missing one.
 * Weights and parameters live in src/data/relevance-weights.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc } from './docs.js';
import type { Field } from './fields.js';
import { FIELDS } from './fields.js';

export interface RelevanceWeights {
  fields: Record<Field, { weight: number; b: number }>;
  k1: number;
  /**
   * 'per-field': each field's frequency saturates on its own, then fields add up by weight, so a
   * body that repeats a word fifty times never outweighs the title, H1 and URL that name it.
   * 'summed' (classic BM25F): weighted frequencies add up, then saturate once.
   */
  saturation?: 'per-field' | 'summed';
  phraseBonus: number;
  gapThreshold: number;
  cannibalisationRatio: number;
  competitorMargin: number;
  source: string;
  date: string;
}

const WEIGHTS_FILE = fileURLToPath(new URL('../../../src/data/relevance-weights.json', import.meta.url));

export function loadWeights(): RelevanceWeights {
  return JSON.parse(readFileSync(WEIGHTS_FILE, 'utf8')) as RelevanceWeights;
}

export interface Bm25Index {
  docs: Doc[];
  avgLen: Record<Field, number>;
  df: Map<string, number>;
  /** Wanted term → indexes of the documents holding it. */
  postings: Map<string, number[]>;
  weights: RelevanceWeights;
}

/**
 * Document frequencies and average field lengths over `docs`. Only the terms we will score
 * (keywords and queries) were counted (docs.ts), so each query touches only the pages that hold
 * one of its terms.
 */
export function buildIndex(docs: Doc[], weights: RelevanceWeights): Bm25Index {
  const avgLen = Object.fromEntries(FIELDS.map((f) => [f, docs.length ? docs.reduce((s, d) => s + d.len[f], 0) / docs.length : 0])) as Record<Field, number>;
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const t of d.counts.keys()) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const p = postings.get(t);
      if (p) p.push(i);
      else postings.set(t, [i]);
    }
  });
  return { docs, avgLen, df, postings, weights };
}

export const idf = (n: number, N: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

export interface DocScore {
  doc: Doc;
  score: number;
  normalised: number;
  fields: Field[];
  /** How many distinct query terms the page holds, of how many. */
  matchedTerms: number;
  queryTerms: number;
  /** The query terms the page holds, in query order. */
  matched: string[];
}

/** A query's terms as every page is scored for them: the parts that do not depend on the page. */
interface PreparedQuery {
  unique: string[];
  idf: number[];
  phrase: string | null;
  /** The score no page reaches (every term without end in every field): normalised scores are out of it. */
  best: number;
}

function prepare(index: Bm25Index, qterms: string[]): PreparedQuery {
  const { weights } = index;
  const N = index.docs.length;
  const unique = [...new Set(qterms)];
  const idfs = unique.map((t) => idf(index.df.get(t) ?? 0, N));
  // Per field, a term's part tends to its field weight; summed, to 1.
  const perTerm = weights.saturation === 'per-field' ? FIELDS.reduce((s, f) => s + weights.fields[f].weight, 0) : 1;
  let best = idfs.reduce((s, w) => s + w * perTerm, 0);
  if (qterms.length > 1) best *= 1 + weights.phraseBonus;
  return { unique, idf: idfs, phrase: qterms.length > 1 ? qterms.join(' ') : null, best };
}

// A score's fields are one of 2^7 sets: each is one shared array, not one array a scored page.
const FIELD_SETS = new Map<number, Field[]>();
function fieldSet(mask: number): Field[] {
  let set = FIELD_SETS.get(mask);
  if (!set) FIELD_SETS.set(mask, (set = Object.freeze(FIELDS.filter((_, i) => mask & (1 << i))) as Field[]));
  return set;
}

export function scoreDoc(index: Bm25Index, docIndex: number, qterms: string[]): DocScore {
  return scorePrepared(index, docIndex, prepare(index, qterms));
}

function scorePrepared(index: Bm25Index, docIndex: number, q: PreparedQuery): DocScore {
  const { weights } = index;
  const doc = index.docs[docIndex]!;
  const counts = doc.counts;
  const perField = weights.saturation === 'per-field';
  let score = 0;
  let mask = 0;
  let matchedTerms = 0;
  const matched: string[] = [];
  for (let k = 0; k < q.unique.length; k++) {
    const c = counts.get(q.unique[k]!);
    if (!c) continue;
    matchedTerms += 1;
    matched.push(q.unique[k]!);
    let tfw = 0;
    let sat = 0;
    for (let fi = 0; fi < FIELDS.length; fi++) {
      const tf = c[fi]!;
      if (!tf) continue;
      mask |= 1 << fi;
      const f = FIELDS[fi]!;
      const { weight, b } = weights.fields[f];
      const avg = index.avgLen[f] || 1;
      const norm = tf / (1 - b + (b * doc.len[f]) / avg);
      tfw += weight * norm;
      sat += (weight * norm) / (weights.k1 + norm);
    }
    score += q.idf[k]! * (perField ? sat : tfw / (weights.k1 + tfw));
  }
  if (q.phrase !== null && doc.phrases.has(q.phrase)) score *= 1 + weights.phraseBonus;
  return { doc, score, normalised: q.best > 0 ? (100 * score) / q.best : 0, fields: fieldSet(mask), matchedTerms, queryTerms: q.unique.length, matched };
}

/** Each index's analyzers (one page of each), found once: not a walk over every page per query. */
const ANALYZERS = new WeakMap<Bm25Index, Doc[]>();
function analyzerDocs(index: Bm25Index): Doc[] {
  let firsts = ANALYZERS.get(index);
  if (!firsts) {
    const seen = new Set<Doc['analyzer']>();
    firsts = index.docs.filter((d) => !seen.has(d.analyzer) && !!seen.add(d.analyzer));
    ANALYZERS.set(index, firsts);
  }
  return firsts;
}

export interface RankOptions {
  /** Only the pages holding every term of the query (the postings' intersection), e.g. for a best page. */
  fullOnly?: boolean;
  /** Adds the pages looked at (postings read), for a caller that keeps a budget. */
  work?: { pages: number };
}

/**
 * The pages holding `terms` (all of them when `all`), for the pages of that analyzer when several
 * share the index, added to `into`. Reads the postings, never every page: a query costs what
 * its terms' pages cost, whatever the size of the site.
 */
function holders(index: Bm25Index, q: string[], analyzer: Doc['analyzer'], single: boolean, all: boolean, into: Set<number>, work?: { pages: number }): void {
  const lists = [...new Set(q)].map((t) => index.postings.get(t) ?? []);
  if (!lists.length) return;
  const own = (i: number) => single || index.docs[i]!.analyzer === analyzer;
  if (!all) {
    for (const list of lists) {
      if (work) work.pages += list.length;
      for (const i of list) if (own(i)) into.add(i);
    }
    return;
  }
  // The rarest term's pages, kept when they hold the other terms too.
  const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
  if (work) work.pages += rarest.length;
  const terms = [...new Set(q)];
  for (const i of rarest) {
    const counts = index.docs[i]!.counts;
    if (own(i) && terms.every((t) => counts.has(t))) into.add(i);
  }
}

/** The scores of the pages holding at least one of the query's terms (every one with fullOnly), best first. */
export function rankDocs(index: Bm25Index, terms: (doc: Doc) => string[], opts: RankOptions = {}): DocScore[] {
  const byLang = new Map<Doc['analyzer'], PreparedQuery>();
  const firsts = analyzerDocs(index);
  const candidates = new Set<number>();
  for (const d of firsts) {
    const q = terms(d);
    byLang.set(d.analyzer, prepare(index, q));
    holders(index, q, d.analyzer, firsts.length === 1, opts.fullOnly === true, candidates, opts.work);
  }
  // In page order, as the scores were gathered before: equal scores keep their order (byRelevance).
  const order = Int32Array.from(candidates).sort();
  const out: DocScore[] = [];
  for (const i of order) {
    const s = scorePrepared(index, i, byLang.get(index.docs[i]!.analyzer)!);
    if (s.score > 0) out.push(s);
  }
  return out.sort(byRelevance);
}

/**
 * Best first: a page holding every term of the query before one missing a term (it is not about
 * the query, however often it repeats the others), then by the unrounded score. Exact ties, rare
 * once nothing is clamped, go to the shorter URL (the hub over the page below it), then by URL
 * so that every crawl orders them alike.
 */
export function byRelevance(a: DocScore, b: DocScore): number {
  const fullA = a.matchedTerms === a.queryTerms ? 1 : 0;
  const fullB = b.matchedTerms === b.queryTerms ? 1 : 0;
  if (fullA !== fullB) return fullB - fullA;
  if (a.score !== b.score) return b.score - a.score;
  const ua = a.doc.page.finalUrl;
  const ub = b.doc.page.finalUrl;
  return ua.length - ub.length || (ua < ub ? -1 : ua > ub ? 1 : 0);
}
