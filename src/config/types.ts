/**
 * The config file (`refaudit.config.json`, or `.yaml`/`.yml`), as validated.
 * Every CLI flag of the audit can also be set here; a flag given on the command line wins.
 * Relative paths are resolved against the config file's folder.
 */
import type { DirectoryEntry, Market, TargetKeyword } from '../analyze/types.js';
import type { InputProblem } from '../util/errors.js';

export interface Objectives {
  /** Audience-weighted coverage score to reach, 0..100. */
  coverageMin?: number;
  /** Relevance score to reach, 0..100. */
  relevanceMin?: number;
  /** Ranking score to reach, 0..100. */
  rankingMin?: number;
  /** At least this many priority-1 keywords on page 1 of each listed engine. */
  page1Keywords?: { count: number; engines: string[] };
  /** At most this many critical findings (0 = none allowed). */
  maxCritical?: number;
  maxWarnings?: number;
}

export interface CrawlConfig {
  userAgent?: string;
  concurrency?: number;
  rate?: number;
  maxPages?: number;
  maxDepth?: number;
  maxBytes?: number;
  timeoutMs?: number;
  timeBudgetMs?: number;
  subdomains?: boolean;
  include?: string[];
  exclude?: string[];
  stripTracking?: boolean;
  /**
   * Threads beside the main one: parsing threads (default: one a core). 0: the crawl and the
   * analyses on the main thread, no spill file (the reference path; see README, --threads).
   */
  threads?: number;
  /** Load pages in Chromium and audit the DOM after scripts ran (src/crawl/render/). */
  render?: boolean;
  renderConcurrency?: number;
  renderTimeoutMs?: number;
  renderThirdParty?: boolean;
  /** Chromium's executable for `render` (default: REFAUDIT_CHROMIUM, then the PATH). */
  chromium?: string;
}

export interface RankingsConfig {
  /** CSV or JSON rankings files, or Search Console performance exports. */
  files?: string[];
  /** A SERP provider to ask for positions (see src/analyze/ranking/providers). */
  provider?: {
    name: string;
    baseUrl?: string;
    /** Name of the environment variable holding the API key (the key itself never goes in the file). */
    apiKeyEnv?: string;
    engines?: string[];
    /** Results to fetch per query (depth), e.g. 100. */
    depth?: number;
    /** Ask the provider for the site's effective presence per engine (`site:` queries); default true. */
    presence?: boolean;
    /** Key pages (best landing page of each target keyword) checked one by one; default 10, 0 = home page only. */
    presencePages?: number;
  };
}

export interface RefauditConfig {
  /** Absolute path of the file this was read from (null when built from flags only). */
  file: string | null;
  site: string | null;
  markets: Market[];
  keywords: TargetKeyword[];
  competitors: string[];
  /** Engine ids to consider; empty = every engine with audience in the markets. */
  engines: string[];
  directories: DirectoryEntry[];
  objectives: Objectives;
  crawl: CrawlConfig;
  rankings: RankingsConfig;
  /** Search Console "Queries" exports or plain query CSVs. */
  queries: string[];
  /** Exports of indexed pages per engine (Search Console / Bing Webmaster), keyed by engine id. */
  indexedPages: Record<string, string>;
  /** Override of src/data/engines.json (and audience shares / CTR curve). */
  enginesFile: string | null;
  /** IndexNow key, to check its key file on the site. */
  indexNowKey: string | null;
  /** History folder for periodic audits. */
  history: string | null;
  /** Language of the text, Markdown and HTML report (null: the first market's language when fr or en, else en). */
  reportLang: 'fr' | 'en' | null;
  failOn: FailOn[];
  /** Problems in files the config points to (a malformed keywords-file line): the rest is used. */
  problems: InputProblem[];
}

export type FailOn = 'critical' | 'warning' | 'regression' | 'objectives';
