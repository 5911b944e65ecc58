/**
 * Words shown as the site writes them. Matching works on folded words ("hotes"); the report shows
 * "hôtes". Pages are stored folded, so a word's written form comes from the accented words the
 * crawl counted in the titles, descriptions and bodies of the indexable pages
 * (SiteSnapshot.writtenForms). A word is shown in the accented form the most pages write; a word no
 * page writes with an accent stays as it is.
 */
import type { SiteSnapshot } from '../../site/types.js';
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
export function writtenForms(snapshot: Pick<SiteSnapshot, 'writtenForms'>, wanted: ReadonlySet<string>): Map<string, WrittenForm> {
  const out = new Map<string, WrittenForm>();
  if (!wanted.size) return out;
  for (const [form, pages] of snapshot.writtenForms ?? []) {
    const f = folded1(form);
    if (f === null || !wanted.has(f)) continue;
    const best = out.get(f);
    if (!best || pages > best.pages || (pages === best.pages && form < best.form)) out.set(f, { form, pages });
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
