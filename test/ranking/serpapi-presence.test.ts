import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSerpApiPresence, samePage } from '../../src/analyze/ranking/providers/serpapi-presence.js';
import { serveLocal, type LocalHandler, type LocalServer } from '../support/local-server.js';

/**
 * A stand-in for serpapi.com answering site: queries in its documented search.json format:
 * `search_information.total_results` and `organic_results[].link`; no results at all is the
 * `error` SerpApi sends ("Google hasn't returned any results for this query.").
 */
const seen: URL[] = [];
const answer: LocalHandler = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push(url);
  const key = url.searchParams.get('api_key');
  const engine = url.searchParams.get('engine');
  const q = url.searchParams.get('q') ?? '';
  const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (key === 'bad') return json(401, { error: 'Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key' });
  if (key === 'spent') return json(429, { error: 'Your account has run out of searches.' });
  if (key === 'spent-200') return json(200, { error: 'Your account has run out of searches.' });
  if (key === 'broken' && engine === 'google') return json(500, { error: 'Internal error' });
  if (engine === 'bing') return json(200, { search_metadata: { status: 'Success' }, error: "Bing hasn't returned any results for this query." });
  if (q === 'site:atlas.example') {
    return json(200, {
      search_metadata: { status: 'Success' },
      search_information: { total_results: 38, query_displayed: q },
      organic_results: [
        { position: 1, link: 'https://www.atlas.example/' },
        { position: 2, link: 'https://atlas.example/circuits/merzouga/' },
      ],
    });
  }
  if (q === 'site:atlas.example/riads/fes/') return json(200, { search_information: { total_results: 1 }, organic_results: [{ position: 1, link: 'https://atlas.example/riads/fes' }] });
  return json(200, { search_metadata: { status: 'Success' }, error: "Google hasn't returned any results for this query." });
};

let server: LocalServer;
beforeAll(async () => {
  server = await serveLocal(answer);
});
afterAll(() => server.close());

const options = (apiKey: string, engines = ['google']) => ({
  siteUrl: 'https://atlas.example/',
  engines,
  market: { id: 'fr-MA', country: 'MA', language: 'fr' },
  keyPages: ['https://atlas.example/circuits/merzouga/', 'https://atlas.example/riads/fes/', 'https://atlas.example/trek/', 'https://atlas.example/'],
  baseUrl: server.origin,
  apiKey,
  today: '2026-11-30',
});

describe('SerpApi site: presence', () => {
  it('reads total_results and which key pages the engine shows, asking only for pages not already among the site: results', async () => {
    seen.length = 0;
    const r = await fetchSerpApiPresence(options('good'));
    expect(r.problems).toEqual([]);
    expect(r.presence).toEqual([{
      engine: 'google', indexed: 38, homeFound: true,
      keyPages: [
        { url: 'https://atlas.example/circuits/merzouga/', found: true },
        { url: 'https://atlas.example/riads/fes/', found: true },
        { url: 'https://atlas.example/trek/', found: false },
      ],
      queries: 3, date: '2026-11-30', source: `serpapi:${server.origin}`,
    }]);
    expect(seen.map((u) => u.searchParams.get('q'))).toEqual(['site:atlas.example', 'site:atlas.example/riads/fes/', 'site:atlas.example/trek/']);
    expect(Object.fromEntries(seen[0]!.searchParams)).toMatchObject({ engine: 'google', gl: 'ma', hl: 'fr', num: '100', api_key: 'good' });
  });

  it('counts "no results" as 0 indexed pages, not as a failure', async () => {
    const r = await fetchSerpApiPresence({ ...options('good', ['bing']), keyPages: [] });
    expect(r.problems).toEqual([]);
    expect(r.presence).toEqual([expect.objectContaining({ engine: 'bing', indexed: 0, homeFound: false, keyPages: [] })]);
  });

  it('reports a refused key, a spent quota (HTTP 429 or error JSON) and errors as input problems, never throws', async () => {
    const bad = await fetchSerpApiPresence(options('bad', ['google', 'bing']));
    expect(bad.presence).toEqual([]);
    expect(bad.problems).toEqual([{ file: 'serpapi', message: 'presence not measured on google, bing: SerpApi rejected the API key (HTTP 401: Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key)' }]);
    const spent = await fetchSerpApiPresence(options('spent'));
    expect(spent.problems.map((p) => p.message)).toEqual(['presence not measured on google: SerpApi: rate limited or out of searches (HTTP 429: Your account has run out of searches.)']);
    const spent200 = await fetchSerpApiPresence(options('spent-200'));
    expect(spent200.problems.map((p) => p.message)).toEqual(['presence not measured on google: SerpApi: Your account has run out of searches.']);
    const broken = await fetchSerpApiPresence(options('broken', ['google', 'bing']));
    expect(broken.problems.map((p) => p.message)).toEqual(['presence on google: Internal error']);
    expect(broken.presence.map((p) => p.engine)).toEqual(['bing']);
    const none = await fetchSerpApiPresence(options(''));
    expect(none.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^presence not measured: no API key/)]);
    const unreachable = await fetchSerpApiPresence({ ...options('good'), baseUrl: 'http://127.0.0.1:1' });
    expect(unreachable.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^presence not measured on google: SerpApi unreachable at http:\/\/127\.0\.0\.1:1/)]);
  });

  it('does not claim engines whose SerpApi answer it does not read', async () => {
    const r = await fetchSerpApiPresence({ ...options('good', ['yandex']), keyPages: [] });
    expect(r.presence).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(['presence on yandex not measured: refaudit reads SerpApi\'s site: results for google and bing only']);
  });

  it('matches pages whatever the scheme, www. or trailing slash', () => {
    expect(samePage('http://www.atlas.example/riads/fes', 'https://atlas.example/riads/fes/')).toBe(true);
    expect(samePage('https://atlas.example/riads/', 'https://atlas.example/riads/fes/')).toBe(false);
  });
});
