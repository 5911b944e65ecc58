/**
 * What the site is actually about: terms and 2–3-word phrases by TF-IDF summed over the candidate
 * pages (a term on every page, like navigation words, gets a low IDF and sinks). Phrases are runs
 * of consecutive non-stop words, so "circuit dans le désert" gives no phrase across "dans le".
 * Each term is shown in its most frequent written form, not as a stem.
 */
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

export function siteTerms(docs: PageFields[], top = 25): { terms: SiteTerm[]; phrases: SiteTerm[] } {
  // Σ over pages of (1 + ln tf) per term: the IDF factor is the same for every page of a term, so it
  // multiplies the sum at the end and no page's counts need to be kept.
  const df = new Map<string, number>();
  const tfSum = new Map<string, number>();
  const surface = new Map<string, Map<string, number>>();
  for (const d of docs) {
    const counts = new Map<string, number>();
    const tokens = (d.page.html?.bodyTokens ?? '').split(' ').slice(0, MAX_TOKENS_PER_PAGE);
    const titleTokens = (d.page.html?.title ?? '').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').split(/[^\p{L}\p{N}]+/u);
    let run: { stem: string; word: string }[] = [];
    const flush = () => {
      for (let n = 2; n <= 3; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const key = n === 2 ? `${run[i]!.stem} ${run[i + 1]!.stem}` : `${run[i]!.stem} ${run[i + 1]!.stem} ${run[i + 2]!.stem}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      run = [];
    };
    const note = (key: string, word: string) => {
      let m = surface.get(key);
      if (!m) surface.set(key, (m = new Map()));
      m.set(word, (m.get(word) ?? 0) + 1);
    };
    for (const t of [...titleTokens, '', ...tokens]) {
      if (!t || d.analyzer.isStop(t) || /^\d+$/.test(t)) {
        flush();
        continue;
      }
      const s = d.analyzer.stem(t);
      counts.set(s, (counts.get(s) ?? 0) + 1);
      note(s, t);
      run.push({ stem: s, word: t });
    }
    flush();
    for (const [k, c] of counts) {
      df.set(k, (df.get(k) ?? 0) + 1);
      tfSum.set(k, (tfSum.get(k) ?? 0) + 1 + Math.log(c));
    }
  }
  const N = docs.length;
  const total = new Map<string, number>();
  for (const [k, sum] of tfSum) {
    const n = df.get(k)!;
    // A term must occur on 2+ pages (or be the whole site) to say what the site is about.
    if (n < 2 && N > 2) continue;
    total.set(k, sum * Math.log(1 + N / n));
  }
  // The written form of a stem is its most frequent word; a phrase is written word by word.
  const bestWord = new Map<string, string>();
  for (const [stem, forms] of surface) {
    let top = stem;
    let n = 0;
    for (const [w, c] of forms) if (c > n) [top, n] = [w, c];
    bestWord.set(stem, top);
  }
  const best = (key: string) => key.split(' ').map((s) => bestWord.get(s) ?? s).join(' ');
  const all = [...total].map(([stems, score]) => ({ term: best(stems), stems, score: Math.round(score * 10) / 10, pages: df.get(stems)! })).sort((a, b) => b.score - a.score);
  return { terms: all.filter((t) => !t.stems.includes(' ')).slice(0, top), phrases: all.filter((t) => t.stems.includes(' ')).slice(0, top) };
}
