/**
 * How a page's texts (body tokens, heading texts, anchor texts) are stored: each as one string,
 * raw-deflated at level 1, its bytes held as a Latin-1 string (one character a byte: a string costs
 * one byte a character in memory, and JSON carries any character). Level 1 because packing runs once
 * a page in the crawl's hot path and higher levels save little more on word lists. During an audit
 * the crawl may move a stored text to a temporary file (spill.ts) and keep where it is instead.
 *
 * Only the crawl (which writes texts) and snapshot files use this module; everything else reads
 * texts through src/site/page-text.ts.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { readSpilled, type SpilledText } from './spill.js';
import type { Heading, HtmlFacts, LinkRecord, PageHeadings, PageLinks } from './types.js';

/** A stored text field: the packed Latin-1 string, or where an audit's spill file holds it. */
export type StoredText = string | SpilledText;

export function packText(text: string): string {
  return text ? deflateRawSync(text, { level: 1 }).toString('latin1') : '';
}

/** The packed string, from memory or from the spill file. */
export function packedString(v: StoredText): string {
  return typeof v === 'string' ? v : readSpilled(v);
}

/** The text as it was written. */
export function unpackText(v: StoredText): string {
  const bytes = packedString(v);
  return bytes ? inflateRawSync(Buffer.from(bytes, 'latin1')).toString('utf8') : '';
}

/**
 * Headings in two strings: levels as digits ("1223"), texts joined by "\n" (texts are
 * whitespace-collapsed: no newline inside one) and packed. Twenty objects and strings a page would
 * weigh more than the rest of the page's facts on a 100,000-page crawl.
 */
export function packHeadings(list: Heading[], pack: (text: string) => string = packText): PageHeadings {
  return { levels: list.map((h) => h.level).join(''), textsPacked: pack(list.map((h) => h.text.replace(/\n/g, ' ')).join('\n')) };
}

/**
 * Links in columns: target URLs in an array (each a shared copy, see crawl/intern.ts), anchor
 * texts joined by "\n" and packed in one string, rel values only where present. A hundred links a
 * page make a million on a 10,000-page site: one object and one string each would be most of the
 * snapshot's memory.
 */
export function packLinks(records: LinkRecord[], pack: (text: string) => string = packText): PageLinks {
  const rels: Record<string, string> = {};
  records.forEach((r, i) => {
    if (r.rel) rels[i] = r.rel;
  });
  // Texts are whitespace-collapsed, so a newline never occurs inside one.
  return { urls: records.map((r) => r.url), textsPacked: pack(records.map((r) => r.text.replace(/\n/g, ' ')).join('\n')), rels };
}

/** Replaces each stored-text field of a page's facts (body tokens, heading, anchor texts) by fn's result. */
export function mapPackedTexts(h: HtmlFacts, fn: (v: StoredText) => StoredText): void {
  h.bodyTokensPacked = fn(h.bodyTokensPacked);
  h.headings.textsPacked = fn(h.headings.textsPacked);
  h.internalLinks.textsPacked = fn(h.internalLinks.textsPacked);
  h.externalLinks.textsPacked = fn(h.externalLinks.textsPacked);
}
