/**
 * The one tokenizer every part of refaudit shares, so that the crawler's stored body tokens,
 * keywords from the config and queries from CSV files meet on the same form.
 *
 * NFKC folds compatibility forms (ligatures, full-width letters); NFD then strips combining marks
 * so that "séjour" and "sejour" match, as engines match them for French queries.
 * Elisions (l', d', qu') are split off so "l'hôtel" yields "l" and "hotel" and the stop-word list drops "l".
 */
const COMBINING_MARKS = /\p{M}+/gu;
// Marks stay inside tokens here (text may arrive decomposed, "e" + U+0301) and are folded away below.
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
const FOLDED = new Map<string, string>();
const FOLD_CACHE_MAX = 200_000;

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/**
 * Lowercased, accent-folded word tokens, in order. Split first, then fold each distinct non-ASCII
 * word once (cached): words repeat, and Unicode normalisation of a whole page is the costly part.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(NON_WORD)) {
    if (!raw) continue;
    if (!NON_ASCII.test(raw)) {
      out.push(raw);
      continue;
    }
    let folded = FOLDED.get(raw);
    if (folded === undefined) {
      folded = foldText(raw);
      if (FOLDED.size < FOLD_CACHE_MAX) FOLDED.set(raw, folded);
    }
    // Folding can split a token (a full-width space, a ligature with punctuation): re-split.
    for (const t of folded.split(NON_WORD)) if (t) out.push(t);
  }
  return out;
}

/** Tokens joined by one space: the compact form stored in the snapshot. */
export function tokenString(text: string, maxTokens = Infinity): string {
  const toks = tokenize(text);
  return (toks.length > maxTokens ? toks.slice(0, maxTokens) : toks).join(' ');
}
