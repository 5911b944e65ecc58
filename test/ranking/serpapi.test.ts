import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSerpApiRankings } from '../../src/analyze/ranking/providers/serpapi.js';
import { serveLocal, type LocalHandler, type LocalServer } from '../support/local-server.js';

/** A stand-in for serpapi.com answering in its documented search.json format. */
let base = '';
const seen: URL[] = [];
// With the key "slow", the second query never gets an answer: the user's Ctrl-C ends the wait.
const interrupt = new AbortController();
const answer: LocalHandler = (req, res, hold) => {
  const url = new URL(req.url ?? '/', 'http://x');
  seen.push(url);
  const key = url.searchParams.get('api_key');
  const json = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (key === 'bad') return json(401, { error: 'Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key' });
  if (key === 'spent') return json(429, { error: 'Your account has run out of searches.' });
  const q = url.searchParams.get('q');
  if (key === 'slow' && q === 'trek toubkal') {
    hold(res);
    return void setTimeout(() => interrupt.abort(new Error('interrupted')), 50);
  }
  if (q === 'riad marrakech') {
    return json(200, {
      search_metadata: { status: 'Success' },
      organic_results: [
        { position: 1, title: 'Booking', link: 'https://www.booking.example/riads' },
        { position: 2, title: 'Riad', link: 'https://www.atlas-evasion.example/riads/' },
        { position: 3, title: 'Again', link: 'https://atlas-evasion.example/riads/fes/' },
      ],
    });
  }
  return json(200, { search_metadata: { status: 'Success' }, organic_results: [{ position: 1, title: 'Other', link: 'https://other.example/' }] });
};

let server: LocalServer;
beforeAll(async () => {
  server = await serveLocal(answer);
  base = server.origin;
});
afterAll(() => server.close());

const options = (apiKey: string) => ({
  keywords: [
    { keyword: 'riad marrakech', priority: 1 as const, volume: 9900, category: null, source: 't' },
    { keyword: 'trek toubkal', priority: 1 as const, volume: null, category: null, source: 't' },
  ],
  markets: [{ id: 'fr-MA', country: 'MA', language: 'fr' }],
  siteUrl: 'https://atlas-evasion.example/',
  engines: ['google'],
  baseUrl: base,
  apiKey,
  depth: 100,
  today: '2026-11-24',
});

describe('SerpApi adapter', () => {
  it('asks in the documented format and finds the site by host, www or not', async () => {
    const r = await fetchSerpApiRankings(options('good'));
    expect(r.observations).toEqual([
      { keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', position: 2, url: 'https://www.atlas-evasion.example/riads/', date: '2026-11-24', volume: 9900, source: `serpapi:${base}` },
      { keyword: 'trek toubkal', engine: 'google', market: 'fr-MA', position: null, url: null, date: '2026-11-24', volume: null, source: `serpapi:${base}` },
    ]);
    const first = seen.find((u) => u.searchParams.get('q') === 'riad marrakech')!;
    expect(first.pathname).toBe('/search.json');
    expect(Object.fromEntries(first.searchParams)).toMatchObject({ engine: 'google', gl: 'ma', hl: 'fr', num: '100', api_key: 'good' });
  });

  it('says clearly when the key is refused or the plan is spent', async () => {
    await expect(fetchSerpApiRankings(options('bad'))).rejects.toThrow(/^SerpApi rejected the API key \(HTTP 401: Invalid API key/);
    await expect(fetchSerpApiRankings(options('spent'))).rejects.toThrow(/HTTP 429/);
    await expect(fetchSerpApiRankings(options(''))).rejects.toThrow(/no API key/);
  });

  it('keeps the answers already in when the audit is interrupted, and says how many queries were not asked', async () => {
    const r = await fetchSerpApiRankings({ ...options('slow'), signal: interrupt.signal });
    expect(r.observations.map((o) => [o.keyword, o.position])).toEqual([['riad marrakech', 2]]);
    expect(r.problems).toEqual([{ file: 'serpapi', message: 'audit interrupted: 1 of 2 queries left unanswered' }]);
  });
});
