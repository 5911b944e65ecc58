/**
 * The site snapshot: everything the crawl learnt, as plain data.
 *
 * It is the only thing analyses read about the site, and it can be written to disk
 * (`refaudit crawl URL --out snap.json`) and re-analysed later (`refaudit audit --from snap.json`).
 * It never holds page HTML: only the facts analyses need, so that 100,000 pages fit in memory.
 * Strings repeated across pages (link targets, anchor texts) are interned by the crawler.
 *
 * Page texts (body tokens, heading and anchor texts) are stored compact, and during an audit the
 * crawl may move them to a temporary file (StoredText): read them with src/site/page-text.ts, and
 * write a snapshot with src/site/snapshot-io.ts, which puts such texts back (JSON.stringify alone
 * would write where they are, not what they say).
 */

import type { StoredText } from './text-store.js';

/**
 * 3: meta-refresh redirects (RedirectHop.via), depth by shortest path, new HtmlFacts and snapshot fields.
 * 4: the accented words as written are counted for the site (writtenForms), no longer kept on each page.
 * 5: a page's resources are counted for the site (ResourceCheck.pages, usedOn), no longer kept on each page.
 */
export const SNAPSHOT_VERSION = 5 as const;

/** A search-engine crawler whose access the crawl records for every URL. */
export interface BotSpec {
  /** Stable lowercase id, also the engine id in src/data (`google` engine has bot `googlebot`). */
  id: string;
  /** The user-agent token matched against robots.txt groups and meta robots names, lowercase. */
  token: string;
  /** Engine ids this bot crawls for (Bingbot feeds bing, yahoo, duckduckgo, ecosia, qwant in part). */
  engines: string[];
}

/** `list`: a URL of the list given with --list (the first one is `start`). */
export type PageSource = 'start' | 'link' | 'sitemap' | 'redirect' | 'canonical' | 'hreflang' | 'list';

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
  /**
   * How the page sent the reader on: absent for an HTTP redirect (Location), `meta-refresh` for a
   * 200 HTML page whose `<meta http-equiv="refresh">` leaves at once (src/site/redirects.ts).
   */
  via?: 'meta-refresh';
}

/** A page's `<meta http-equiv="refresh" content="N;url=...">`: the first one, as browsers use it. */
export interface MetaRefresh {
  /** Seconds before the browser leaves (the integer part of N). */
  delay: number;
  /** Absolute normalised target, or null when the refresh reloads the page itself. */
  url: string | null;
}

/** Links a crawler cannot follow: `href="#"`, `href="javascript:..."`, `<a>` with onclick or role but no href. */
export interface UncrawlableLinks {
  count: number;
  /** The first few, as written (`href="#"`, `href="javascript:void(0)"`, `<a onclick>`), text after a space. */
  examples: string[];
}

/** One link as the extractor reads it and PageText.links() gives it back; pages store their links in columns (PageLinks). */
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

/** A page's links in columns (src/site/text-store.ts); read them with src/site/page-text.ts. */
export interface PageLinks {
  /** Absolute normalised URLs (fragment dropped), in document order. */
  urls: string[];
  /** Anchor texts, one per URL (for image links the img alt), stored as one text. */
  textsPacked: StoredText;
  /** rel values (lowercase tokens, space-separated) of the links that have one, by link index. */
  rels: Record<string, string>;
}

/** Headings in two strings (src/site/text-store.ts); read them with src/site/page-text.ts. */
export interface PageHeadings {
  /** One digit a heading, its level: "1223". */
  levels: string;
  /** Heading texts in the same order, stored as one text. */
  textsPacked: StoredText;
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
   * folded, punctuation dropped), capped at MAX_BODY_TOKENS, joined by single spaces, stored as one
   * text (packed: 100,000 pages must fit in memory). Read it with PageText.bodyTokens()
   * (src/site/page-text.ts). Stop words are kept so phrases stay intact; analyses remove them.
   */
  bodyTokensPacked: StoredText;
  /**
   * The words of the title, description and body that accent folding changed, each once,
   * lowercased as written ("hôtes", "départ"), joined by spaces. Only on the way from the parser
   * to the crawl, which counts them in SiteSnapshot.writtenForms and drops them (undefined in a
   * snapshot): a copy kept a page would cost a zlib stream a page and ~100 bytes of memory.
   */
  writtenWords?: string | undefined;
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
  /** The page's meta refresh, null when it has none (always set by the extractor). */
  metaRefresh?: MetaRefresh | null;
  /** Absolute URLs of `<link rel="sitemap" href>` (always set by the extractor). */
  sitemapLinks?: string[];
  /**
   * Images, stylesheets and scripts of the site (same host) the page uses: `<img src>`,
   * `<link rel="stylesheet" href>`, `<script src>`, deduplicated, the first MAX_PAGE_RESOURCES.
   * Each is its kind's letter (`i` image, `s` stylesheet, `j` script) followed by the absolute
   * URL. Only on the way from the parser to the crawl, which counts them (src/crawl/resource-uses.ts)
   * and drops them: undefined in a snapshot (SiteSnapshot.resources has each file's pages).
   */
  resources?: string[] | undefined;
  /** Links a crawler cannot follow; null when there are none (always set by the extractor). */
  uncrawlableLinks?: UncrawlableLinks | null;
  /** Script bundles, app root and hydration markers (src/crawl/extract/script-signals.ts); null: none. */
  script?: ScriptSignals | null;
}

