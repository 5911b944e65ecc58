/**
 * The fields of a page that relevance scoring reads, as analyzed terms (stop words out, stemmed):
 * title, H1, URL path, meta description, H2–H6, body, and the anchor text of internal links
 * pointing to the page. Built one page at a time and dropped once its counts are taken (see
 * docs.ts): holding every page's terms at once would not fit a big site in memory.
 */
import type { PageRecord, SiteSnapshot } from '../../site/types.js';
import { bodyTokens } from '../../site/body-tokens.js';
import { headingList } from '../../site/headings.js';
import { isIndexable } from '../../site/indexability.js';
import { analyzerFor, type Analyzer } from '../../text/analyzer.js';
import { pageLanguage } from '../../text/language.js';
import { tokenize } from '../../text/normalize.js';

export const FIELDS = ['title', 'h1', 'url', 'description', 'headings', 'body', 'anchors'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageFields {
  page: PageRecord;
  lang: string;
  analyzer: Analyzer;
  /** Analyzed terms per field, in order (order matters for phrase matches). */
  terms: Record<Field, string[]>;
  /** The body's tokens before analysis (stop words kept: site phrases stop at them). */
  bodyTokens: string[];
}

function urlTokens(url: string): string[] {
  try {
    return tokenize(decodeURIComponent(new URL(url).pathname).replace(/[/\-_.]+/g, ' '));
  } catch {
    return [];
  }
}

export const isCandidate = (p: PageRecord): boolean => !!p.html && isIndexable(p);

export function candidatePages(snapshot: SiteSnapshot): PageRecord[] {
  return snapshot.pages.filter(isCandidate);
}

/** The page's language; its body is read only when neither its lang attribute nor the market says. */
export function languageOf(page: PageRecord, marketLang: string | null, body?: string[]): string {
  const h = page.html!;
  return pageLanguage(h.lang, marketLang, () => body ?? bodyTokens(h));
}

/** A page's own fields; `anchors` is left empty: it comes from other pages' links (docs.ts). */
export function fieldsOf(page: PageRecord, marketLang: string | null): PageFields {
  const h = page.html!;
  const body = bodyTokens(h);
  const lang = languageOf(page, marketLang, body);
  const analyzer = analyzerFor(lang);
  const a = (text: string | null | undefined) => analyzer.terms(tokenize(text ?? ''));
  // Unpacked once for both fields.
  const headings = headingList(h.headings);
  const headingsAt = (levels: (level: number) => boolean) =>
    headings
      .filter((x) => levels(x.level))
      .map((x) => x.text)
      .join(' ');
  return {
    page,
    lang,
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
