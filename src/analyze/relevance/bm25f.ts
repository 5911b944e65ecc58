/**
 * BM25F (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009):
 * per-field term frequencies, each normalised by its field's length, weighted and summed before
 * the saturation k1, times the term's IDF over the site's candidate pages.
 *
 *   tf~(t,d) = Σ_f w_f · tf_f(t,d) / (1 − b_f + b_f · len_f(d) / avglen_f)
 *   score(q,d) = Σ_t∈q idf(t) · tf~ / (k1 + tf~)        idf(t) = ln(1 + (N − n_t + 0.5) / (n_t + 0.5))
 *   phrase bonus: × (1 + phraseBonus) when q's terms appear adjacent in the title, H1 or body
 *   normalised(q,d) = min(100, 100 · score / best achievable), where "best achievable" is a page
 *   holding every term once in every field at average length, with the phrase bonus.
 * Weights and parameters live in src/data/relevance-weights.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Field, PageFields } from './fields.js';
import { FIELDS } from './fields.js';

export interface RelevanceWeights {
  fields: Record<Field, { weight: number; b: number }>;
  k1: number;
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
  docs: PageFields[];
  avgLen: Record<Field, number>;
  df: Map<string, number>;
  /** Per document: wanted term → count in each field (FIELDS order). */
  tf: Map<string, Int32Array>[];
  /** Wanted term → indexes of the documents holding it. */
  postings: Map<string, number[]>;
  weights: RelevanceWeights;
}

/**
 * Counts only the terms we will score (keywords and queries), not the whole vocabulary: one pass
 * over the pages, then each query touches only the pages that hold one of its terms.
 */
export function buildIndex(docs: PageFields[], terms: Set<string>, weights: RelevanceWeights): Bm25Index {
  const avgLen = Object.fromEntries(FIELDS.map((f) => [f, docs.length ? docs.reduce((s, d) => s + d.terms[f].length, 0) / docs.length : 0])) as Record<Field, number>;
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const tf = docs.map((d, i) => {
    const counts = new Map<string, Int32Array>();
    FIELDS.forEach((f, fi) => {
      for (const t of d.terms[f]) {
        if (!terms.has(t)) continue;
        let c = counts.get(t);
        if (!c) counts.set(t, (c = new Int32Array(FIELDS.length)));
        c[fi]! += 1;
      }
    });
    for (const t of counts.keys()) {
      df.set(t, (df.get(t) ?? 0) + 1);
      const p = postings.get(t);
      if (p) p.push(i);
      else postings.set(t, [i]);
    }
    return counts;
  });
  return { docs, avgLen, df, tf, postings, weights };
}

export const idf = (n: number, N: number) => Math.log(1 + (N - n + 0.5) / (n + 0.5));

function containsSequence(hay: string[], needle: string[]): boolean {
  if (needle.length < 2 || hay.length < needle.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export interface DocScore {
  doc: PageFields;
  score: number;
  normalised: number;
  fields: Field[];
  /** How many distinct query terms the page holds, of how many. */
  matchedTerms: number;
  queryTerms: number;
}

export function scoreDoc(index: Bm25Index, docIndex: number, qterms: string[]): DocScore {
  const { weights } = index;
  const doc = index.docs[docIndex]!;
  const counts = index.tf[docIndex]!;
  const N = index.docs.length;
  let score = 0;
  let best = 0;
  const matched = new Set<Field>();
  let matchedTerms = 0;
  const unique = new Set(qterms);
  const tfMax = FIELDS.reduce((s, f) => s + weights.fields[f].weight, 0);
  for (const t of unique) {
    const w = idf(index.df.get(t) ?? 0, N);
    let tfw = 0;
    const c = counts.get(t);
    if (c) {
      matchedTerms += 1;
      FIELDS.forEach((f, fi) => {
        const tf = c[fi]!;
        if (!tf) return;
        matched.add(f);
        const { weight, b } = weights.fields[f];
        const avg = index.avgLen[f] || 1;
        tfw += (weight * tf) / (1 - b + (b * doc.terms[f].length) / avg);
      });
    }
    score += (w * tfw) / (weights.k1 + tfw);
    best += (w * tfMax) / (weights.k1 + tfMax);
  }
  const phrase = qterms.length > 1 && (containsSequence(doc.terms.title, qterms) || containsSequence(doc.terms.h1, qterms) || containsSequence(doc.terms.body, qterms));
  if (phrase) score *= 1 + weights.phraseBonus;
  if (qterms.length > 1) best *= 1 + weights.phraseBonus;
  return { doc, score, normalised: best > 0 ? Math.min(100, (100 * score) / best) : 0, fields: FIELDS.filter((f) => matched.has(f)), matchedTerms, queryTerms: unique.size };
}

/** The scores of the pages holding at least one of the query's terms, best first. */
export function rankDocs(index: Bm25Index, terms: (doc: PageFields) => string[]): DocScore[] {
  const byLang = new Map<PageFields['analyzer'], string[]>();
  const candidates = new Set<number>();
  for (const d of index.docs) {
    if (!byLang.has(d.analyzer)) {
      const q = terms(d);
      byLang.set(d.analyzer, q);
      for (const t of q) for (const i of index.postings.get(t) ?? []) candidates.add(i);
    }
  }
  const out: DocScore[] = [];
  for (const i of candidates) {
    const s = scoreDoc(index, i, byLang.get(index.docs[i]!.analyzer)!);
    if (s.score > 0) out.push(s);
  }
  return out.sort((a, b) => b.normalised - a.normalised || (a.doc.page.finalUrl < b.doc.page.finalUrl ? -1 : 1));
}