/** What the markup says about needing JavaScript, as read before any script runs. */
export interface ScriptSignals {
  /** `<script src>` elements that run (JSON-LD and other data blocks excluded). */
  bundles: number;
  /** The application root found first (`#root`, `#__next`, `#__docusaurus`, `<app-root>`...), or null. */
  appRoot: string | null;
  /** Words of visible text inside the app root (null: no app root). */
  appRootWords: number | null;
  /** Words of visible text inside the first `<main>` (null: no `<main>`). */
  mainWords: number | null;
  /** Frameworks whose hydration markers were found (`react`, `next`, `docusaurus`, `vue-ssr`...). */
  markers: string[];
}

/** Resources kept a page: enough for the shared template's and the page's own. */
export const MAX_PAGE_RESOURCES = 30;

/** One image, stylesheet or script of the site, checked once after the crawl (HEAD, GET on 405/501). */
export interface ResourceCheck {
  url: string;
  kind: 'image' | 'stylesheet' | 'script';
  /** Final status, null when no answer (error) or not fetched (robots.txt). */
  status: number | null;
  error?: FetchErrorCode;
  /** robots.txt disallows it for the crawl's user agent: not fetched. */
  robotsBlocked?: boolean;
  /** Pages that use it. */
  pages: number;
  /** Up to 10 of them, in (URL length, URL) order (src/crawl/resource-uses.ts). */
  usedOn: string[];
}

/** Examples kept of a page's uncrawlable links (the count stays exact). */
export const MAX_UNCRAWLABLE_EXAMPLES = 5;

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
  /** What rendering the page in Chromium found (`--render`); absent when the crawl did not render it. */
  render?: RenderRecord;
}

/** The raw page as an engine that does not run scripts sees it (the facts before rendering). */
export interface RawView {
  title: string | null;
  description: string | null;
  canonical: string | null;
  metaRobots: MetaRobots;
  /** Text of the first H1, or null when the raw HTML has none. */
  h1: string | null;
  words: number;
  internalLinks: number;
  /** Why the raw HTML looks like a script shell (src/site/script-shell.ts), or null. */
  shell: string | null;
}

export type RenderedField = 'title' | 'description' | 'canonical' | 'robots' | 'h1' | 'words' | 'links';

/**
 * One page loaded in Chromium. When `status` is 'rendered' the page's `html` holds the facts of the
 * DOM after scripts ran (what a rendering engine indexes) and `raw` those of the HTML as served.
 */
export interface RenderRecord {
  status: 'rendered' | 'failed';
  /** Milliseconds from navigation to the DOM being read. */
  ms: number;
  error?: string;
  raw: RawView;
  /** Fields whose rendered value differs from the raw one. */
  changed: RenderedField[];
  /** Internal links present only after rendering / only before: count and the first URLs. */
  linksAdded: { count: number; sample: string[] };
  linksRemoved: { count: number; sample: string[] };
  /** Requests the page made that were not sent: disallowed by robots.txt, or to third parties. */
  blocked: { robots: number; thirdParty: number; sample: string[] };
  /** Requests the page made that were sent (scripts, styles, data). */
  requests: number;
}

/** How pages were rendered (`--render`); absent from settings when they were not. */
export interface RenderSettings {
  chromium: string;
  /** Pages rendered at once. */
  concurrency: number;
  /** Per page, navigation to the DOM read. */
  timeoutMs: number;
  /** Whether requests to other sites (CDNs, analytics, APIs) were let through. */
  thirdParty: boolean;
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
  /** `start-path`: sitemap.xml or sitemap_index.xml in the start page's folder; `link`: the start page's `<link rel="sitemap">`. */
  source: 'robots' | 'default' | 'index' | 'config' | 'start-path' | 'link';
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
  /**
   * <loc> values left out: relative ones (sitemaps.org requires absolute URLs) and those on another
   * host than the audited site's; the first few as examples. Absent when every <loc> was usable.
   */
  badLocs?: { relative: number; otherHost: number; examples: string[] };
}

/** A robots.txt found under the start path (`/docs/robots.txt`): engines read only the origin's /robots.txt. */
export interface IgnoredRobots {
  url: string;
  status: number;
  /** Its Sitemap lines, as written. */
  sitemaps: string[];
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

/** A verification file of fixed name at the origin root (e.g. Bing's BingSiteAuth.xml), fetched once. */
export interface VerificationFileCheck {
  file: string;
  /** The webmaster tools that read this file. */
  tools: string;
  url: string;
  status: number | null;
  /** Answered 200 with the content the tool expects (not a soft 404 page). */
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
  /**
   * Sitemap URLs not fetched because no link path within --max-depth reaches them (the first
   * 10,000; their count is in skipped.maxDepth with the links refused for depth). Absent when none.
   */
  sitemapBeyondMaxDepth?: string[];
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
  render?: RenderSettings;
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
  /** Verification files of fixed name found at the root; absent in snapshots made before they were checked. */
  verificationFiles?: VerificationFileCheck[];
  /** The site's images, stylesheets and scripts checked after the crawl, and how many more were left unchecked (the cap). */
  resources?: { checked: ResourceCheck[]; unchecked: number };
  /** A robots.txt under the start path, which engines ignore; absent when there is none or the start is at the root. */
  ignoredRobots?: IgnoredRobots;
  /** List mode (--list): the URLs audited, in the file's order (no link followed). Absent for a site crawl. */
  listUrls?: string[];
  /**
   * The accented words the indexable pages write ("hôtes", lowercased as written), each with how
   * many of those pages write it, sorted by word: the report shows words as the site writes them
   * (src/analyze/relevance/written-forms.ts). Absent when no page writes one.
   */
  writtenForms?: [form: string, pages: number][];
}
