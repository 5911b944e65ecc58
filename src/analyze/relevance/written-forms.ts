/**
 * Words shown as the site writes them. Matching works on folded words ("hotes"); the report shows
 * "hôtes". Site terms already take the form their pages' titles, descriptions and headings write
 * (site-terms.ts); a word only the body holds is stored folded, so its written form comes from the
 * accented words the crawl kept for each page (HtmlFacts.writtenWordsPacked). A word is shown in
 * the accented form the most pages write; a word no page writes with an accent stays as it is.
 */
import { pageText } from '../../site/page-text.js';
import type { PageRecord } from '../../site/types.js';
import { tokenize } from '../../text/normalize.js';

const folded1 = (w: string): string | null => {
  const t = tokenize(w);
  return t.length === 1 ? t[0]! : null;
};

/** The accented form most pages write a folded word in, and on how many pages. */
export interface WrittenForm {
  form: string;
  pages: number;
}

/** Folded word → the written form most pages use (ties: the alphabetically first), for the words asked for. */
export function writtenForms(pages: readonly PageRecord[], wanted: ReadonlySet<string>): Map<string, WrittenForm> {
  const votes = new Map<string, Map<string, number>>();
  if (!wanted.size) return new Map();
  // A site writes a few thousand distinct accented words: each is folded once, not once a page.
  const foldOf = new Map<string, string | null>();
  for (const p of pages) {
    if (!p.html?.writtenWordsPacked) continue;
    for (const w of pageText(p.html).writtenWords()) {
      let f = foldOf.get(w);
      if (f === undefined) foldOf.set(w, (f = folded1(w)));
      if (f === null || !wanted.has(f)) continue;
      let forms = votes.get(f);
      if (!forms) votes.set(f, (forms = new Map()));
      forms.set(w, (forms.get(w) ?? 0) + 1);
    }
  }
  const out = new Map<string, WrittenForm>();
  for (const [f, forms] of votes) {
    const [best] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.set(f, { form: best![0], pages: best![1] });
  }
  return out;
}

/** The folded words of texts ("hotes marrakech" → hotes, marrakech). */
export function foldedWords(texts: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of t.split(/\s+/)) {
    const f = folded1(w);
    if (f) out.add(f);
  }
  return out;
}

/**
 * A text with each word the site writes otherwise ("hotes" → "hôtes") in its written form; written
 * words stay. The body keeps only accented words as written, so a folded word's plain uses are
 * known only as a count (`seen`: the pages or occurrences of the folded word): the accented form is
 * shown only when it accounts for at least half of them, so "voyage", written plain on 48 pages and
 * "voyagé" on 3, stays "voyage".
 */
export function asWritten(text: string, forms: ReadonlyMap<string, WrittenForm>, seen: (folded: string) => number): string {
  return text
    .split(' ')
    .map((w) => {
      const f = folded1(w);
      if (f === null || f !== w.toLowerCase()) return w;
      const written = forms.get(f);
      return written && written.pages * 2 >= seen(f) ? written.form : w;
    })
    .join(' ');
}
