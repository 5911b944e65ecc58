/**
 * The facts each finding item carries, by rule (or analysis finding) id: the typed fields scripts
 * read instead of the prose detail, and from which each language words that detail
 * (src/rules/details-en.ts, src/i18n/details-fr.ts). `npm run schema:tables` writes this list into
 * schema/report.schema.json; test/report/facts.test.ts checks the two agree and that real audits'
 * items carry exactly these facts.
 */

/** A fact's type: `?` allows null; `urls`, `strings` and `numbers` are arrays. */
export type FactType = 'integer' | 'number' | 'string' | 'url' | 'boolean' | 'strings' | 'urls' | 'numbers' | 'integer?' | 'number?' | 'string?' | 'url?';

type Base<T extends FactType> = T extends `${infer B}?` ? B : T;
type ValueOf<B> = B extends 'integer' | 'number' ? number : B extends 'string' | 'url' ? string : B extends 'boolean' ? boolean : B extends 'numbers' ? number[] : string[];
export type FactValueOf<T extends FactType> = T extends `${string}?` ? ValueOf<Base<T>> | null : ValueOf<T>;

/** The value of one fact, as the report's JSON holds it. */
export type FactValue = string | number | boolean | null | string[] | number[];
export type Facts = Record<string, FactValue>;

const DUPLICATE = { value: 'string', pages: 'integer' } as const;
/** What a directory costs, market by market (parallel lists, one entry a market with a share). */
const DIRECTORY_COST = { markets: 'strings', pointsLost: 'numbers', shares: 'numbers', shareSources: 'strings' } as const;

