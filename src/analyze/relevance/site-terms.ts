/**
 * What the site is actually about: terms and 2–3-word phrases by TF-IDF summed over the candidate
 * pages (a term on every page, like navigation words, gets a low IDF and sinks). Phrases are runs
 * of consecutive non-stop words, so "circuit dans le désert" gives no phrase across "dans le".
 * Each term is shown as its most frequent word, not as a stem.
 *
 * Pages are added one at a time and only sums are kept. Words, stems and phrases are numbered, so
 * the per-page counting works on numbers, not on strings built for every pair of words.
 */
import type { Analyzer } from '../../text/analyzer.js';
import { tokenize } from '../../text/normalize.js';
import type { PageFields } from './fields.js';
import { PairCounts } from './pair-counts.js';

export interface SiteTerm {
  term: string;
  /** The stems, space-separated: how it is matched against keywords. */
  stems: string;
  score: number;
  pages: number;
}

// The opening of a page says what it is about; reading further costs time on big sites for little.
const MAX_TOKENS_PER_PAGE = 500;
const DIGITS = /^\d+$/;
/**
 * Distinct phrases tracked, of each length: a big site has millions, and memory must stay bounded.
 * Past the cap new phrases are not counted; the crawl reaches important pages first (breadth-first),
 * so the phrases that say what the site is about are already in.
 */
const MAX_PHRASES = 250_000;

/**
 * Σ over pages of (1 + ln tf) and the page count of each id (ids are dense: 0, 1, 2...). The IDF
 * factor is the same for every page of a term, so it multiplies the sum at the end. A page's
 * counts live in `page` and are folded in by `endPage`, touching only the ids the page used.
 */
class Sums {
  private dfs = new Int32Array(1024);
  private tfs = new Float64Array(1024);
  private page = new Int32Array(1024);
  private touched: number[] = [];

  df(id: number): number {
    return this.dfs[id]!;
  }

  tf(id: number): number {
    return this.tfs[id]!;
  }

  count(id: number): void {
    if (id >= this.page.length) this.grow(id);
    if (this.page[id]!++ === 0) this.touched.push(id);
  }

  endPage(): void {
    for (const id of this.touched) {
      this.dfs[id]! += 1;
      this.tfs[id]! += 1 + Math.log(this.page[id]!);
      this.page[id] = 0;
    }
    this.touched.length = 0;
  }

  private grow(id: number): void {
    const size = Math.max(id + 1, this.page.length * 2);
    const df = new Int32Array(size);
    df.set(this.dfs);
    const tf = new Float64Array(size);
    tf.set(this.tfs);
    const page = new Int32Array(size);
    page.set(this.page);
    [this.dfs, this.tfs, this.page] = [df, tf, page];
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
  private pairs = new PairCounts(MAX_PHRASES);
  /** A three-word phrase is a pair (two-word phrase id, stem id). */
  private triples = new PairCounts(MAX_PHRASES);
  private uni = new Sums();
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
        if (stem < 0) {
          stem = this.stems.length;
          this.stemId.set(s, stem);
          this.stems.push(s);
        }
      }
      this.wordStem.push(stem);
    }
    return id;
  }

  add(title: string[], body: string[]): void {
    this.pages += 1;
    // A run of consecutive non-stop words: phrases never span a stop word or the title's end.
    const feed = (tokens: string[], limit: number) => {
      let p2 = -1;
      let p1 = -1;
      let pair = -1;
      for (let i = 0; i < tokens.length && i < limit; i++) {
        const w = this.word(tokens[i]!);
        const s = this.wordStem[w]!;
        if (s < 0) {
          p2 = p1 = -1;
          continue;
        }
        this.wordSeen[w]! += 1;
        this.uni.count(s);
        if (p1 >= 0) {
          const next = this.pairs.add(p1, s);
          if (p2 >= 0 && pair >= 0) this.triples.add(pair, s);
          pair = next;
        }
        p2 = p1;
        p1 = s;
      }
    };
    feed(title, Infinity);
    feed(body, MAX_TOKENS_PER_PAGE);
    this.uni.endPage();
    this.pairs.endPage();
    this.triples.endPage();
  }

  result(top: number): { terms: SiteTerm[]; phrases: SiteTerm[] } {
    // A stem is shown as its most frequent word (folded: relevance.ts shows it as the pages write it).
    const written: string[] = [...this.stems];
    const shown = (s: number) => written[s]!;
    const writtenSeen = new Array<number>(this.stems.length).fill(0);
    this.words.forEach((w, id) => {
      const s = this.wordStem[id]!;
      // Ties go to the alphabetically first form: pages arrive in a different order each crawl.
      if (s >= 0 && (this.wordSeen[id]! > writtenSeen[s]! || (this.wordSeen[id] === writtenSeen[s] && w < written[s]!))) {
        writtenSeen[s] = this.wordSeen[id]!;
        written[s] = w;
      }
    });
    const N = this.pages;
    // The best `top` ids by score, without sorting every phrase. Ties are broken by the stems, not
    // by id: ids follow the order pages arrived in, which differs from one crawl to the next.
    const ranked = (sums: Pick<Sums, 'df' | 'tf'>, n: number, ids: (id: number) => number[]): SiteTerm[] => {
      const key = (id: number) => ids(id).map((s) => this.stems[s]!).join(' ');
      const before = (a: { id: number; score: number }, b: { id: number; score: number }) => a.score > b.score || (a.score === b.score && key(a.id) < key(b.id));
      const best: { id: number; score: number }[] = [];
      for (let id = 0; id < n; id++) {
        const pages = sums.df(id);
        // A term must occur on 2+ pages (or be the whole site) to say what the site is about.
        if (pages === 0 || (pages < 2 && N > 2)) continue;
        const entry = { id, score: Math.round(sums.tf(id) * Math.log(1 + N / pages) * 10) / 10 };
        if (best.length === top && !before(entry, best[top - 1]!)) continue;
        let at = best.length;
        while (at > 0 && before(entry, best[at - 1]!)) at--;
        best.splice(at, 0, entry);
        if (best.length > top) best.pop();
      }
      return best.map(({ id, score }) => {
        const parts = ids(id);
        return { term: parts.map(shown).join(' '), stems: key(id), score, pages: sums.df(id) };
      });
    };
    const pairParts = (id: number) => [this.pairs.first(id), this.pairs.second(id)];
    const tripleParts = (id: number) => [...pairParts(this.triples.first(id)), this.triples.second(id)];
    const terms = ranked(this.uni, this.stems.length, (s) => [s]);
    const phrases = [...ranked(this.pairs, this.pairs.size, pairParts), ...ranked(this.triples, this.triples.size, tripleParts)].sort((a, b) => b.score - a.score || (a.stems < b.stems ? -1 : 1)).slice(0, top);
    return { terms, phrases };
  }
}

