/** Messages between the audit and its relevance thread (see thread.ts). */
import type { ThreadTexts } from '../../site/page-text.js';
import type { PageRecord } from '../../site/types.js';
import type { AnchorPart, Doc } from './docs.js';
import type { SiteTermResults } from './site-terms.js';

export interface RelevanceThreadInit {
  marketLang: string | null;
  texts: string[];
}

/** The parts of a page that relevance reads, without its links (anchors are counted later). */
export type PageForRelevance = Pick<PageRecord, 'url' | 'finalUrl'> & {
  html: Pick<NonNullable<PageRecord['html']>, 'title' | 'metaDescription' | 'lang' | 'wordCount'> & ThreadTexts;
};

/** A page and its rank in the order pages were sent (the audit's list of sent pages). */
export interface PageForThread {
  seq: number;
  page: PageForRelevance;
}

/**
 * A chunk of the anchors field for the thread to count after the crawl, while the audit counts
 * other chunks: its pages' links as target slots (page k's are targets[ends[k - 1] .. ends[k]]) and
 * their anchor texts as anchorTextsForThread gives them. The first chunk carries the slots' languages.
 */
export interface AnchorsForThread {
  kind: 'anchors';
  langs: string[] | null;
  targets: Int32Array;
  ends: Int32Array;
  texts: string[];
}

export type ToThread = { kind: 'pages'; pages: PageForThread[] } | { kind: 'finish' } | AnchorsForThread | { kind: 'anchors-end' };

/**
 * A page's document as it crosses back: its wanted terms' counts are FIELDS.length numbers each at
 * `at` in the answer's one `counts` array, not a typed array a term (130,000 of them for 13 keywords
 * over 10,000 pages, each its own allocation when received).
 */
export type SentDoc = Omit<Doc, 'page' | 'analyzer' | 'counts'> & { terms: string[]; at: number };

export type FromThread =
  | { kind: 'done'; docs: [number, SentDoc][]; counts: Int32Array; siteTerms: SiteTermResults }
  /** A chunk of anchors counted; its tally is sent on 'anchors-end'. */
  | { kind: 'anchors-ack' }
  | { kind: 'anchors'; part: AnchorPart }
  /** Every ACK_EVERY pages: how many the thread has counted, so the audit can pace what it sends. */
  | { kind: 'ack'; counted: number }
  | { kind: 'error'; message: string };

export const ACK_EVERY = 64;
