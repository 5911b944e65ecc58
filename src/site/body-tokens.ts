/**
 * The packed form of a page's body tokens (HtmlFacts.bodyTokensPacked): raw deflate at level 1,
 * base64. Level 1 because packing runs once a page in the crawl's hot path and higher levels save
 * little more on word lists; base64 because the snapshot is JSON.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { HtmlFacts } from './types.js';

export function packTokens(tokens: string[]): string {
  if (!tokens.length) return '';
  return deflateRawSync(tokens.join(' '), { level: 1 }).toString('base64');
}

/** The body tokens as one space-separated string ('' when none). */
export function bodyText(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string {
  if (!html.bodyTokensPacked) return '';
  return inflateRawSync(Buffer.from(html.bodyTokensPacked, 'base64')).toString('utf8');
}

export function bodyTokens(html: Pick<HtmlFacts, 'bodyTokensPacked'>): string[] {
  const text = bodyText(html);
  return text ? text.split(' ') : [];
}
