/**
 * The site snapshot: everything the crawl learnt, as plain JSON-able data.
 *
 * It is the only thing analyses read about the site, and it can be written to disk
 * (`refaudit crawl URL --out snap.json`) and re-analysed later (`refaudit audit --from snap.json`).
 * It never holds page HTML: only the facts analyses need, so that 100,000 pages fit in memory.
 * Strings repeated across pages (link targets, anchor texts) are interned by the crawler.
 */

import type { PackedText } from './spill.js';

export const SNAPSHOT_VERSION = 2 as const;

/** A search-engine crawler whose access the crawl records for every URL. */
export interface BotSpec {
  /** Stable lowercase id, also the engine id in src/data (`google` engine has bot `googlebot`). */
  id: string;
  /** The user-agent token matched against robots.txt groups and meta robots names, lowercase. */
  token: string;
  /** Engine ids this bot crawls for (Bingbot feeds bing, yahoo, duckduckgo, ecosia, qwant in part). */
  engines: string[];
}

export type PageSource = 'start' | 'link' | 'sitemap' | 'redirect' | 'canonical' | 'hreflang';

export type FetchErrorCode =
  | 'dns' // host name did not resolve
  | 'refused' // connection refused
  | 'reset' // connection reset mid-request or mid-body
  | 'timeout' // no complete answer within --timeout
  | 'tls' // certificate or handshake failure
  | 'too-large' // body over --max-bytes (kept truncated) or a decompression bomb
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-encoding' // undecodable Content-Encoding
  | 'aborted' // crawl stopped (Ctrl-C, time budget) while this URL was in flight
  | 'other';

export interface FetchError {
  code: FetchErrorCode;
  message: string;
}

export interface RedirectHop {
  url: string;
  status: number;
  /** Absolute, normalised Location (null when the header was missing or unparsable). */
  location: string | null;
}

/** One link as the extractor reads it; pages store their links packed (PageLinks). */
export interface LinkRecord {
  /** Absolute normalised URL (fragment dropped). */
  url: string;
  /** Anchor text, whitespace-collapsed; for image links the img alt. */
  text: string;
  /** rel tokens when present, lowercase, space-separated (`nofollow`, `sponsored`, `ugc`, ...). */
  rel?: string;
}

export interface Heading {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
}

/** A page's links in columns; read them with src/site/links.ts. */
export interface PageLinks {
  /** Absolute normalised URLs (fragment dropped), in document order. */
  urls: string[];
  /**
   * Anchor texts, one per URL (for image links the img alt), joined by "\n" and packed like the
   * body tokens (see src/site/body-tokens.ts).
   */
  textsPacked: PackedText;
  /** rel values (lowercase tokens, space-separated) of the links that have one, by link index. */
  rels: Record<string, string>;
}

/** Headings in two strings; read them with src/site/headings.ts. */
export interface PageHeadings {
  /** One digit a heading, its level: "1223". */
  levels: string;
  /** Heading texts in the same order, joined by "\n" and packed (src/site/body-tokens.ts). */
  textsPacked: PackedText;
}

export interface HreflangAlternate {
  lang: string;
  url: string;
}

export interface MetaRobots {
  /** Directives of `<meta name="robots">` and every X-Robots-Tag without a bot prefix, lowercase. */
  generic: string[];
  /** Directives for one bot token (`<meta name="googlebot">`, `X-Robots-Tag: bingbot: noindex`). */
  perBot: Record<string, string[]>;
}

/** Facts read from an HTML body. Present only when the response was HTML and parsed. */
export interface HtmlFacts {
  title: string | null;
  /** How many <title> elements the head had (duplicates are a finding). */
  titleCount: number;
  metaDescription: string | null;
  descriptionCount: number;
  metaKeywords: string | null;
  /** Meta robots from the HTML only (X-Robots-Tag lives on the page record). */
  metaRobots: MetaRobots;
  /** Absolute canonical URL, or null. */
  canonical: string | null;
  /** Set (true) when the canonical's raw href was not an absolute URL ("/page/", "page", "//host/page"). */
  canonicalRelative?: boolean;
  canonicalCount: number;
  hreflang: HreflangAlternate[];
  /** `<html lang>`, lowercase, or null. */
  lang: string | null;
  baseHref: string | null;
  /** Headings in document order: the first MAX_HEADINGS, plus any later H1 (10 H1s at most); text capped at 200 characters. */
  headings: PageHeadings;
  /** How many headings the page has, all levels, including those not kept. */
  headingCount: number;
  /** Words of visible body text (script, style, template, noscript excluded). */
  wordCount: number;
  /**
   * Visible body text as normalised tokens (see src/text/normalize.ts: NFKC, lowercase, accents
   * folded, punctuation dropped), capped at MAX_BODY_TOKENS, joined by single spaces, then
   * raw-deflated, the bytes held as a Latin-1 string (a quarter of the size: 100,000 pages must fit
   * in memory).
   * During an audit's crawl it is moved to a temporary file and replaced by where it is
   * (src/site/spill.ts); snapshot files always hold the string. Read it with `bodyTokens()` from
   * src/site/body-tokens.ts. Stop words are kept so phrases stay intact; analyses remove them.
   */
  bodyTokensPacked: PackedText;
  internalLinks: PageLinks;
  externalLinks: PageLinks;
  /** `src` of the images without an alt attribute, at most MAX_LISTED_IMAGES, in document order. */
  imagesMissingAlt: string[];
  /** How many images have no alt attribute (an empty alt marks a decorative image: not counted). */
  imagesMissingAltCount: number;
  imageCount: number;
  /** JSON-LD `@type` values (and microdata itemtype last segment), deduplicated. */
  structuredDataTypes: string[];
  /** Verification meta tags found: name (lowercase) -> content. */
  verification: Record<string, string>;
  /** 64-bit simhash of the body tokens (16 hex chars), for near-duplicate detection. */
  fingerprint: string;
  /**
   * True when the head was closed early by an element not allowed in <head> (as browsers and search
   * engines parse it), so head-only tags after that point (meta robots, canonical...) were ignored.
   */
  headClosedEarly: boolean;
  /** Head-only tags found in the body after the head closed (ignored by engines): tag names. */
  ignoredHeadTags: string[];
}

