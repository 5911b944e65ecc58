/**
 * The fields of a page that relevance scoring reads, as analyzed terms (stop words out, stemmed):
 * title, H1, URL path, meta description, H2–H6, body, and the anchor text of internal links
 * pointing to the page. Built one page at a time and dropped once its counts are taken (see
 * docs.ts): holding every page's terms at once would not fit a big site in memory.
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { pageText } from '../../site/page-text.js';
import { isIndexable } from '../../site/indexability.js';
import { analyzerFor, type Analyzer } from '../../text/analyzer.js';
import { readLanguage, SAMPLE_CHARS, type LanguageReading } from '../../text/language.js';
import { tokenize } from '../../text/normalize.js';

export const FIELDS = ['title', 'h1', 'url', 'description', 'headings', 'body', 'anchors'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageFields {
  page: PageRecord;
  lang: string;
  /** How the language was decided: declared, detected, contradiction. */
  reading: LanguageReading;
  analyzer: Analyzer;
  /** Analyzed terms per field, in order (order matters for phrase matches). */
  terms: Record<Field, string[]>;
  /** The body's tokens before analysis (stop words kept: site phrases stop at them). */
  bodyTokens: string[];
}

/** A path's words: separators, and the seams between digits and letters ("1_1FMTmodel", "top10"). */
function urlTokens(url: string): string[] {
  try {
    return tokenize(decodeURIComponent(new URL(url).pathname).replace(/[/\-_.]+/g, ' ').replace(/(\d)(\p{L})|(\p{L})(\d)/gu, '$1$3 $2$4'));
  } catch {
    return [];
  }
}

export const isCandidate = (p: PageRecord): boolean => !!p.html && isIndexable(p);

export function candidatePages(snapshot: SiteSnapshot): PageRecord[] {
  return snapshot.pages.filter(isCandidate);
}

/** Body tokens before the middle that the sample starts from: the sample is ~30 words around it. */
const BEFORE_MIDDLE = 15;

/**
 * The text franc reads for a page's language: its title and the words around the middle of its
 * body, at most SAMPLE_CHARS characters. Not the body's opening nor the meta description: on many
 * themes they are the site's own words on every page (bpetit-blog's French posts open on the
 * English sidebar that repeats its English description, 2026-11-30), while the middle of the body
 * is the page's own text. When the page has more words than the tokens kept, the middle lies past
 * them and the sample is their end (clickhouse-docs' English changelog under lang=ru: its first
 * 1,000 tokens are mostly the Russian menu). The description is read only when the page has no body text.
 */
export function languageSample(title: string | null, description: string | null, body: readonly string[], words = body.length): string {
  let out = (title ?? '').slice(0, SAMPLE_CHARS);
  if (!body.length) return `${out} ${description ?? ''}`.slice(0, SAMPLE_CHARS);
  // The body's middle may lie past the tokens kept (MAX_BODY_TOKENS): then the last ones kept are nearest to it.
  const middle = Math.min(words, body.length * 2) >> 1;
  const start = Math.max(0, Math.min(middle - BEFORE_MIDDLE, body.length - 2 * BEFORE_MIDDLE));
  for (let i = start; i < body.length && out.length < SAMPLE_CHARS; i++) out += ` ${body[i]}`;
  return out.slice(0, SAMPLE_CHARS);
}

/** The page's language from its text, its lang attribute and the market's language as hints. */
export function languageOf(page: PageRecord, marketLang: string | null, body?: string[], siteLang: string | null = null): LanguageReading {
  const h = page.html!;
  return readLanguage(languageSample(h.title, h.metaDescription, body ?? pageText(h).bodyTokens(), h.wordCount), h.lang, marketLang, siteLang);
}

/**
 * The languages pages were surely read in so far: a page whose text does not tell (code, names)
 * takes the most common, which is the site's. Pages arrive home first, so it settles early.
 */
export class LanguageTally {
  private counts = new Map<string, number>();
  private top: string | null = null;

  add(r: LanguageReading): void {
    if (!r.sure || !r.detected) return;
    const n = (this.counts.get(r.detected) ?? 0) + 1;
    this.counts.set(r.detected, n);
    if (!this.top || n > (this.counts.get(this.top) ?? 0)) this.top = r.detected;
  }

  get lang(): string | null {
    return this.top;
  }
}

/** A page's own fields; `anchors` is left empty: it comes from other pages' links (docs.ts). */
export function fieldsOf(page: PageRecord, marketLang: string | null, tally?: LanguageTally): PageFields {
  const h = page.html!;
  const text = pageText(h);
  const body = text.bodyTokens();
  const reading = languageOf(page, marketLang, body, tally?.lang ?? null);
  tally?.add(reading);
  const lang = reading.lang;
  const analyzer = analyzerFor(lang);
  const a = (text: string | null | undefined) => analyzer.terms(tokenize(text ?? ''));
  const headings = text.headings();
  const headingsAt = (levels: (level: number) => boolean) =>
    headings
      .filter((x) => levels(x.level))
      .map((x) => x.text)
      .join(' ');
  return {
    page,
    lang,
    reading,
    analyzer,
    bodyTokens: body,
    terms: {
      title: a(h.title),
      h1: a(headingsAt((l) => l === 1)),
      url: analyzer.terms(urlTokens(page.finalUrl)),
      description: a(h.metaDescription),
      headings: a(headingsAt((l) => l > 1)),
      body: analyzer.terms(body),
      anchors: [],
    },
  };
}
