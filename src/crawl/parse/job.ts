/**
 * What turns a fetched HTML body into HtmlFacts, the same in a worker thread and in the main
 * thread: decode the bytes by the page's charset, then one streaming pass (extract/html.ts).
 */
import type { HtmlFacts } from '../../site/types.js';
import { decodeHtml } from '../decode.js';
import { extractHtml } from '../extract/html.js';
import { makeLinkResolver } from '../extract/link-resolver.js';
import { makeScope } from '../scope.js';
import { mapPackedTexts, packText } from '../../site/text-store.js';
import type { EncodedUrls } from './url-dictionary.js';
import type { ParsedSitemap } from '../sitemaps.js';

/** Fixed for a whole crawl: sent once to each worker. */
export interface ParseContext {
  startUrl: string;
  subdomains: boolean;
  include: string[];
  exclude: string[];
  stripTracking: boolean;
  botTokens: string[];
}

export interface ParseRequest {
  id: number;
  body: Uint8Array;
  contentType: string | null;
  pageUrl: string;
}

/** A sitemap file to read (sitemaps.ts): a big one is a quarter of a second of work. */
export interface SitemapRequest {
  id: number;
  sitemap: Uint8Array;
  url: string;
}

/**
 * Facts whose internal link URLs and resources are left empty and sent as `links` and `resources`
 * (numbered in that order, see url-dictionary.ts), and whose packed-text fields hold the texts
 * unpacked (packTexts() packs them on arrival).
 */
export type ParseReply = { id: number; facts: HtmlFacts; links: EncodedUrls; resources: EncodedUrls } | { id: number; sitemap: ParsedSitemap } | { id: number; error: string };

export function makeParser(ctx: ParseContext, intern?: (s: string) => string, pack?: (text: string) => string): (req: Omit<ParseRequest, 'id'>) => HtmlFacts {
  const scope = makeScope(ctx.startUrl, ctx);
  const isInternal = (u: string) => scope.isInternal(u);
  const resolveLink = makeLinkResolver({ stripTracking: ctx.stripTracking, isInternal });
  return (req) => {
    const { text } = decodeHtml(asBuffer(req.body), req.contentType);
    return extractHtml(text, { pageUrl: req.pageUrl, isInternal, stripTracking: ctx.stripTracking, botTokens: ctx.botTokens, resolveLink, ...(intern ? { intern } : {}), ...(pack ? { pack } : {}) });
  };
}

/** Bytes that crossed a thread boundary (a plain Uint8Array there) as a Buffer, without a copy. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Packs the texts a parsing thread sent unpacked (see ExtractOptions.pack). */
export function packTexts(f: HtmlFacts): HtmlFacts {
  mapPackedTexts(f, (v) => (typeof v === 'string' ? packText(v) : v));
  return f;
}