/** Occurrences of some words in one language's pages, out of `total` tokens read. */
export interface WordCounts {
  total: number;
  counts: Record<string, number>;
}

export interface SiteTermsByLanguage {
  result(lang: string | null): { terms: SiteTerm[]; phrases: SiteTerm[] };
  /** How often the words of the keywords and queries occur in the pages of `lang` (null: none read). */
  wordCounts(lang: string): WordCounts | null;
}

export type SiteTermResults = Record<string, { pages: number; terms: SiteTerm[]; phrases: SiteTerm[]; words: WordCounts }>;

/** Results computed elsewhere (a relevance thread), picked the same way as the accumulator's. */
export class FinishedSiteTerms implements SiteTermsByLanguage {
  constructor(private readonly byLang: SiteTermResults) {}

  result(lang: string | null): { terms: SiteTerm[]; phrases: SiteTerm[] } {
    const r = (lang && this.byLang[lang]) || Object.values(this.byLang).sort((a, b) => b.pages - a.pages)[0];
    return r ? { terms: r.terms, phrases: r.phrases } : { terms: [], phrases: [] };
  }

  wordCounts(lang: string): WordCounts | null {
    return this.byLang[lang]?.words ?? null;
  }
}

/** Site terms per page language; the report reads the language its keywords are scored in. */
export class SiteTermsAccumulator implements SiteTermsByLanguage {
  private byLang = new Map<string, LanguageTerms>();

  add(f: PageFields): void {
    if (this.wanted?.size) this.countWords(f);
    let acc = this.byLang.get(f.lang);
    if (!acc) this.byLang.set(f.lang, (acc = new LanguageTerms(f.analyzer)));
    const h = f.page.html;
    acc.add(tokenize(h?.title ?? ''), f.bodyTokens);
  }

  result(lang: string | null, top = 25): { terms: SiteTerm[]; phrases: SiteTerm[] } {
    const acc = (lang && this.byLang.get(lang)) || [...this.byLang.values()].sort((a, b) => b.pages - a.pages)[0];
    return acc ? acc.result(top) : { terms: [], phrases: [] };
  }

  /** Every language's results, with its counts of the wanted words, to hand to another thread. */
  results(top = 25): SiteTermResults {
    return Object.fromEntries([...this.byLang].map(([lang, acc]) => [lang, { pages: acc.pages, ...acc.result(top), words: this.wordCounts(lang) ?? { total: 0, counts: {} } }]));
  }

  wordCounts(lang: string): WordCounts | null {
    return this.words.get(lang) ?? null;
  }

  /** The folded words of the keywords and queries: their counts tell a keyword's language (relevance.ts keywordLanguage). */
  private wanted: ReadonlySet<string> | null = null;
  private words = new Map<string, WordCounts>();

  constructor(wanted?: Iterable<string>) {
    if (wanted) this.wanted = new Set(wanted);
  }

  /** Counts the wanted words in the page's title and stored body (every token, stop words included). */
  private countWords(f: PageFields): void {
    let c = this.words.get(f.lang);
    if (!c) this.words.set(f.lang, (c = { total: 0, counts: {} }));
    const wanted = this.wanted!;
    const count = (tokens: readonly string[]) => {
      c.total += tokens.length;
      for (const t of tokens) if (wanted.has(t)) c.counts[t] = (c.counts[t] ?? 0) + 1;
    };
    count(tokenize(f.page.html?.title ?? ''));
    count(f.bodyTokens);
  }
}
