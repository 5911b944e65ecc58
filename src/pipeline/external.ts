/**
 * What the audit gathers beyond the site: competitors (crawled, 200 pages each), directory pages,
 * indexed-pages exports and SERP-provider rankings. A failure here is a problem in the report,
 * never the end of the audit.
 */
import type { RefauditConfig } from '../config/types.js';
import type { SiteSnapshot } from '../site/types.js';
import type { RankObservation } from '../analyze/types.js';
import type { InputProblem } from '../util/errors.js';
import { crawlSite } from '../crawl/crawler.js';
import { fetchFollow, makeAgent } from '../crawl/fetch.js';
import { decodeHtml } from '../crawl/decode.js';
import { checkDirectories, readDirectoryPage, type DirectoryCheck } from '../analyze/coverage/directories.js';
import { parseIndexedExport } from '../analyze/coverage/import-indexed.js';
import type { IndexedImport } from '../analyze/coverage/coverage.js';
import { fetchSerpApiRankings } from '../analyze/ranking/providers/serpapi.js';
import { fetchSerpApiPresence, type EnginePresence } from '../analyze/ranking/providers/serpapi-presence.js';
import { DEFAULT_USER_AGENT } from '../crawl/crawler.js';
import { readInputFile } from '../inputs/read.js';

export const COMPETITOR_MAX_PAGES = 200;

export interface External {
  competitors: { url: string; snapshot: SiteSnapshot }[];
  directories: DirectoryCheck[];
  indexed: IndexedImport[];
  observations: RankObservation[];
  problems: InputProblem[];
  /** The SERP provider's site: answers per engine (see gatherPresence). */
  presence: EnginePresence[];
}

export async function gatherExternal(
  input: { config: RefauditConfig; snapshot: SiteSnapshot; signal?: AbortSignal | undefined },
  hooks: { onWarn?(m: string): void } = {},
): Promise<External> {
  const { config, snapshot } = input;
  const problems: InputProblem[] = [];
  const competitors: External['competitors'] = [];
  for (const url of config.competitors) {
    if (input.signal?.aborted) {
      problems.push({ file: url, message: 'competitor not audited: audit interrupted' });
      continue;
    }
    try {
      const snap = await crawlSite({ ...config.crawl, startUrl: url, maxPages: Math.min(COMPETITOR_MAX_PAGES, config.crawl.maxPages ?? COMPETITOR_MAX_PAGES), signal: input.signal });
      const home = snap.pages.find((p) => p.url === snap.startUrl);
      if (!home?.html) {
        problems.push({ file: url, message: `competitor not audited: ${home?.error?.message ?? (home?.status ? `HTTP ${home.status}` : 'no HTML home page')}` });
        continue;
      }
      competitors.push({ url, snapshot: snap });
    } catch (err) {
      problems.push({ file: url, message: `competitor not audited: ${(err as Error).message}` });
    }
  }

  let directories: DirectoryCheck[] = [];
  const stopped = new Set<string>();
  if (config.directories.length && !input.signal?.aborted) {
    const agent = makeAgent({ connections: 2, timeoutMs: snapshot.settings.timeoutMs });
    try {
      directories = await checkDirectories(config.directories, snapshot.homeUrl, async (url) => {
        const r = await fetchFollow(url, { userAgent: snapshot.settings.userAgent || DEFAULT_USER_AGENT, timeoutMs: snapshot.settings.timeoutMs, maxBytes: 5 * 1024 * 1024, dispatcher: agent, maxRedirects: 5, signal: input.signal });
        if (r.error?.code === 'aborted') stopped.add(url);
        const ct = r.headers['content-type'];
        return { status: r.status, body: r.body.length ? decodeHtml(r.body, Array.isArray(ct) ? (ct[0] ?? null) : (ct ?? null)).text : null, ...(r.error ? { error: r.error.message } : {}) };
      });
    } finally {
      await agent.close().catch(() => undefined);
    }
  }
  // A directory whose page was not read says nothing about the listing: it stays, marked unread
  // (unknown in coverage, no "link missing" finding).
  const notRead = 'not read: audit interrupted';
  directories = directories.length
    ? directories.map((c) => (stopped.has(c.url) ? { ...readDirectoryPage(config.directories.find((d) => d.url === c.url)!, snapshot.homeUrl, null, null, notRead) } : c))
    : config.directories.map((d) => readDirectoryPage(d, snapshot.homeUrl, null, null, notRead));
  const unread = directories.filter((d) => d.error === notRead).length;
  if (unread > 0) problems.push({ file: 'directories', message: `audit interrupted: ${unread} of ${config.directories.length} directories not checked` });

  const indexed: IndexedImport[] = [];
  for (const [engine, file] of Object.entries(config.indexedPages)) {
    const r = parseIndexedExport(readInputFile(file, 'indexed pages export'), file, engine);
    indexed.push(r.imported);
    problems.push(...r.problems);
  }

  const observations: RankObservation[] = [];
  const provider = config.rankings.provider;
  if (provider && config.keywords.length) {
    try {
      const r = await fetchSerpApiRankings({
        keywords: config.keywords,
        markets: config.markets,
        siteUrl: snapshot.homeUrl,
        engines: provider.engines ?? ['google'],
        baseUrl: provider.baseUrl ?? 'https://serpapi.com',
        apiKey: process.env[provider.apiKeyEnv ?? 'SERPAPI_API_KEY'] ?? '',
        depth: provider.depth ?? 100,
        signal: input.signal,
      });
      observations.push(...r.observations);
      problems.push(...r.problems);
    } catch (err) {
      problems.push({ file: 'rankings.provider', message: (err as Error).message });
      hooks.onWarn?.(`rankings provider: ${(err as Error).message}`);
    }
  }
  return { competitors, directories, indexed, observations, problems, presence: [] };
}

/**
 * The site's effective presence per engine from the SERP provider (`site:` queries), once the best
 * landing page of each target keyword is known. A refusal, a spent quota or an error is an input
 * problem: coverage then estimates those engines from crawlability, and says so.
 */
export async function gatherPresence(
  input: { config: RefauditConfig; snapshot: SiteSnapshot; keyPages: string[]; signal?: AbortSignal | undefined },
  hooks: { onWarn?(m: string): void } = {},
): Promise<{ presence: EnginePresence[]; problems: InputProblem[] }> {
  const provider = input.config.rankings.provider;
  if (!provider || provider.presence === false || input.signal?.aborted) return { presence: [], problems: [] };
  const r = await fetchSerpApiPresence({
    siteUrl: input.snapshot.homeUrl,
    engines: provider.engines ?? ['google'],
    market: input.config.markets[0] ?? null,
    keyPages: input.keyPages.slice(0, provider.presencePages ?? 10),
    baseUrl: provider.baseUrl ?? 'https://serpapi.com',
    apiKey: process.env[provider.apiKeyEnv ?? 'SERPAPI_API_KEY'] ?? '',
    signal: input.signal,
  });
  for (const p of r.problems) hooks.onWarn?.(`rankings provider: ${p.message}`);
  return r;
}
