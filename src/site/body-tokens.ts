/**
 * The packed form of a page's body tokens (HtmlFacts.bodyTokensPacked): raw deflate at level 1,
 * its bytes held as a Latin-1 string (one character a byte: a string costs one byte a character
 * in memory, and JSON carries any character). Level 1 because packing runs once a page in the
 * crawl's hot path and higher levels save little more on word lists.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { packedText } from './spill.js';
import type { HtmlFacts } from './types.js';

export function packText(text: string): string {
  return text ? deflateRawSync(text, { level: 1 }).toString('latin1') : '';
}

export function unpackText(packed: string): string {
  return packed ? inflateRawSync(Buffer.from(packed, 'latin1')).toString('utf8') : '';
}

export function packTokens(tokens: string[]): string {
  return packText(tokens.join(' '));
}

/** The body tokens as one space-separated string ('' when none). */
export function bodyText(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string {
  return unpackText(packedText(html.bodyTokensPacked));
}

export function bodyTokens(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string[] {
  const text = bodyText(html);
  return text ? text.split(' ') : [];
}
