/**
 * Rankings from SerpApi (serpapi.com), a widely used SERP API: GET `<base>/search.json` with
 * `engine=google|bing`, `q`, the market (`gl`/`hl` for Google, `cc` for Bing), `num` results and
 * `api_key`; the answer's `organic_results[]` carry `position` and `link`. The site's best position
 * is the first organic result on its host. The base URL is configurable so tests (and proxies) can
 * stand in for the service.
 */
import { request } from 'undici';
import type { Market, RankObservation, TargetKeyword } from '../../types.js';
import type { InputProblem } from '../../../util/errors.js';

export interface SerpApiOptions {
  keywords: TargetKeyword[];
  markets: Market[];
  siteUrl: string;
  engines: string[];
  baseUrl: string;
  apiKey: string;
  depth: number;
  timeoutMs?: number;
  today?: string;
  /** Ctrl-C: the queries not yet answered are skipped, the answers already in are kept. */
  signal?: AbortSignal | undefined;
}

interface OrganicResult {
  position?: number;
  link?: string;
}

export function siteResult(results: OrganicResult[], siteHost: string): { position: number; url: string } | null {
  const bare = (h: string) => h.replace(/^www\./, '');
  for (const r of results) {
    if (!r.link || typeof r.position !== 'number') continue;
    try {
      if (bare(new URL(r.link).host) === bare(siteHost)) return { position: r.position, url: r.link };
    } catch {
      /* a result without a valid link cannot be the site */
    }
  }
  return null;
}

function queryUrl(o: SerpApiOptions, engine: string, keyword: string, market: Market): string {
  const u = new URL('search.json', o.baseUrl.endsWith('/') ? o.baseUrl : `${o.baseUrl}/`);
  u.searchParams.set('engine', engine);
  u.searchParams.set('q', keyword);
  if (engine === 'google') {
    if (market.country !== 'WW') u.searchParams.set('gl', market.country.toLowerCase());
    if (market.language) u.searchParams.set('hl', market.language);
    u.searchParams.set('num', String(o.depth));
  } else {
    if (market.country !== 'WW') u.searchParams.set('cc', market.country);
    u.searchParams.set('count', String(Math.min(o.depth, 50)));
  }
  u.searchParams.set('api_key', o.apiKey);
  return u.href;
}

export async function fetchSerpApiRankings(o: SerpApiOptions): Promise<{ observations: RankObservation[]; problems: InputProblem[] }> {
  if (!o.apiKey) throw new Error('SerpApi: no API key (set the environment variable named by rankings.provider.apiKeyEnv, default SERPAPI_API_KEY)');
  const observations: RankObservation[] = [];
  const problems: InputProblem[] = [];
  const host = new URL(o.siteUrl).host;
  const markets = o.markets.length ? o.markets : [{ id: 'WW', country: 'WW', language: null }];
  const date = o.today ?? new Date().toISOString().slice(0, 10);
  const total = o.engines.length * markets.length * o.keywords.length;
  let answered = 0;
  const interrupted = () => problems.push({ file: 'serpapi', message: `audit interrupted: ${total - answered} of ${total} queries left unanswered` });
  for (const engine of o.engines) {
    for (const market of markets) {
      for (const kw of o.keywords) {
        if (o.signal?.aborted) {
          interrupted();
          return { observations, problems };
        }
        const url = queryUrl(o, engine, kw.keyword, market);
        let status: number;
        let body: unknown;
        try {
          const res = await request(url, { method: 'GET', headersTimeout: o.timeoutMs ?? 30_000, bodyTimeout: o.timeoutMs ?? 30_000, signal: o.signal });
          status = res.statusCode;
          body = await res.body.json().catch(() => null);
        } catch (err) {
          if (o.signal?.aborted) {
            interrupted();
            return { observations, problems };
          }
          throw new Error(`SerpApi unreachable at ${o.baseUrl}: ${(err as Error).message}`);
        }
        answered += 1;
        const apiError = (body as { error?: string } | null)?.error;
        if (status === 401 || status === 403) throw new Error(`SerpApi rejected the API key (HTTP ${status}${apiError ? `: ${apiError}` : ''})`);
        if (status === 429) throw new Error('SerpApi: rate limited or out of searches (HTTP 429): try later or raise the plan');
        if (status >= 400 || apiError) {
          problems.push({ file: 'serpapi', message: `"${kw.keyword}" on ${engine}: ${apiError ?? `HTTP ${status}`}` });
          continue;
        }
        const results = ((body as { organic_results?: OrganicResult[] } | null)?.organic_results ?? []).filter((r) => r && typeof r === 'object');
        const found = siteResult(results, host);
        observations.push({ keyword: kw.keyword, engine, market: market.id, position: found?.position ?? null, url: found?.url ?? null, date, volume: kw.volume, source: `serpapi:${o.baseUrl}` });
      }
    }
  }
  return { observations, problems };
}
