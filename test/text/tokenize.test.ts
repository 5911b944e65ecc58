import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, scanTokens, tokenize } from '../../src/text/normalize.js';

// The definition the fast scanner must agree with: split the lowercased text on non-word runs,
// fold each non-ASCII piece, split again.
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;
function reference(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(NON_WORD)) {
    if (!raw) continue;
    if (!/[^\x00-\x7f]/.test(raw)) out.push(raw);
    else for (const t of foldText(raw).split(NON_WORD)) if (t) out.push(t);
  }
  return out;
}

const PIECES = ['a', 'Z', 'é', 'É', 'ñ', 'Ø', 'ı', 'œ', 'ǲ', '²', 'ⅷ', 'ｶ', 'ﾞ', "'", '’', '-', ' ', '1', '\u0301', 'ﬁ', 'Ａ', '😀', '𝐀', 'İ', 'ß', '.', '日', '\n', '\u00a0', 'ǅ'];

describe('tokenize', () => {
  it('folds accents, ligatures and case, and splits elisions', () => {
    expect(tokenize("L'Hôtel « Séjour » ﬁn ＡＢ e\u0301te\u0301")).toEqual(['l', 'hotel', 'sejour', 'fin', 'ab', 'ete']);
  });

  it('agrees with the plain regex definition on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const ref = reference(text);
        expect(tokenize(text)).toEqual(ref);
        // Counting without building the tokens gives the same count.
        expect(scanTokens(text, 0).count).toBe(ref.length);
        expect(scanTokens(text, 2).tokens).toEqual(ref.slice(0, 2));
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }), { numRuns: 5000 });
  });

  it('counts every token but keeps only the first ones asked for', () => {
    const { tokens, count } = scanTokens('un deux trois Quatre cinq', 2);
    expect(tokens).toEqual(['un', 'deux']);
    expect(count).toBe(5);
  });
});
