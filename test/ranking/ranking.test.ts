import { describe, expect, it } from 'vitest';
import { loadModelData, ctrAt } from '../../src/data/load.js';
import { analyzeRanking, rankObservation, latestObservations } from '../../src/analyze/ranking/ranking.js';
import { parseRankingsCsv } from '../../src/analyze/ranking/import-csv.js';
import { parseGscQueriesAsRankings } from '../../src/analyze/ranking/import-gsc.js';
import type { RankObservation, TargetKeyword } from '../../src/analyze/types.js';

const data = loadModelData();
const obs = (position: number | null, over: Partial<RankObservation> = {}): RankObservation => ({
  keyword: 'riad marrakech', engine: 'google', market: 'fr-MA', position, url: null, date: '2026-11-16', volume: 10_000, source: 't', ...over,
});
const kw = (keyword: string, priority: 1 | 2 | 3, volume: number | null = null): TargetKeyword => ({ keyword, priority, volume, category: null, source: 't' });

describe('CTR curve', () => {
  it('reads the published positions and decays geometrically past them', () => {
    expect(ctrAt(data, 1)).toBe(27.6);
    expect(ctrAt(data, 10)).toBe(2.4);
    expect(ctrAt(data, 11)).toBe(0.11);
    expect(ctrAt(data, 21)).toBeCloseTo(0.03 * 0.85, 10);
  });
});

describe('page-break thresholds', () => {
  // Estimated clicks = 10,000 × CTR × Google's share in MA (97.1 %).
  const clicks = (p: number) => (10_000 * ctrAt(data, p) * 97.1) / 10_000;

  it('the seed example: on a 10-per-page engine, 11→10 gains more than 9→7', () => {
    const from11to10 = clicks(10) - clicks(11);
    const from9to7 = clicks(7) - clicks(9);
    expect(from11to10).toBeCloseTo(10_000 * (0.024 - 0.0011) * 0.971, 6); // 222.36 clicks
    expect(from9to7).toBeCloseTo(10_000 * (0.039 - 0.027) * 0.971, 6); // 116.52 clicks
    expect(from11to10).toBeGreaterThan(from9to7);
    const r = rankObservation(obs(11), data, kw('riad marrakech', 1));
    expect(r.gainToBreak).toBeCloseTo(Math.round(from11to10 * 100) / 100, 2);
  });

  it('gives the page, the places to the break and the estimated clicks', () => {
    const r = rankObservation(obs(14), data, undefined);
    expect(r.page).toBe(2);
    expect(r.placesToBreak).toBe(4);
    expect(r.estClicks).toBeCloseTo(10_000 * 0.0007 * 0.971, 2);
    expect(r.gainToBreak).toBeCloseTo(10_000 * (0.024 - 0.0007) * 0.971, 1);
    // The same 4-place climb inside page 2 (15→11) is worth far less than crossing the break.
    expect(r.sameClimbInPage).toBeCloseTo(10_000 * (0.0011 - 0.0006) * 0.971, 1);
    expect(rankObservation(obs(7), data, undefined)).toMatchObject({ page: 1, placesToBreak: null, gainToBreak: null });
    expect(rankObservation(obs(null), data, undefined)).toMatchObject({ page: null, estClicks: null });
  });

  it('says nothing about clicks when no volume is known', () => {
    const r = rankObservation(obs(12, { volume: null }), data, kw('riad marrakech', 2, null));
    expect(r.estClicks).toBeNull();
    expect(r.gainToBreak).toBeNull();
  });
});

describe('analyzeRanking', () => {
  const keywords = [kw('a', 1, 1000), kw('b', 1, 3000), kw('c', 2, 500)];
  const observations = [
    obs(3, { keyword: 'a', volume: null }),
    obs(12, { keyword: 'b', volume: null }),
    obs(11, { keyword: 'c', volume: null }),
    obs(15, { keyword: 'b', volume: null, date: '2026-11-01' }),
    obs(2, { keyword: 'a', engine: 'bing', volume: null }),
  ];
  const r = analyzeRanking({ observations, keywords, markets: [{ id: 'fr-MA', country: 'MA', language: 'fr' }], data });

  it('keeps the latest observation per keyword, engine and market', () => {
    expect(latestObservations(observations)).toHaveLength(4);
    expect(r.observations.find((o) => o.keyword === 'b')?.position).toBe(12);
  });

  it('scores each engine by the volume share of priority keywords on page 1', () => {
    // google: a (1000) on page 1, b (3000) on page 2 → 25; c is priority 2 and does not count.
    expect(r.engines.find((e) => e.engine === 'google')?.score).toBe(25);
    expect(r.engines.find((e) => e.engine === 'bing')?.score).toBe(100);
    expect(r.page1ByEngine).toEqual({ bing: 1, google: 1 });
    // Overall: weighted by audience share in MA (google 97.1, bing 1.5).
    expect(r.score).toBeCloseTo((97.1 * 25 + 1.5 * 100) / (97.1 + 1.5), 6);
  });

  it('lists striking-distance keywords by traffic at stake', () => {
    expect(r.strikingDistance.map((o) => o.keyword)).toEqual(['b', 'c']);
  });
});

describe('rankings CSV', () => {
  it('reads quoted fields, a BOM, semicolons and reports bad rows by line', () => {
    const csv = '\uFEFFkeyword;engine;market;position;url;date;volume\n"riad; marrakech";google;fr-MA;4;/riads/;2026-11-16;1 200\ntrek;Google!;fr-MA;3;;;\ncircuit;bing;fr-MA;;;2026-11-16;\nfoo;google;fr-MA;douze;;;\n';
    const { observations, problems } = parseRankingsCsv(csv, 'r.csv');
    expect(observations).toEqual([
      { keyword: 'riad; marrakech', engine: 'google', market: 'fr-MA', position: 4, url: '/riads/', date: '2026-11-16', volume: 1200, source: 'r.csv' },
      { keyword: 'circuit', engine: 'bing', market: 'fr-MA', position: null, url: null, date: '2026-11-16', volume: null, source: 'r.csv' },
    ]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([[3, 'engine'], [5, 'position']]);
  });

  it('refuses a file without the required columns, saying which', () => {
    const { problems } = parseRankingsCsv('kw,engine\nx,google\n', 'r.csv');
    expect(problems[0]?.message).toMatch(/no "keyword" column/);
  });

  it('reads a Search Console export with French headers', () => {
    const csv = 'Requêtes les plus fréquentes,Clics,Impressions,CTR,Position\nriad fès,12,340,"3,5 %","8,4"\n';
    const { observations } = parseGscQueriesAsRankings(csv, 'q.csv', { market: 'fr-MA' });
    expect(observations).toEqual([{ keyword: 'riad fès', engine: 'google', market: 'fr-MA', position: 8.4, url: null, date: null, volume: null, source: 'q.csv' }]);
  });
});