/**
 * Enough words to judge what a page is about (most pages say it in their first thousand words);
 * each further thousand would cost 100 MB on a 100,000-page crawl.
 */
export const MAX_BODY_TOKENS = 1000;
/** Enough examples for a finding; the counts stay exact. */
export const MAX_LISTED_IMAGES = 20;
export const MAX_HEADINGS = 20;

export interface PageRecord {
  /** Normalised URL as requested. */
  url: string;
  /** URL after redirects (equal to url when none). */
  finalUrl: string;
  source: PageSource;
  /** Link distance from the start URL (sitemap-only pages: depth of discovery, or -1 if never linked). */
  depth: number;
  /** URL of the page that first linked here (null for start and sitemap-only). */
  foundOn: string | null;
  /** Final HTTP status, null when no answer was received. */
  status: number | null;
  error?: FetchError;
  redirects: RedirectHop[];
  contentType: string | null;
  /** Bytes of the body as received (after decompression), capped at --max-bytes. */
  bytes: number;
  /** True when the body was cut at --max-bytes. */
  truncated: boolean;
  /** Milliseconds from request to last body byte (first hop only for redirects: see redirects). */
  responseMs: number;
  /** Content-Encoding of the final response (`gzip`, `br`, `deflate`, `zstd`) or null. */
  contentEncoding: string | null;
  /** Raw X-Robots-Tag header values. */
  xRobotsTag: string[];
  /** X-Robots-Tag parsed the same way as meta robots. */
  headerRobots: MetaRobots;
  /** For every bot id: may it fetch this URL under robots.txt? */
  robotsAllowed: Record<string, boolean>;
  /** Whether the crawl's own user agent was allowed (false: not fetched, status null). */
  crawlAllowed: boolean;
  inSitemap: boolean;
  sitemapLastmod?: string;
  /** Count of internal links pointing here from crawled pages (filled after the crawl). */
  inlinks: number;
  html?: HtmlFacts;
}

export interface RobotsRecord {
  origin: string;
  url: string;
  /** HTTP status of robots.txt, null when unreachable. */
  status: number | null;
  error?: FetchError;
  /** RFC 9309: 2xx parsed; 4xx allow all; 5xx or unreachable disallow all. */
  mode: 'parsed' | 'allow-all' | 'disallow-all';
  bytes: number;
  /** Body as text, capped at 500 KiB (the minimum RFC 9309 asks parsers to read). */
  body: string | null;
  sitemaps: string[];
  /** Crawl-delay seconds per bot id (and '*' for the refaudit UA group) when declared. */
  crawlDelay: Record<string, number>;
  /** Lines that are not valid robots.txt records: `line N: text`. */
  problems: string[];
  /** The body looked like HTML (a soft-404 page served as robots.txt). */
  looksLikeHtml: boolean;
}

export interface SitemapRecord {
  url: string;
  /** How it was found. */
  source: 'robots' | 'default' | 'index' | 'config';
  /** The index that listed it. */
  parent: string | null;
  status: number | null;
  error?: FetchError;
  kind: 'urlset' | 'index' | 'invalid' | 'unreachable';
  gzip: boolean;
  bytes: number;
  /** URLs (or child sitemaps) listed. */
  entries: number;
  /** Over 50,000 entries or 50 MiB uncompressed (the sitemaps.org limits): the rest was ignored. */
  overLimit: boolean;
  problems: string[];
}

export interface SitemapUrl {
  url: string;
  lastmod?: string;
  sitemap: string;
}

export interface IndexNowCheck {
  key: string;
  keyUrl: string;
  status: number | null;
  /** The file's body equals the key (the IndexNow protocol's ownership check). */
  valid: boolean;
}

export type StopReason = 'done' | 'max-pages' | 'time-budget' | 'aborted';

export interface CrawlStats {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  requests: number;
  bytesReceived: number;
  stoppedBy: StopReason;
  /** URLs seen but not fetched, by reason. */
  skipped: {
    outOfScope: number;
    robotsDisallowed: number;
    maxDepth: number;
    /** Per-path-pattern cap (crawler traps such as calendars). */
    patternCap: number;
    maxPages: number;
  };
  /** Path patterns whose cap was hit, with how many URLs were dropped. */
  trapPatterns: { pattern: string; dropped: number }[];
}

export interface CrawlSettings {
  userAgent: string;
  concurrency: number;
  rate: number | null;
  maxPages: number;
  maxDepth: number | null;
  maxBytes: number;
  timeoutMs: number;
  timeBudgetMs: number | null;
  subdomains: boolean;
  include: string[];
  exclude: string[];
  stripTracking: boolean;
  bots: BotSpec[];
}

export interface SiteSnapshot {
  snapshotVersion: typeof SNAPSHOT_VERSION;
  tool: { name: 'refaudit'; version: string };
  startUrl: string;
  /** Start URL after its redirects: the site's home page. */
  homeUrl: string;
  settings: CrawlSettings;
  stats: CrawlStats;
  robots: RobotsRecord[];
  sitemaps: SitemapRecord[];
  sitemapUrls: SitemapUrl[];
  pages: PageRecord[];
  indexNow: IndexNowCheck | null;
}
