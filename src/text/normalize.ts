/**
 * The one tokenizer every part of refaudit shares, so that the crawler's stored body tokens,
 * keywords from the config and queries from CSV files meet on the same form.
 *
 * A token is a maximal run of letters, digits and combining marks (\p{L}\p{N}\p{M}), lowercased,
 * then, when it holds anything but ASCII: NFKC folds compatibility forms (ligatures, full-width
 * letters) and NFD strips combining marks, so that "séjour" and "sejour" match, as engines match them
 * for French queries. Elisions (l', d', qu') are split off by the apostrophe, and the stop-word list
 * drops "l".
 */
const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** A raw word (as written): its folded tokens (usually one) and the word lowercased as written. */
interface Folded {
  parts: string[];
  lower: string;
}
const FOLDED = new Map<string, Folded>();
const FOLD_CACHE_MAX = 200_000;
/** Distinct written forms scanTokens collects from one text. */
const MAX_WRITTEN = 1000;

export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}

// Character classes of the Basic Multilingual Plane, filled on first sight: the scanner below reads
// one byte a character instead of running a Unicode regex over a page's text.
const SEP = 1;
const LOWER = 2; // a-z, 0-9
const UPPER = 3; // A-Z
const OTHER = 4; // a non-ASCII word character
const PLAIN = 5; // a non-ASCII letter or digit that folds to letters or digits only (é → e)
const PLAIN_FOLD = /^[\p{L}\p{N}]+$/u;
/** What a character class adds to a word's kinds: 1 uppercase ASCII, 2 plain non-ASCII, 4 other. */
const KIND_BIT = Uint8Array.of(0, 0, 0, 1, 4, 2);
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  CLASS[c] = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? LOWER : c >= 65 && c <= 90 ? UPPER : SEP;
}

function classOf(text: string, i: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdbff) {
    // A surrogate pair: classify the whole code point (rare, not cached).
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? OTHER : SEP;
  }
  let k = CLASS[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = CLASS[c] = !WORD_CHAR.test(ch) ? SEP : PLAIN_FOLD.test(ch) && PLAIN_FOLD.test(foldText(ch)) ? PLAIN : OTHER;
  }
  return k;
}

/** UTF-16 units of the character at i: 2 for a surrogate pair, else 1 (a lone surrogate too). */
function stepAt(text: string, i: number, c: number): number {
  return c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
}

function foldWord(raw: string): Folded {
  let folded = FOLDED.get(raw);
  if (folded === undefined) {
    const lower = raw.toLowerCase();
    // Folding can split a token (a full-width space, a ligature with punctuation): re-split.
    folded = { parts: foldText(lower).split(NON_WORD).filter(Boolean), lower };
    if (FOLDED.size < FOLD_CACHE_MAX) FOLDED.set(raw, folded);
  }
  return folded;
}

/**
 * Counts every token of `text` and returns the first `keep` of them: a page's word count needs
 * every word, its stored tokens only the opening ones, and building strings is the costly part.
 * `written` collects the kept words folding changed, lowercased as written ("hôtes"): the report
 * shows words the way the site writes them (at most MAX_WRITTEN of them).
 */
export function scanTokens(text: string, keep = Infinity, written?: Set<string>): { tokens: string[]; count: number } {
  const tokens: string[] = [];
  let count = 0;
  const n = text.length;
  let i = 0;
  // CLASS is 0 for a character not yet seen and for every high surrogate (never cached): one test
  // a character sends both to classOf.
  while (i < n) {
    let c = text.charCodeAt(i);
    let k = CLASS[c]!;
    if (k === 0) k = classOf(text, i, c);
    if (k === SEP) {
      i += stepAt(text, i, c);
      continue;
    }
    const start = i;
    let kinds = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      k = CLASS[c]!;
      if (k === LOWER) {
        i++;
        continue;
      }
      if (k === 0) {
        k = classOf(text, i, c);
        if (k === SEP) break;
        i += stepAt(text, i, c);
      } else {
        if (k === SEP) break;
        i++;
      }
      kinds |= KIND_BIT[k]!;
    }
    if (kinds < 2) {
      count += 1;
      if (tokens.length < keep) {
        const raw = text.slice(start, i);
        tokens.push(kinds ? raw.toLowerCase() : raw);
      }
      continue;
    }
    // Past the tokens kept, a word of plain letters (however accented) is one token: count it unbuilt.
    if (kinds < 4 && tokens.length >= keep) {
      count += 1;
      continue;
    }
    const { parts, lower } = foldWord(text.slice(start, i));
    count += parts.length;
    // The cached lowercase copy: the same string on every page, its hash already known to the Set.
    if (written && parts.length === 1 && tokens.length < keep && written.size < MAX_WRITTEN) written.add(lower);
    for (let p = 0; p < parts.length && tokens.length < keep; p++) tokens.push(parts[p]!);
  }
  return { tokens, count };
}

/** Lowercased, accent-folded word tokens, in order. */
export function tokenize(text: string): string[] {
  return scanTokens(text).tokens;
}
