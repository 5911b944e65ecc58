/** Numbers skip the stemmers: exact only because every stemmer gives a number back unchanged. */
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { analyzerFor, SUPPORTED_LANGUAGES } from '../../src/text/analyzer.js';

const STEMMERS: Record<string, string> = { fr: 'french', en: 'english', es: 'spanish', de: 'german', it: 'italian', pt: 'portuguese', nl: 'dutch', ar: 'arabic', ru: 'russian' };

describe('numbers in every analyzer', () => {
  it('are their own term, as the stemmer itself would give them', () => {
    expect(Object.keys(STEMMERS).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
    const numbers = ['0', '12', '007', '2026', '1234567890', ...Array.from({ length: 500 }, (_, i) => String(i * 197))];
    for (const lang of SUPPORTED_LANGUAGES) {
      const stemmer = snowball.newStemmer(STEMMERS[lang]!);
      const a = analyzerFor(lang);
      for (const n of numbers) expect([lang, a.stem(n)]).toEqual([lang, stemmer.stem(n)]);
      expect(a.terms(['riad', '2026'])).toEqual([a.stem('riad'), '2026']);
    }
  });
});
