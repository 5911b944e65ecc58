/**
 * A page's language, read from its text by franc (trigram profiles of 82 languages, wooorm/franc)
 * on a bounded sample. The declared `<html lang>` and the market's language are hints: they win
 * when the text does not clearly say otherwise, which is how a short page or a page of proper
 * nouns keeps its declared language while a French blog declaring `lang="en-US"` (a theme's
 * default) is read as French.
 */
import { francAll } from 'franc-min';
import { stopWords, SUPPORTED_LANGUAGES } from './analyzer.js';
import { tokenize } from './normalize.js';

/** Characters of text franc reads a page: its opening says its language, and franc's cost grows with it. */
export const SAMPLE_CHARS = 200;
/** Below this many letters of text the detection is too weak to overrule a declared language. */
const MIN_CHARS = 80;
/** Stop words a sample must hold for their language to be sure (a 400-character French text holds 15–30). */
const MIN_STOP_HITS = 4;
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

/**
 * The languages franc compares a sample with: those of ISO1 (refaudit's analyzers and the most
 * common languages of the web) rather than all 82 of franc-min, which costs over twice as much a
 * page (bench/RESULTS.md, language reading). A page in another language is
 * read as the closest of these, which changes nothing when neither has a stemmer (both neutral).
 */
const FRANC_ONLY = Object.keys(ISO1);
const COMPARED = new Set(Object.values(ISO1));

/** Letters of the script a language is written in, for the languages whose script tells them apart. */
const SCRIPT: Record<string, RegExp> = {
  ru: /\p{Script=Cyrillic}/gu, uk: /\p{Script=Cyrillic}/gu, el: /\p{Script=Greek}/gu, he: /\p{Script=Hebrew}/gu,
  ar: /\p{Script=Arabic}/gu, fa: /\p{Script=Arabic}/gu, hi: /\p{Script=Devanagari}/gu, th: /\p{Script=Thai}/gu,
  ko: /\p{Script=Hangul}/gu, zh: /\p{Script=Han}/gu,
  // Hiragana and full-width katakana: half-width katakana is more often mojibake than Japanese.
  ja: /[\p{Script=Hiragana}\u30a0-\u30ff]/gu,
};
const share = (sample: string, re: RegExp, letters: number) => (sample.match(re)?.length ?? 0) / Math.max(1, letters);

/**
 * Whether the sample is written in the declared language's own script, so that franc cannot
 * overrule it: a Persian page read as Arabic (franc compares no Persian here), a Chinese page read
 * as Japanese (Han characters without kana), a Japanese page read as Portuguese (its kana among
 * English build commands), all seen on clickhouse-docs. Latin-script languages: franc decides.
 */
function writtenInDeclaredScript(sample: string, declared: string, detected: string | null, letters: number): boolean {
  const re = SCRIPT[declared];
  if (!re) return false;
  if (declared === 'zh') return share(sample, re, letters) >= 0.2 && !(detected === 'ja' && share(sample, SCRIPT.ja!, letters) >= 0.03);
  if (declared === 'ja') return share(sample, re, letters) >= 0.03;
  return share(sample, re, letters) >= 0.2;
}

const primary = (tag: string | null | undefined): string | null => tag?.split(/[-_]/)[0]?.toLowerCase() || null;

export interface LanguageReading {
  /** The language the page is analysed in (ISO 639-1 when known, else franc's code). */
  lang: string;
  /** The declared `<html lang>`'s primary subtag, or null. */
  declared: string | null;
  /** What the text says on its own, or null when the sample was too short to tell. */
  detected: string | null;
  /** The detected language's share of the stop words of it and its runner-up (the declared one, when contradicted): 0.5–1. */
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
  for (const [code, score] of francAll(sample, { minLength: 10, only: FRANC_ONLY })) {
    if (code === 'und') continue;
    const lang = ISO1[code] ?? code;
    if (seen.has(lang)) continue;
    seen.add(lang);
    out.push([lang, score]);
  }
  return out;
}

const LATIN = /\p{Script=Latin}/gu;

/** A sample's stop-word count for a language; `own` counts only the words no other list holds. */
type StopHits = (lang: string, own?: 'own') => number;

/** Whether the sample holds MIN_STOP_HITS stop words of some language refaudit has a list for. */
function hasStopWords(hits: StopHits): boolean {
  return SUPPORTED_LANGUAGES.some((l) => hits(l) >= MIN_STOP_HITS);
}

/**
 * Every stop word of the languages refaudit has lists for, with the languages it belongs to as bits
 * (bit i: SUPPORTED_LANGUAGES[i]): a sample's counts for all of them take one lookup a token.
 */
let stopTable: Map<string, number> | null = null;
function stopWordTable(): Map<string, number> {
  if (stopTable) return stopTable;
  const table = new Map<string, number>();
  SUPPORTED_LANGUAGES.forEach((lang, i) => {
    for (const w of stopWords(lang)) table.set(w, (table.get(w) ?? 0) | (1 << i));
  });
  return (stopTable = table);
}

/**
 * Stop-word counts of one sample for every language with a list (0 for a language without one),
 * and the counts of each language's own stop words (in no other list: French "nous", "avec", not
 * "de", "la", "le", which Spanish and Italian list too).
 */
