/**
 * Builders of hand-made snapshots for pure analysis and rule tests: a test states only the facts
 * it is about, the rest takes neutral defaults (an indexable 200 HTML page, allowed for every bot).
 */
import { DEFAULT_BOTS } from '../../src/site/bots.js';
import type { Heading, HtmlFacts, LinkRecord, PageRecord, SiteSnapshot } from '../../src/site/types.js';
import { SNAPSHOT_VERSION } from '../../src/site/types.js';
import { packHeadings, packLinks, packText } from '../../src/site/text-store.js';
import { tokenize } from '../../src/text/normalize.js';

/**
 * Partial HTML facts; `text` is a convenience that fills bodyTokensPacked and wordCount, and
 * headings and links may be given as lists (they are packed as the crawler packs them).
 */
export type HtmlInput = Partial<Omit<HtmlFacts, 'headings' | 'internalLinks' | 'externalLinks'>> & {
  text?: string;
  headings?: Heading[];
  internalLinks?: LinkRecord[];
  externalLinks?: LinkRecord[];
};

export type PageInput = Partial<Omit<PageRecord, 'html'>> & {
  url: string;
  html?: HtmlInput | null;
};

export function makeHtml(input: HtmlInput = {}): HtmlFacts {
  const { text, headings = [{ level: 1, text: 'Page' }], internalLinks = [], externalLinks = [], ...rest } = input;
  const tokens = text !== undefined ? tokenize(text) : [];
  return {
    title: 'Page',
    titleCount: 1,
    metaDescription: 'A description of this page.',
    descriptionCount: 1,
    metaKeywords: null,
    metaRobots: { generic: [], perBot: {} },
    canonical: null,
    canonicalCount: 0,
    hreflang: [],
    lang: 'fr',
    baseHref: null,
    headings: packHeadings(headings),
    headingCount: headings.length,
    wordCount: tokens.length,
    bodyTokensPacked: packText(tokens.join(' ')),
    internalLinks: packLinks(internalLinks),
    externalLinks: packLinks(externalLinks),
    imagesMissingAlt: [],
    imagesMissingAltCount: 0,
    imageCount: 0,
    structuredDataTypes: [],
    verification: {},
    fingerprint: '0000000000000000',
    headClosedEarly: false,
    ignoredHeadTags: [],
    ...rest,
  };
}

export function makePage(input: PageInput): PageRecord {
  const { html, ...rest } = input;
  const allowed = Object.fromEntries(DEFAULT_BOTS.map((b) => [b.id, true]));
  const page: PageRecord = {
    finalUrl: input.url,
    source: 'link',
    depth: 1,
    foundOn: null,
    status: 200,
    redirects: [],
    contentType: 'text/html; charset=utf-8',
    bytes: 1000,
    truncated: false,
    responseMs: 20,
    contentEncoding: null,
    xRobotsTag: [],
    headerRobots: { generic: [], perBot: {} },
    robotsAllowed: allowed,
    crawlAllowed: true,
    inSitemap: false,
    inlinks: 1,
    ...rest,
  };
  if (html !== null) page.html = makeHtml(html ?? {});
  return page;
}

export function makeSnapshot(pages: PageInput[], over: Partial<SiteSnapshot> = {}): SiteSnapshot {
  const built = pages.map(makePage);
  const start = built[0]?.url ?? 'https://example.test/';
  const origin = new URL(start).origin;
  return {
    snapshotVersion: SNAPSHOT_VERSION,
    tool: { name: 'refaudit', version: 'test' },
    startUrl: start,
    homeUrl: start,
    settings: {
      userAgent: 'refaudit-test',
      concurrency: 1,
      rate: null,
      maxPages: 10_000,
      maxDepth: null,
      maxBytes: 10 * 1024 * 1024,
      timeoutMs: 15_000,
      timeBudgetMs: null,
      subdomains: false,
      include: [],
      exclude: [],
      stripTracking: false,
      bots: DEFAULT_BOTS,
    },
    stats: {
      startedAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:01.000Z',
      durationMs: 1000,
      requests: built.length,
      bytesReceived: built.length * 1000,
      stoppedBy: 'done',
      skipped: { outOfScope: 0, robotsDisallowed: 0, maxDepth: 0, patternCap: 0, maxPages: 0 },
      trapPatterns: [],
    },
    robots: [
      {
        origin,
        url: `${origin}/robots.txt`,
        status: 200,
        mode: 'parsed',
        bytes: 30,
        body: 'User-agent: *\nAllow: /\n',
        sitemaps: [`${origin}/sitemap.xml`],
        crawlDelay: {},
        problems: [],
        looksLikeHtml: false,
      },
    ],
    sitemaps: [],
    sitemapUrls: [],
    pages: built,
    indexNow: null,
    ...over,
  };
}
