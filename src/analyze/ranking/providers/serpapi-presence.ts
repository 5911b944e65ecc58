/**
 * The site's effective presence per engine, asked of SerpApi (GET `<base>/search.json`):
 *
 * - `q=site:<host>`: SerpApi documents `search_information.total_results` (the engine's own
 *   estimate of the results) for Google and Bing; it is read as the number of indexed pages. The
 *   organic results of that query (`organic_results[].link`) also tell whether the home page is in.
 * - each key page (the best landing page of a target keyword) not already among those results:
 *   `q=site:<host><path>`, found when an organic result's link is that URL.
 *
 * When an engine has no results at all SerpApi answers with an `error` ("Google hasn't returned any
 * results for this query."): that is 0 indexed pages, not a failure. Only `google` and `bing` are
 * asked: SerpApi's other engines take other parameters (Yahoo `p`, Yandex `text`) and answer
 * without `total_results`, so refaudit does not claim to read them.
 */
import { request } from 'undici';
import type { Market } from '../../types.js';
import type { InputProblem } from '../../../util/errors.js';

export const PRESENCE_ENGINES = ['google', 'bing'] as const;

export interface PresenceOptions {
  siteUrl: string;
  engines: string[];
  /** The first country market sets `gl` (Google) / `cc` (Bing); a language alone sets only `hl`. */
  market: Market | null;
  /** Best landing pages of the target keywords (absolute URLs on the site); the home page is always checked. */
  keyPages: string[];
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  today?: string;
  signal?: AbortSignal | undefined;
}

export interface EnginePresence {
  engine: string;
  /** `search_information.total_results` of `site:<host>`; null when the answer has none. */
  indexed: number | null;
  /** The home page among the `site:` results; null when the first page of results was full without it (unknown). */
  homeFound: boolean | null;
  keyPages: { url: string; found: boolean }[];
  queries: number;
  date: string;
  /** `serpapi:<base URL>`: the origin the report prints. */
  source: string;
}

type Answer = { status: number; body: Record<string, unknown> | null };

const NO_RESULTS = /hasn't returned any results|no results/i;