function stopHitCounter(tokens: readonly string[]): StopHits {
  const table = stopWordTable();
  const counts = new Array<number>(SUPPORTED_LANGUAGES.length).fill(0);
  const owns = new Array<number>(SUPPORTED_LANGUAGES.length).fill(0);
  for (const t of tokens) {
    if (t.length < 2) continue;
    let bits = table.get(t);
    if (bits === undefined) continue;
    const single = (bits & (bits - 1)) === 0;
    for (let i = 0; bits; i++, bits >>>= 1) {
      if (!(bits & 1)) continue;
      counts[i]! += 1;
      if (single) owns[i]! += 1;
    }
  }
  return (lang, own) => {
    const i = SUPPORTED_LANGUAGES.indexOf(lang);
    return i < 0 ? 0 : (own ? owns : counts)[i]!;
  };
}

/**
 * The fast path, most pages of most sites: the declared (else the market's) language leads the
 * text's stop words three to one, counted over every list's words or over each language's own
 * (the words no other list holds). The second count is what confirms most French pages: French,
 * Spanish and Italian all list "de", "la", "le", and a French page uses them more than most. The
 * first confirms pages with few words of their language's own (English "in", which Dutch, German
 * and Italian list too). Nothing contradicts the hint and franc, the costly part, need not run.
 */
function confirmHint(hits: StopHits, hint: string | null): { lang: string; confidence: number } | null {
  if (!hint || !SUPPORTED_LANGUAGES.includes(hint)) return null;
  const leads = (own?: 'own') => {
    const mine = hits(hint, own);
    if (mine < MIN_STOP_HITS) return null;
    let other = 0;
    for (const l of SUPPORTED_LANGUAGES) if (l !== hint) other = Math.max(other, hits(l, own));
    return mine >= 3 * other ? { lang: hint, confidence: Math.round((mine / (mine + other)) * 100) / 100 } : null;
  };
  return leads() ?? leads('own');
}

/**
 * The language a text is analysed in. franc names the candidates: the languages within
 * LANGUAGE_MARGIN of its best (its scores are close together on short or accent-folded texts:
 * French, Spanish and English within 0.1 of each other on a French page). Between candidates
 * refaudit has stop words for, the one whose stop words the text uses most decides, when it uses
 * them at least twice as often as the next: that is "sure". The declared language, then the
 * market's, then the site's so far, are kept unless the text surely says another; a declared
 * language the text surely contradicts is reported.
 */
export function readLanguage(sample: string, declaredTag: string | null, marketLang: string | null, siteLang: string | null = null): LanguageReading {
  const declared = primary(declaredTag);
  const market = primary(marketLang);
  const letters = sample.replace(/[^\p{L}]+/gu, '').length;
  const hits = stopHitCounter(tokenize(sample));
  const confirmed = letters >= MIN_CHARS ? confirmHint(hits, declared ?? market) : null;
  if (confirmed) return { lang: confirmed.lang, declared, detected: confirmed.lang, confidence: confirmed.confidence, contradicts: false, sure: true };
  // A Latin-script sample with next to no stop words (names, keywords, code) tells franc little:
  // it reads English build commands as Portuguese. Such a page keeps the declared language.
  const guessable = letters >= MIN_CHARS && (hasStopWords(hits) || share(sample, LATIN, letters) < 0.8);
  const ranked = guessable ? rankLanguages(sample) : [];
  const top = ranked[0] ?? null;
  if (!guessable || top === null) {
    const lang = declared ?? market ?? siteLang ?? top?.[0] ?? 'und';
    return { lang, declared, detected: null, confidence: 0, contradicts: false, sure: false };
  }
  const near = ranked.filter(([, s]) => s >= 1 - LANGUAGE_MARGIN).map(([l]) => l);
  const candidates = [...new Set([...near, ...[declared, market].filter((l): l is string => !!l)])].filter((l) => SUPPORTED_LANGUAGES.includes(l));
  const byStops = candidates.map((l) => [l, hits(l)] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = byStops;
  // Sure when the stop words clearly lead, or lead and franc's best agrees (French and Spanish share "de", "la").
  const sureByStops = !!first && first[1] >= MIN_STOP_HITS && (first[1] >= 2 * (second?.[1] ?? 0) || (first[0] === top[0] && first[1] > (second?.[1] ?? 0)));
  const detected = sureByStops ? first[0] : (near.find((l) => SUPPORTED_LANGUAGES.includes(l)) ?? top[0]);
  const sure = sureByStops || near.length === 1;
  // A declared language franc did not compare, or whose script the text is written in, is not contradicted.
  const contradicts =
    declared !== null && sure && detected !== declared && (COMPARED.has(declared) || declared in SCRIPT) && !writtenInDeclaredScript(sample, declared, detected, letters);
  const keep = (l: string | null) => l !== null && !(sure && l !== detected) && (near.includes(l) || !sure);
  const lang = keep(declared) ? declared! : keep(market) ? market! : sure ? detected : (siteLang ?? detected);
  const hitsOf = (l: string | null) => byStops.find(([x]) => x === l)?.[1] ?? 0;
  // How clearly the text says it: the share of the two leading languages' stop words that are the detected one's.
  const lead = hitsOf(detected);
  const other = contradicts ? hitsOf(declared) : (second?.[1] ?? 0);
  const confidence = lead + other > 0 ? Math.round((lead / (lead + other)) * 100) / 100 : 0;
  return { lang, declared, detected, confidence, contradicts, sure };
}
