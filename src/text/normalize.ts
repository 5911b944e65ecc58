/**
 * The one tokenizer every part of refaudit shares, so that the crawler's stored body tokens,
 * keywords from the config and queries from CSV files meet on the same form.
 *
 * NFKC folds compatibility forms (ligatures, full-width letters); NFD then strips combining marks
 * so that "séjour" and "sejour" match, as engines match them for French queries.
 * Elisions (l', d', qu') are split off so "l'hôtel" yields "l" and "hotel" and the stop-word list drops "l".
 */
const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

/** Lowercased, accent-folded word tokens, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const tok of foldText(text).split(NON_WORD)) if (tok) out.push(tok);
  return out;
}

/** Tokens joined by one space: the compact form stored in the snapshot. */
export function tokenString(text: string, maxTokens = Infinity): string {
  const toks = tokenize(text);
  return (toks.length > maxTokens ? toks.slice(0, maxTokens) : toks).join(' ');
}
