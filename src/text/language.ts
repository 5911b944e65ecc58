/**
 * A page's language: its <html lang>, else the market's language, else the language whose stop
 * words are most frequent in the first tokens (enough to tell French from English reliably).
 */
import { SUPPORTED_LANGUAGES, stopWords } from './analyzer.js';

const SAMPLE = 300;

export function detectLanguage(tokens: string[], candidates = ['fr', 'en', 'es', 'de']): string | null {
  let best: string | null = null;
  let bestHits = 0;
  const sample = tokens.slice(0, SAMPLE);
  for (const lang of candidates) {
    const stops = stopWords(lang);
    const hits = sample.filter((t) => t.length > 1 && stops.has(t)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits >= 3 ? best : null;
}

export function pageLanguage(htmlLang: string | null, marketLang: string | null, tokens: string[] | (() => string[])): string {
  const primary = htmlLang?.split(/[-_]/)[0]?.toLowerCase();
  if (primary && SUPPORTED_LANGUAGES.includes(primary)) return primary;
  if (marketLang && SUPPORTED_LANGUAGES.includes(marketLang)) return marketLang;
  return detectLanguage(typeof tokens === 'function' ? tokens() : tokens) ?? 'en';
}
