/**
 * schema/config.schema.json against the hand-written validator (src/config/load.ts + validate.ts):
 * every config below must get the same verdict from both, so the two cannot drift apart silently.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { CONFIG_KEYS, validateConfig } from '../../src/config/load.js';
import { initConfig } from '../../src/config/init.js';
import { resolve as resolvePath } from 'node:path';
import { InputError } from '../../src/util/errors.js';

const ROOT = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/config.schema.json'), 'utf8')) as Record<string, any>;
const validateSchema = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

/** A folder holding a keywords file, so that configs naming `keywordsFile` validate. */
const DIR = mkdtempSync(join(tmpdir(), 'refaudit-config-schema-'));
writeFileSync(join(DIR, 'keywords.txt'), 'riad marrakech;1;9900\n');
const FILE = join(DIR, 'refaudit.config.json');

/** The validator's verdict: null when it accepts, else its one-line message. */
function validatorError(data: unknown): string | null {
  try {
    validateConfig(data, FILE);
    return null;
  } catch (err) {
    // Only InputError counts as a rejection: anything else is a crash the user would see as a bug.
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
}

function schemaAccepts(data: unknown): boolean {
  return validateSchema(data) as boolean;
}

/** A config using every field the schema knows, each with a value both must accept. */
const FULL = {
  $schema: 'https://unpkg.com/refaudit/schema/config.schema.json',
  $comment: 'everything',
  site: 'https://www.example.ma/',
  markets: ['fr-MA', 'ar_ma', 'WW'],
  keywords: ['voyage maroc', { keyword: 'riad fès', priority: 1, volume: 1600, category: 'riads' }],
  keywordsFile: 'keywords.txt',
  competitors: ['https://competitor.example/'],
  engines: ['google', 'bing'],
  directories: [{ name: 'Annuaire', url: 'https://annuaire.example/voyages/', category: 'Agences', share: { 'fr-MA': 20, MA: 10, fr: 5 }, shareSource: 'étude 2026', otherUrls: ['https://annuaire.example/hotels/'] }],
  objectives: {
    $comment: 'targets',
    coverageMin: 90,
    relevanceMin: 60,
    rankingMin: 40,
    page1Keywords: { count: 10, engines: ['google'] },
    maxCritical: 0,
    maxWarnings: 20,
  },
  crawl: {
    $comment: 'crawl',
    userAgent: 'refaudit-test',
    concurrency: 4,
    rate: 0.5,
    maxPages: 500,
    maxDepth: 0,
    maxBytes: 1_000_000,
    timeoutMs: 15_000,
    timeBudgetMs: 600_000,
    subdomains: true,
    include: ['/fr/**'],
    exclude: ['/admin/**'],
    stripTracking: false,
    threads: 0,
    render: true,
    renderConcurrency: 3,
    renderTimeoutMs: 30_000,
    renderThirdParty: false,
    chromium: '/usr/bin/chromium',
  },
  rankings: {
    $comment: 'rankings',
    files: ['rankings.csv'],
    provider: { name: 'serpapi', baseUrl: 'https://serpapi.example/', apiKeyEnv: 'SERPAPI_KEY', engines: ['google'], depth: 100, presence: true, presencePages: 10 },
  },
  queries: ['Queries.csv'],
  indexedPages: { google: 'gsc-pages.csv', bing: 'bing-pages.csv' },
  enginesFile: 'engines.json',
  indexNowKey: 'a1b2c3d4-e5f6',
  history: '.refaudit',
  reportLang: 'fr',
  failOn: ['critical', 'warning', 'regression', 'objectives'],
};

describe('config.schema.json', () => {
  it('is a valid 2020-12 schema, shipped in the package, that the $schema refaudit init writes leads to', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-init-schema-'));
    const written = JSON.parse(readFileSync(initConfig(dir), 'utf8')) as { $schema: string };
    // A path relative to the config file (editors resolve it so), to this very schema: no network.
    expect(written.$schema).toMatch(/^\.{1,2}\//);
    expect(JSON.parse(readFileSync(resolvePath(dir, written.$schema), 'utf8'))).toEqual(schema);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
  });

  it('knows exactly the top-level fields the validator knows', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('accepts the config refaudit init writes, with and without --site', () => {
    for (const opts of [{}, { site: 'https://www.example.ma/' }]) {
      const dir = mkdtempSync(join(tmpdir(), 'refaudit-init-schema-'));
      const data = JSON.parse(readFileSync(initConfig(dir, opts), 'utf8'));
      expect(validatorError(data)).toBeNull();
      expect(schemaAccepts(data), JSON.stringify(validateSchema.errors)).toBe(true);
    }
  });

  it('accepts the demo config (fixtures/demo/refaudit.config.json)', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'fixtures/demo/refaudit.config.json'), 'utf8'));
    expect(validatorError(data)).toBeNull();
    expect(schemaAccepts(data), JSON.stringify(validateSchema.errors)).toBe(true);
  });

  it('accepts a config using every field, and that config does use every field of the schema', () => {
    expect(validatorError(FULL)).toBeNull();
    expect(schemaAccepts(FULL), JSON.stringify(validateSchema.errors)).toBe(true);
    const used = (obj: object, props: Record<string, unknown>) => expect(Object.keys(obj).sort()).toEqual(Object.keys(props).sort());
    used(FULL, schema.properties);
    used(FULL.objectives, schema.$defs.objectives.properties);
    used(FULL.crawl, schema.$defs.crawl.properties);
    used(FULL.rankings, schema.$defs.rankings.properties);
    used(FULL.rankings.provider, schema.$defs.rankings.properties.provider.properties);
    used(FULL.keywords[1] as object, schema.$defs.keyword.properties);
    used(FULL.directories[0]!, schema.$defs.directory.properties);
  });

  it.each<[string, unknown]>([
    ['an empty file (YAML null)', null],
    ['an empty object', {}],
    ['null for every list, object and optional string', {
      site: null, markets: null, keywords: null, competitors: null, engines: null, directories: null, objectives: null,
      crawl: { include: null, exclude: null }, rankings: { files: null }, queries: null, indexedPages: null,
      enginesFile: null, indexNowKey: null, history: null, reportLang: null, failOn: null,
    }],
    ['values the validator trims', { site: ' https://x.example/ ', markets: [' fr-ma '], failOn: [' critical '], rankings: { provider: { name: ' serpapi ' } } }],
    ['an http URL without slashes (the URL parser fixes it)', { site: 'https:x.example' }],
    ['a keyword with null priority, volume and category', { keywords: [{ keyword: 'x', priority: null, volume: null, category: null }] }],
    ['fields the validator ignores in a directory and in page1Keywords', { directories: [{ url: 'fixture:annuaire.html', note: 'x' }], objectives: { page1Keywords: { count: 1, note: 'x' } } }],
    ['a fractional maxCritical and rate', { objectives: { maxCritical: 0.5 }, crawl: { rate: 0.01 } }],
    ['indexedPages under any engine id', { indexedPages: { yandex: 'y.csv' } }],
    ['a directory share as one number, with its source', { directories: [{ url: 'fixture:a.html', share: 20, shareSource: 'x' }] }],
    ['a directory source without a share, and a null share', { directories: [{ url: 'fixture:a.html', share: null, shareSource: 'x' }] }],
    ['a language alone as a market', { markets: ['fr'] }],
  ])('both accept %s', (_, data) => {
    expect(validatorError(data)).toBeNull();
    expect(schemaAccepts(data), JSON.stringify(validateSchema.errors)).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['a list as the whole config', ['fr-MA'], /\(root\): expected an object/],
    ['an unknown top-level field', { keyword: ['x'] }, /keyword: unknown field/],
    ['an unknown objectives field', { objectives: { coverage: 90 } }, /objectives\.coverage: unknown field/],
    ['an unknown crawl field', { crawl: { pages: 10 } }, /crawl\.pages: unknown field/],
    ['an unknown rankings field', { rankings: { file: 'x.csv' } }, /rankings\.file: unknown field/],
    ['a $comment in the provider', { rankings: { provider: { name: 'serpapi', $comment: 'x' } } }, /rankings\.provider\.\$comment: unknown field/],
    ['a site that is not http(s)', { site: 'ftp://x.example/' }, /site: expected an http\(s\) URL/],
    ['a site that is no URL', { site: 'www.example.ma' }, /site: expected an http\(s\) URL/],
    ['a blank site', { site: '  ' }, /site: expected a non-empty string/],
    ['a market that is a country name', { markets: ['france'] }, /markets\[0\]: expected a market/],
    ['markets as a string', { markets: 'fr-MA' }, /markets: expected a list/],
    ['a keyword with an unknown field', { keywords: [{ keyword: 'x', volumes: 3 }] }, /keywords\[0\]\.volumes: expected one of keyword/],
    ['a keyword object without keyword', { keywords: [{ priority: 1 }] }, /keywords\[0\]\.keyword: expected a non-empty string/],
    ['a null keyword', { keywords: [null] }, /keywords\[0\]\.keyword: expected a non-empty string/],
    ['priority 5', { keywords: [{ keyword: 'x', priority: 5 }] }, /priority: expected a number from 1 to 3/],
    ['priority 1.5', { keywords: [{ keyword: 'x', priority: 1.5 }] }, /priority: expected 1, 2 or 3/],
    ['a negative volume', { keywords: [{ keyword: 'x', volume: -1 }] }, /volume: expected a number from 0/],
    ['keywordsFile null', { keywordsFile: null }, /keywordsFile: expected a non-empty string/],
    ['a blank engine', { engines: ['google', ' '] }, /engines\[1\]: expected a non-empty string/],
    ['a directory without url', { directories: [{ name: 'A' }] }, /directories\[0\]\.url: expected a non-empty string/],
    ['a directory whose url is no URL', { directories: [{ url: 'annuaire.ma' }] }, /directories\[0\]\.url: expected an absolute URL/],
    ['coverageMin 120', { objectives: { coverageMin: 120 } }, /objectives\.coverageMin: expected a number from 0 to 100/],
    ['coverageMin null', { objectives: { coverageMin: null } }, /objectives\.coverageMin: expected a number/],
    ['page1Keywords null', { objectives: { page1Keywords: null } }, /objectives\.page1Keywords\.count: expected a number/],
    ['page1Keywords without count', { objectives: { page1Keywords: { engines: ['google'] } } }, /page1Keywords\.count: expected a number/],
    ['maxWarnings -1', { objectives: { maxWarnings: -1 } }, /objectives\.maxWarnings: expected a number from 0/],
    ['concurrency 0', { crawl: { concurrency: 0 } }, /crawl\.concurrency: expected a number from 1/],
    ['maxPages as a string', { crawl: { maxPages: '100' } }, /crawl\.maxPages: expected a number/],
    ['rate 0', { crawl: { rate: 0 } }, /crawl\.rate: expected a number from 0\.01/],
    ['subdomains "yes"', { crawl: { subdomains: 'yes' } }, /crawl\.subdomains: expected true or false/],
    ['userAgent null', { crawl: { userAgent: null } }, /crawl\.userAgent: expected a non-empty string/],
    ['another provider', { rankings: { provider: { name: 'dataforseo' } } }, /rankings\.provider\.name: expected "serpapi"/],
    ['provider null', { rankings: { provider: null } }, /rankings\.provider\.name: expected a non-empty string/],
    ['provider depth 5', { rankings: { provider: { name: 'serpapi', depth: 5 } } }, /rankings\.provider\.depth: expected a number from 10 to 100/],
    ['a provider baseUrl that is not http(s)', { rankings: { provider: { name: 'serpapi', baseUrl: 'file:///x' } } }, /baseUrl: expected an http\(s\) URL/],
    ['a directory share over 100', { directories: [{ url: 'fixture:a.html', share: 120, shareSource: 'x' }] }, /directories\[0\]\.share: expected a number from 0 to 100, got 120/],
    ['a negative directory share for a market', { directories: [{ url: 'fixture:a.html', share: { 'fr-MA': -5 }, shareSource: 'x' }] }, /directories\[0\]\.share\.fr-MA: expected a number from 0 to 100/],
    ['a directory share for something not a market', { directories: [{ url: 'fixture:a.html', share: { maroc: 5 }, shareSource: 'x' }] }, /directories\[0\]\.share\.maroc: expected a market id/],
    ['a directory share without its source', { directories: [{ url: 'fixture:a.html', share: 20 }] }, /directories\[0\]\.shareSource: expected where the share comes from/],
    ['a directory share with a blank source', { directories: [{ url: 'fixture:a.html', share: 20, shareSource: ' ' }] }, /directories\[0\]\.shareSource: expected where the share comes from/],
    ['presencePages 2.5', { rankings: { provider: { name: 'serpapi', presencePages: 2.5 } } }, /rankings\.provider\.presencePages: expected a whole number/],
    ['presence "yes"', { rankings: { provider: { name: 'serpapi', presence: 'yes' } } }, /rankings\.provider\.presence: expected true or false/],
    ['an indexedPages file that is a number', { indexedPages: { google: 3 } }, /indexedPages\.google: expected a non-empty string/],
    ['indexNowKey too short', { indexNowKey: 'abc' }, /indexNowKey: expected 8 to 128 letters/],
    ['indexNowKey with a space inside', { indexNowKey: 'abcd efgh' }, /indexNowKey: expected 8 to 128 letters/],
    ['history as a number', { history: 7 }, /history: expected a non-empty string/],
    ['an unknown failOn', { failOn: ['sometimes'] }, /failOn\[0\]: expected critical, warning, regression, objectives/],
    ['failOn as a string', { failOn: 'critical' }, /failOn: expected a list/],
  ])('both reject %s', (_, data, message) => {
    expect(validatorError(data)).toMatch(message);
    expect(schemaAccepts(data)).toBe(false);
  });
});
