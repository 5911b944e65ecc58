/**
 * What the site is actually about: terms and 2–3-word phrases by TF-IDF summed over the candidate
 * pages (a term on every page, like navigation words, gets a low IDF and sinks). Phrases are runs
 * of consecutive non-stop words, so "circuit dans le désert" gives no phrase across "dans le".
 * Each term is shown in its most frequent written form, not as a stem.
 *
 * Pages are added one at a time and only sums are kept. Words, stems and phrases are numbered, so
 * the per-page counting works on numbers, not on strings built for every pair of words.
 */
import type { Analyzer } from '../../text/analyzer.js';
import { tokenize } from '../../text/normalize.js';
import type { PageFields } from './fields.js';

export interface SiteTerm {
  term: string;
  /** The stems, space-separated: how it is matched against keywords. */
  stems: string;
  score: number;
  pages: number;
}

// The opening of a page says what it is about; reading further costs time on big sites for little.
const MAX_TOKENS_PER_PAGE = 500;
// Stem ids fit 21 bits, so a pair of them (or a pair id and a stem) packs into one safe integer.
const SHIFT = 2 ** 21;
const DIGITS = /^\d+$/;

/** Per page, Σ (1 + ln tf) and the page count of each key: the IDF factor applies at the end. */
class Sums {
  df = new Map<number, number>();
  tf = new Map<number, number>();
  add(counts: Map<number, number>): void {
    for (const [k, c] of counts) {
      this.df.set(k, (this.df.get(k) ?? 0) + 1);
      this.tf.set(k, (this.tf.get(k) ?? 0) + 1 + Math.log(c));
    }
  }
}

class LanguageTerms {
  pages = 0;
  private wordId = new Map<string, number>();
  /** Per word id: its stem id, or -1 for a stop word or a number. */
  private wordStem: number[] = [];
  private wordSeen: number[] = [];
  private words: string[] = [];
  private stemId = new Map<string, number>();
  private stems: string[] = [];
  private pairId = new Map<number, number>();
  private pairs: number[] = [];
  private uni = new Sums();
  private bi = new Sums();
  private tri = new Sums();

  constructor(private analyzer: Analyzer) {}

  private word(t: string): number {
    let id = this.wordId.get(t);
    if (id === undefined) {
      id = this.words.length;
      this.wordId.set(t, id);
      this.words.push(t);
      this.wordSeen.push(0);
      let stem = -1;
      if (!this.analyzer.isStop(t) && !DIGITS.test(t)) {
        const s = this.analyzer.stem(t);
        stem = this.stemId.get(s) ?? -1;
        if (stem < 0 && this.stems.length < SHIFT) {
          stem = this.stems.length;
          this.stemId.set(s, stem);
          this.stems.push(s);
        }
      }
      this.wordStem.push(stem);
    }
    return id;
  }

  private pair(a: number, b: number): number {
    const key = a * SHIFT + b;
    let id = this.pairId.get(key);
    if (id === undefined) {
      id = this.pairs.length;
      this.pairId.set(key, id);
      this.pairs.push(key);
    }
    return id;
  }

  add(title: string[], body: string[]): void {
    this.pages += 1;
    const uni = new Map<number, number>();
    const bi = new Map<number, number>();
    const tri = new Map<number, number>();
    const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
    // A run of consecutive non-stop words: phrases never span a stop word or the title's end.
    let p2 = -1;
    let p1 = -1;
    const feed = (tokens: string[], limit: number) => {
      p2 = p1 = -1;
      for (let i = 0; i < tokens.length && i < limit; i++) {
        const w = this.word(tokens[i]!);
        const s = this.wordStem[w]!;
        if (s < 0) {
          p2 = p1 = -1;
          continue;
        }
        this.wordSeen[w]! += 1;
        bump(uni, s);
        if (p1 >= 0) {
          const pair = this.pair(p1, s);
          bump(bi, pair);
          if (p2 >= 0) bump(tri, this.pair(p2, p1) * SHIFT + s);
        }
        p2 = p1;
        p1 = s;
      }
    };
    feed(title, Infinity);
    feed(body, MAX_TOKENS_PER_PAGE);
    this.uni.add(uni);
    this.bi.add(bi);
    this.tri.add(tri);
  }

  result(top: number): { terms: SiteTerm[]; phrases: SiteTerm[] } {
    // The written form of a stem is its most frequent word.
    const best: string[] = [...this.stems];
    const bestSeen = new Array<number>(this.stems.length).fill(0);
    this.words.forEach((w, id) => {
      const s = this.wordStem[id]!;
      if (s >= 0 && this.wordSeen[id]! > bestSeen[s]!) {
        bestSeen[s] = this.wordSeen[id]!;
        best[s] = w;
      }
    });
    const N = this.pages;
    const ranked = (sums: Sums, ids: (key: number) => number[]): SiteTerm[] => {
      const out: SiteTerm[] = [];
      for (const [k, sum] of sums.tf) {
        const n = sums.df.get(k)!;
        // A term must occur on 2+ pages (or be the whole site) to say what the site is about.
        if (n < 2 && N > 2) continue;
        const parts = ids(k);
        out.push({ term: parts.map((s) => best[s]!).join(' '), stems: parts.map((s) => this.stems[s]!).join(' '), score: Math.round(sum * Math.log(1 + N / n) * 10) / 10, pages: n });
      }
      return out;
    };
    const pairParts = (id: number) => {
      const key = this.pairs[id]!;
      return [Math.floor(key / SHIFT), key % SHIFT];
    };
    const byScore = (a: SiteTerm, b: SiteTerm) => b.score - a.score || (a.stems < b.stems ? -1 : 1);
    const terms = ranked(this.uni, (s) => [s]).sort(byScore).slice(0, top);
    const phrases = [...ranked(this.bi, pairParts), ...ranked(this.tri, (k) => [...pairParts(Math.floor(k / SHIFT)), k % SHIFT])].sort(byScore).slice(0, top);
    return { terms, phrases };
  }
}

/** Site terms per page language; the report reads the language its keywords are scored in. */
export class SiteTermsAccumulator {
  private byLang = new Map<string, LanguageTerms>();

  add(f: PageFields): void {
    let acc = this.byLang.get(f.lang);
    if (!acc) this.byLang.set(f.lang, (acc = new LanguageTerms(f.analyzer)));
    acc.add(tokenize(f.page.html?.title ?? ''), f.bodyTokens);
  }

  result(lang: string | null, top = 25): { terms: SiteTerm[]; phrases: SiteTerm[] } {
    const acc = (lang && this.byLang.get(lang)) || [...this.byLang.values()].sort((a, b) => b.pages - a.pages)[0];
    return acc ? acc.result(top) : { terms: [], phrases: [] };
  }
}