export const FACTS = {
  // content
  'page-4xx': { status: 'integer', source: 'string' },
  'page-5xx': { status: 'integer' },
  'fetch-failed': { code: 'string', message: 'string' },
  'body-truncated': { bytes: 'integer', reason: 'string?' },
  'slow-response': { ms: 'integer', thresholdMs: 'integer' },
  'redirect-chain': { hops: 'integer', target: 'url' },
  'redirect-loop': { loop: 'boolean', target: 'url?', limit: 'integer?', hops: 'integer' },
  'meta-refresh-redirect': { target: 'url', linkedFrom: 'integer' },
  'title-missing': {},
  'title-duplicate': DUPLICATE,
  'title-too-long': { characters: 'integer', title: 'string', max: 'integer' },
  'title-too-short': { characters: 'integer', title: 'string', min: 'integer' },
  'meta-description-missing': {},
  'meta-description-duplicate': DUPLICATE,
  'h1-missing': {},
  'h1-multiple': { count: 'integer', h1s: 'strings' },
  'head-closed-early': { ignored: 'strings' },
  'image-alt-missing': { missingAlt: 'integer', images: 'integer' },
  'lang-missing': {},
  'lang-contradicts-text': { declared: 'string', detected: 'string' },
  'thin-content': { words: 'integer', threshold: 'integer' },
  'page-too-deep': { depth: 'integer', maxDepth: 'integer' },
  'orphan-page': {},
  'canonical-to-non-200': { canonical: 'url', status: 'integer?', redirect: 'integer?', error: 'string?' },
  'canonical-multiple': { canonicals: 'integer' },
  'canonical-off-host': { canonical: 'url', host: 'string', pagesOnHost: 'integer', localAudit: 'boolean' },
  'canonical-relative': { canonical: 'url' },
  'hreflang-invalid': { code: 'string', problem: 'string', target: 'url?' },
  'internal-link-broken': { status: 'integer', linkedFrom: 'integer' },
  'internal-link-redirect': { target: 'url', linkedFrom: 'integer', metaRefresh: 'boolean' },
  'link-not-crawlable': { links: 'integer', examples: 'strings' },
  'resource-broken': { kind: 'string', status: 'integer', usedOn: 'integer' },
  // landing pages
  'near-duplicate-pages': { cluster: 'integer' },
  'doorway-pages': { title: 'string', words: 'integer', cluster: 'integer' },
  // submission
  'robots-txt-missing': { status: 'integer' },
  'robots-txt-unreachable': { status: 'integer?', error: 'string?' },
  'robots-txt-malformed': { problems: 'integer' },
  'robots-txt-html': {},
  'robots-blocks-bot': { bot: 'string', pages: 'integer' },
  'robots-txt-below-root': { sitemaps: 'urls', rootRead: 'boolean', rootStatus: 'integer?' },
  'sitemap-missing': {},
  'sitemap-invalid': { problem: 'string?', error: 'string?', status: 'integer?' },
  'sitemap-loc-invalid': { relative: 'integer', otherHost: 'integer', localAudit: 'boolean', examples: 'strings' },
  'sitemap-over-limit': { problems: 'strings' },
  'sitemap-url-noindex': {},
  'sitemap-url-non-200': { status: 'integer?', redirectsTo: 'url?', error: 'string?' },
  'sitemap-url-blocked': { bots: 'strings' },
  'sitemap-not-in-robots': {},
  'indexable-not-in-sitemap': {},
  'description-ready': { characters: 'integer', max: 'integer' },
  'verification-missing': { tools: 'strings', metas: 'strings' },
  'indexnow-key-invalid': { status: 'integer?', contentDiffers: 'boolean' },
  'meta-keywords-present': { keywords: 'string' },
  'sitemap-url-beyond-max-depth': { maxDepth: 'integer?' },
  // javascript
  'js-content-shell': {
    words: 'integer', hasH1: 'boolean', appRoot: 'string?', emptyAppRoot: 'boolean', emptyMain: 'boolean', fewWords: 'boolean', bundles: 'integer', hydration: 'strings',
  },
  'js-rendered-content': { h1Added: 'boolean', wordsAdded: 'integer', words: 'integer', rawWords: 'integer', linksAdded: 'integer' },
  'js-canonical-changed': { raw: 'url?', rendered: 'url?' },
  'js-noindex-changed': { added: 'boolean', robots: 'strings' },
  'js-head-changed': { titleChanged: 'boolean', rawTitle: 'string?', title: 'string?', description: 'string?' },
  'render-failed': { error: 'string?' },
  // coverage analysis (step 3)
  'engine-bot-blocked': { engine: 'string', name: 'string', bot: 'string?', pointsLost: 'number' },
  'indexnow-key-missing': { engines: 'strings' },
  'directory-link-missing': { directory: 'string', listedSites: 'integer', error: 'string?', ...DIRECTORY_COST },
  'directory-listing-partial': { directory: 'string', otherCategory: 'boolean', rel: 'string?', ...DIRECTORY_COST },
  'engine-misses-js-content': { engine: 'string', name: 'string', renders: 'string', pagesNeedingJs: 'integer', crawlablePages: 'integer', pointsLost: 'number' },
  // relevance analysis (steps 2 and 5)
  'keyword-cannibalisation': { keyword: 'string', score: 'number', competing: 'integer', competingScores: 'numbers' },
  'keyword-gap': { keyword: 'string', score: 'number' },
  'keyword-not-on-site': { keyword: 'string', matched: 'strings', closestPage: 'boolean' },
  'keyword-landing-mismatch': { keyword: 'string', engine: 'string', rankingScore: 'number', bestUrl: 'url', bestScore: 'number' },
  'query-without-page': { query: 'string', impressions: 'integer?', score: 'number' },
  'competitor-more-relevant': { keyword: 'string', competitor: 'number', site: 'number', notOnSite: 'boolean' },
  // ranking analysis (step 7)
  'ranking-striking-distance': { keyword: 'string', engine: 'string', market: 'string', position: 'integer', page: 'integer', previousPage: 'integer', placesToBreak: 'integer', gainToBreak: 'number?' },
  'ranking-not-ranked': { keyword: 'string', engine: 'string', market: 'string' },
} as const satisfies Record<string, Record<string, FactType>>;

export type FindingId = keyof typeof FACTS;

export type FactsOf<Id extends FindingId> = { -readonly [K in keyof (typeof FACTS)[Id]]: (typeof FACTS)[Id][K] extends FactType ? FactValueOf<(typeof FACTS)[Id][K]> : never };

export function isFindingId(id: string): id is FindingId {
  return Object.hasOwn(FACTS, id);
}
