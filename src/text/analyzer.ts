/**
 * Tokens → index terms for one language: stop words removed (the `stopword` package's lists,
 * accent-folded like our tokens), single letters from elisions dropped (l', d', qu'), then the
 * Snowball stemmer of that language, so "séjours", "sejour" and "Séjour" meet on one term.
 */
import type { Stemmer } from 'snowball-stemmers';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { foldText } from './normalize.js';

const LANGS: Record<string, { stemmer: string; stop: string }> = {
  fr: { stemmer: 'french', stop: 'fra' },
  en: { stemmer: 'english', stop: 'eng' },
  es: { stemmer: 'spanish', stop: 'spa' },
  de: { stemmer: 'german', stop: 'deu' },
  it: { stemmer: 'italian', stop: 'ita' },
  pt: { stemmer: 'portuguese', stop: 'por' },
  nl: { stemmer: 'dutch', stop: 'nld' },
  ar: { stemmer: 'arabic', stop: 'ara' },
  ru: { stemmer: 'russian', stop: 'rus' },
};

export const SUPPORTED_LANGUAGES = Object.keys(LANGS);

export interface Analyzer {
  /** The language whose stop words and stemmer it uses, or 'neutral'. */
  lang: string;
  /** No stop words nor stemmer for the page's language: tokens are matched as folded words. */
  neutral: boolean;
  isStop(token: string): boolean;
  stem(token: string): string;
  /** Stop words and one-letter tokens removed, the rest stemmed. */
  terms(tokens: string[]): string[];
}

// Loaded on first use: the stemmers of every language and the stop-word lists cost ~150 ms of CPU
// a thread that loads them, and an audit's main thread often needs neither (the relevance thread
// reads the pages). Both packages are CommonJS, so require() can load them when first asked.
const require = createRequire(import.meta.url);
let stopwordLists: Record<string, string[]> | null = null;
const newStemmer = (language: string): Stemmer => (require('snowball-stemmers') as typeof import('snowball-stemmers')).newStemmer(language);

const cache = new Map<string, Analyzer>();
const DIGITS = /^[0-9]+$/;

// Words the package's lists miss, with their source: src/data/stopwords-extra.json.
const EXTRA_FILE = fileURLToPath(new URL('../../src/data/stopwords-extra.json', import.meta.url));
let extra: Record<string, unknown> | null = null;
// Built once a language: language detection asks for four lists for every page without a lang attribute.
const stopSets = new Map<string, ReadonlySet<string>>();

export function stopWords(lang: string): ReadonlySet<string> {
  const key = LANGS[lang] ? lang : 'en';
  let set = stopSets.get(key);
  if (!set) {
    stopwordLists ??= require('stopword') as Record<string, string[]>;
    const list = stopwordLists[LANGS[key]!.stop] ?? [];
    extra ??= JSON.parse(readFileSync(EXTRA_FILE, 'utf8')) as Record<string, unknown>;
    const more = Array.isArray(extra[key]) ? (extra[key] as string[]) : [];
    stopSets.set(key, (set = new Set([...list, ...more].map((w) => foldText(w)))));
  }
  return set;
}

/** Whether refaudit has stop words and a stemmer for the language. */
export const hasStemmer = (lang: string | null | undefined): boolean => !!lang && !!LANGS[lang];

/**
 * The language-neutral analyzer, for a language refaudit cannot stem: one-letter tokens dropped,
 * the other folded tokens kept as they are. Keywords still match pages word for word.
 */
function neutralAnalyzer(): Analyzer {
  const isStop = (t: string) => t.length < 2;
  return { lang: 'neutral', neutral: true, isStop, stem: (t) => t, terms: (tokens) => tokens.filter((t) => !isStop(t)) };
}

export function analyzerFor(lang: string | null | undefined): Analyzer {
  const key = lang && LANGS[lang] ? lang : 'neutral';
  const hit = cache.get(key);
  if (hit) return hit;
  if (key === 'neutral') {
    const a = neutralAnalyzer();
    cache.set(key, a);
    return a;
  }
  const spec = LANGS[key]!;
  let stops: ReadonlySet<string> | null = null;
  let stemmer: Stemmer | null = null;
  const stems = new Map<string, string>();
  const isStop = (t: string) => t.length < 2 || (stops ??= stopWords(key)).has(t);
  const stem = (t: string) => {
    // Every stemmer leaves a number as it is (test/text/analyzer-digits.test.ts): a file of
    // 200,000 visitor queries, each with its own number, no longer stems each in every language.
    if (DIGITS.test(t)) return t;
    let s = stems.get(t);
    if (s === undefined) {
      // Stemmers may reintroduce accents for some languages: fold their output too.
      s = foldText((stemmer ??= newStemmer(spec.stemmer)).stem(t));
      if (stems.size < 200_000) stems.set(t, s);
    }
    return s;
  };
  // token → its term, or null for a stop word: one lookup a token on the hot path.
  const termOf = new Map<string, string | null>();
  const analyzer: Analyzer = {
    lang: key,
    neutral: false,
    isStop,
    stem,
    terms(tokens) {
      const out: string[] = [];
      for (const t of tokens) {
        let term = termOf.get(t);
        if (term === undefined) {
          term = isStop(t) ? null : stem(t);
          if (termOf.size < 200_000) termOf.set(t, term);
        }
        if (term !== null) out.push(term);
      }
      return out;
    },
  };
  cache.set(key, analyzer);
  return analyzer;
}