/** Same page whatever the scheme, `www.`, trailing slash or fragment. */
export function samePage(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const x = new URL(u);
      return `${x.host.replace(/^www\./, '').toLowerCase()}${x.pathname.replace(/\/+$/, '')}${x.search}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

function queryUrl(o: PresenceOptions, engine: string, q: string): string {
  const u = new URL('search.json', o.baseUrl.endsWith('/') ? o.baseUrl : `${o.baseUrl}/`);
  u.searchParams.set('engine', engine);
  u.searchParams.set('q', q);
  const m = o.market;
  if (engine === 'google') {
    if (m && m.country !== 'WW') u.searchParams.set('gl', m.country.toLowerCase());
    if (m?.language) u.searchParams.set('hl', m.language);
    u.searchParams.set('num', '100');
  } else {
    if (m && m.country !== 'WW') u.searchParams.set('cc', m.country);
    u.searchParams.set('count', '50');
  }
  u.searchParams.set('api_key', o.apiKey);
  return u.href;
}

async function ask(o: PresenceOptions, url: string): Promise<Answer> {
  try {
    const res = await request(url, { method: 'GET', headersTimeout: o.timeoutMs ?? 30_000, bodyTimeout: o.timeoutMs ?? 30_000, signal: o.signal });
    const body = (await res.body.json().catch(() => null)) as Record<string, unknown> | null;
    return { status: res.statusCode, body: body && typeof body === 'object' ? body : null };
  } catch (err) {
    if (o.signal?.aborted) throw new StopAsking('audit interrupted');
    throw new StopAsking(`SerpApi unreachable at ${o.baseUrl}: ${(err as Error).message}`);
  }
}

/** The provider cannot go on (key refused, quota spent, unreachable, interrupted). */
class StopAsking extends Error {}

/** Organic links and total results of an answer; throws StopAsking or returns an engine-level error. */
function read(a: Answer, engine: string): { links: string[]; total: number | null; full: boolean } | { error: string } {
  const apiError = typeof a.body?.error === 'string' ? a.body.error : null;
  if (a.status === 401 || a.status === 403) throw new StopAsking(`SerpApi rejected the API key (HTTP ${a.status}${apiError ? `: ${apiError}` : ''})`);
  if (a.status === 429) throw new StopAsking(`SerpApi: rate limited or out of searches (HTTP 429${apiError ? `: ${apiError}` : ''})`);
  if (apiError && NO_RESULTS.test(apiError)) return { links: [], total: 0, full: false };
  if (apiError && /run out of searches|plan|limit/i.test(apiError)) throw new StopAsking(`SerpApi: ${apiError}`);
  if (a.status >= 400 || apiError || !a.body) return { error: `${engine}: ${apiError ?? `HTTP ${a.status}`}` };
  const organic = Array.isArray(a.body.organic_results) ? (a.body.organic_results as { link?: unknown }[]) : [];
  const links = organic.map((r) => (r && typeof r.link === 'string' ? r.link : null)).filter((l): l is string => !!l);
  const info = a.body.search_information as { total_results?: unknown } | undefined;
  const raw = info?.total_results;
  const total = typeof raw === 'number' && Number.isFinite(raw) ? raw : typeof raw === 'string' && /^[\d,. ]+$/.test(raw) ? Number(raw.replace(/[,. ]/g, '')) : null;
  return { links, total, full: links.length >= (engine === 'google' ? 100 : 50) };
}

export async function fetchSerpApiPresence(o: PresenceOptions): Promise<{ presence: EnginePresence[]; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  const presence: EnginePresence[] = [];
  if (!o.apiKey) {
    problems.push({ file: 'serpapi', message: 'presence not measured: no API key (set the environment variable named by rankings.provider.apiKeyEnv, default SERPAPI_API_KEY)' });
    return { presence, problems };
  }
  const home = new URL(o.siteUrl);
  const host = home.host;
  const date = o.today ?? new Date().toISOString().slice(0, 10);
  const source = `serpapi:${o.baseUrl}`;
  for (const engine of o.engines) {
    if (!(PRESENCE_ENGINES as readonly string[]).includes(engine)) {
      problems.push({ file: 'serpapi', message: `presence on ${engine} not measured: refaudit reads SerpApi's site: results for ${PRESENCE_ENGINES.join(' and ')} only` });
      continue;
    }
    try {
      const first = read(await ask(o, queryUrl(o, engine, `site:${host}`)), engine);
      if ('error' in first) {
        problems.push({ file: 'serpapi', message: `presence on ${first.error}` });
        continue;
      }
      let queries = 1;
      const homeIn = first.links.some((l) => samePage(l, home.href));
      const keyPages: EnginePresence['keyPages'] = [];
      for (const url of [...new Set(o.keyPages)].filter((u) => !samePage(u, home.href))) {
        if (first.links.some((l) => samePage(l, url))) {
          keyPages.push({ url, found: true });
          continue;
        }
        const u = new URL(url);
        const r = read(await ask(o, queryUrl(o, engine, `site:${u.host}${u.pathname}`)), engine);
        queries += 1;
        if ('error' in r) problems.push({ file: 'serpapi', message: `presence of ${url} on ${r.error}` });
        else keyPages.push({ url, found: r.links.some((l) => samePage(l, url)) });
      }
      presence.push({ engine, indexed: first.total, homeFound: homeIn ? true : first.full ? null : false, keyPages, queries, date, source });
    } catch (err) {
      if (!(err instanceof StopAsking)) throw err;
      const left = o.engines.slice(o.engines.indexOf(engine)).filter((e) => (PRESENCE_ENGINES as readonly string[]).includes(e));
      problems.push({ file: 'serpapi', message: `presence not measured on ${left.join(', ')}: ${err.message}` });
      break;
    }
  }
  return { presence, problems };
}
