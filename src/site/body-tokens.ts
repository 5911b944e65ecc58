/**
 * The packed form of a page's body tokens (HtmlFacts.bodyTokensPacked): raw deflate at level 1,
 * its bytes held as a Latin-1 string (one character a byte: a string costs one byte a character
 * in memory, and JSON carries any character). Level 1 because packing runs once a page in the
 * crawl's hot path and higher levels save little more on word lists.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { packedText, type PackedText } from './spill.js';
import type { HtmlFacts } from './types.js';

export function packText(text: string): string {
  return text ? deflateRawSync(text, { level: 1 }).toString('latin1') : '';
}

/** Packed text as it was, from memory or from an audit's spill file. */
export function unpackText(packed: PackedText): string {
  const bytes = packedText(packed);
  return bytes ? inflateRawSync(Buffer.from(bytes, 'latin1')).toString('utf8') : '';
}

export function packTokens(tokens: string[]): string {
  return packText(tokens.join(' '));
}

/** Replaces each packed-text field of a page's facts (body tokens, heading, anchor texts) by fn's result. */
export function mapPackedTexts(h: HtmlFacts, fn: (v: PackedText) => PackedText): void {
  h.bodyTokensPacked = fn(h.bodyTokensPacked);
  h.headings.textsPacked = fn(h.headings.textsPacked);
  h.internalLinks.textsPacked = fn(h.internalLinks.textsPacked);
  h.externalLinks.textsPacked = fn(h.externalLinks.textsPacked);
}

/** The body tokens as one space-separated string ('' when none). */
export function bodyText(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string {
  return unpackText(html.bodyTokensPacked);
}

export function bodyTokens(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string[] {
  const text = bodyText(html);
  return text ? text.split(' ') : [];
}
