/**
 * A page's language, read from its text by franc (trigram profiles of 82 languages, wooorm/franc)
 * on a bounded sample. The declared `<html lang>` and the market's language are hints: they win
 * when the text does not clearly say otherwise, which is how a short page or a page of proper
 * nouns keeps its declared language while a French blog declaring `lang="en-US"` (a theme's
 * default) is read as French.
 */
import { francAll } from 'franc-min';
import { SUPPORTED_LANGUAGES } from './analyzer.js';

/** Characters of text franc reads a page: its opening says its language, and franc's cost grows with it. */
export const SAMPLE_CHARS = 400;
/** Below this many characters of text the detection is too weak to overrule a declared language. */
const MIN_CHARS = 80;
/**
 * franc scores the best language 1 and the others by their trigram distance relative to it:
 * languages within this margin of the best are treated as equally likely (English and Scots,
 * Spanish and Galician on short texts), so a declared or market language among them is kept.
 */
export const LANGUAGE_MARGIN = 0.12;

/** franc's ISO 639-3 codes → the ISO 639-1 codes refaudit's analyzers and `<html lang>` use. */
const ISO1: Record<string, string> = {
  fra: 'fr', eng: 'en', sco: 'en', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', arb: 'ar', rus: 'ru',
  cat: 'ca', ron: 'ro', pol: 'pl', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs', hun: 'hu',
  ind: 'id', vie: 'vi', cmn: 'zh', jpn: 'ja', kor: 'ko', ukr: 'uk', ell: 'el', heb: 'he', hin: 'hi', tha: 'th',
};

const primary = (tag: string | null | undefined): string | null => tag?.split(/[-_]/)[0]?.toLowerCase() || null;

export interface LanguageReading {
  /** The language the page is analysed in (ISO 639-1 when known, else franc's code). */
  lang: string;
  /** The declared `<html lang>`'s primary subtag, or null. */
  declared: string | null;
  /** What the text says on its own, or null when the sample was too short to tell. */
  detected: string | null;
  /** How far the runner-up language (or the declared one, when contradicted) is behind: 0–1. */
  confidence: number;
  /** The declared language is clearly not the text's (the text is long enough to tell). */
  contradicts: boolean;
  /** The text names one language alone (none other within LANGUAGE_MARGIN): the site's language tally counts it. */
  sure: boolean;
}

/** franc's ranking of a text as [ISO 639-1 code, score 0–1], best first (merged variants keep their best). */
export function rankLanguages(sample: string): [string, number][] {
  const out: [string, number][] = [];
  const seen = new Set<string>();
  for (const [code, score] of francAll(sample, { minLength: 10 })) {
    if (code === 'und') continue;
    const lang = ISO1[code] ?? code;
    if (seen.has(lang)) continue;
    seen.add(lang);
    out.push([lang, score]);
  }
  return out;
}

/**
 * The language a text is analysed in: among the languages franc finds within LANGUAGE_MARGIN of
 * the best, the declared one, else the market's, else the first refaudit can stem; the best
 * otherwise. Without enough text, the declared language, the market's, then franc's guess.
 */
export function readLanguage(sample: string, declaredTag: string | null, marketLang: string | null, siteLang: string | null = null): LanguageReading {
  const declared = primary(declaredTag);
  const market = primary(marketLang);
  const letters = sample.replace(/[^\p{L}]+/gu, '').length;
  const ranked = letters >= 10 ? rankLanguages(sample) : [];
  const top = ranked[0] ?? null;
  const enough = letters >= MIN_CHARS && top !== null;
  const near = ranked.filter(([, s]) => s >= 1 - LANGUAGE_MARGIN).map(([l]) => l);
  const scoreOf = (l: string | null) => (l ? (ranked.find(([x]) => x === l)?.[1] ?? 0) : 0);
  const runnerUp = ranked.find(([l]) => !near.includes(l))?.[1] ?? 0;
  const detected = top ? (near.find((l) => SUPPORTED_LANGUAGES.includes(l)) ?? top[0]) : null;
  if (!enough) {
    const lang = declared ?? market ?? siteLang ?? detected ?? 'und';
    return { lang, declared, detected: null, confidence: 0, contradicts: false, sure: false };
  }
  const sure = near.length === 1;
  const contradicts = declared !== null && !near.includes(declared);
  // A text franc cannot pin to one language (code, file paths, names) is in the site's language.
  const undecided = sure ? detected! : (siteLang && near.includes(siteLang) ? siteLang : null) ?? siteLang ?? detected!;
  const lang = declared && !contradicts ? declared : market && near.includes(market) ? market : contradicts ? detected! : undecided;
  const confidence = Math.round((contradicts ? 1 - scoreOf(declared) : 1 - runnerUp) * 100) / 100;
  return { lang, declared, detected, confidence, contradicts, sure };
}
