/**
 * A 5,000-row rankings export analysed end to end (read, URLs resolved, ranked, findings, the
 * evaluation step as the report holds it, measurements) gives exactly what the build before the
 * speed work gave: test/fixtures/rankings-5000.golden.json.gz was written by commit eb6fa2f's code.
 * Speeding the input path up must not change a single figure.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/load.js';
import { analyzeRanking } from '../../src/analyze/ranking/ranking.js';
import { rankingFindings } from '../support/analysis-rules.js';
import { buildEvaluationStep } from '../../src/report/steps/evaluation.js';
import { finishPart } from '../../src/report/assemble.js';
import { readRankings, resolveRankingUrls } from '../../src/inputs/read.js';
import type { Market, TargetKeyword } from '../../src/analyze/types.js';
import { generateRankingsCsv } from '../support/rankings-file.js';

const GOLDEN = new URL('../fixtures/rankings-5000.golden.json.gz', import.meta.url);
const markets: Market[] = [{ id: 'fr-MA', country: 'MA', language: 'fr' }, { id: 'fr-FR', country: 'FR', language: 'fr' }];
const kw = (keyword: string, priority: 1 | 2 | 3, volume: number | null): TargetKeyword => ({ keyword, priority, volume, category: null, source: 'test' });
const keywords = [
  kw('riad marrakech', 1, 2400), kw('désert merzouga', 1, null), kw('Trek Toubkal', 1, 880), kw('agence voyage', 2, 5400),
  kw('location voiture', 1, 12_000), kw('hôtel piscine', 3, null), kw('riad introuvable', 1, 10),
];

function analyse(file: string) {
  const data = loadModelData();
  const read = readRankings(file, { market: 'fr-MA' });
  const observations = resolveRankingUrls(read.observations, 'https://example.ma/');
  const rank = analyzeRanking({ observations, keywords, markets, data });
  return {
    problems: read.problems,
    rank,
    findings: rankingFindings(rank, keywords),
    evaluation: finishPart(buildEvaluationStep(rank, data, [file])),
    measurements: rank.observations.map((o) => ({ keyword: o.keyword, engine: o.engine, market: o.market, position: o.position, page: o.page, url: o.url })),
  };
}

describe('a large rankings file', () => {
  const work = mkdtempSync(join(tmpdir(), 'refaudit-large-rankings-'));
  const file = join(work, 'rankings.csv');
  writeFileSync(file, generateRankingsCsv(5000));

  it('gives the same analysis, figure for figure, as before the input path was made linear', () => {
    // Paths in the output name the temporary file: replaced by a fixed name before comparing.
    const got = JSON.parse(JSON.stringify(analyse(file)).replaceAll(JSON.stringify(file).slice(1, -1), 'rankings.csv'));
    if (process.env.REFAUDIT_WRITE_GOLDEN === '1') writeFileSync(GOLDEN, gzipSync(JSON.stringify(got)));
    const want = JSON.parse(gunzipSync(readFileSync(GOLDEN)).toString('utf8'));
    expect(got.rank.observations.length).toBe(want.rank.observations.length);
    expect(got.problems).toEqual(want.problems);
    expect(got.rank.engines).toEqual(want.rank.engines);
    expect(got.rank.score).toBe(want.rank.score);
    expect(got.rank).toEqual(want.rank);
    expect(got.measurements).toEqual(want.measurements);
    expect(got.evaluation).toEqual(want.evaluation);
    // The golden's findings predate typed facts (#14): each item keeps its URL and detail; the facts
    // gained previousPage, which the detail states.
    const items = (f: { ruleId: string; evidence: { url?: string; detail?: string }[] }[]) => f.map((x) => [x.ruleId, x.evidence.map((e) => [e.url ?? null, e.detail ?? null])]);
    expect(items(got.findings)).toEqual(items(want.findings));
  });

  it('is a file that exercises the cases: duplicates by date, bad rows, quoted cells, several engines and markets', () => {
    const r = analyse(file);
    expect(r.rank.observations.length).toBeGreaterThan(2000);
    expect(r.rank.observations.length).toBeLessThan(5000);
    expect(r.problems.length).toBeGreaterThan(10);
    expect(new Set(r.problems.map((p) => p.field ?? 'row'))).toEqual(new Set(['position', 'engine', 'date', 'volume', 'row']));
    expect(r.rank.observations.some((o) => o.keyword.includes(','))).toBe(true);
    expect(r.rank.observations.some((o) => o.keyword.includes('"'))).toBe(true);
    expect(new Set(r.rank.observations.map((o) => o.engine))).toEqual(new Set(['google', 'bing', 'yandex', 'qwant']));
    expect(new Set(r.rank.observations.map((o) => o.market))).toEqual(new Set(['fr-MA', 'fr-FR', 'WW']));
    expect(r.rank.strikingDistance.length).toBeGreaterThan(100);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['ranking-not-ranked', 'ranking-striking-distance']);
    expect(r.rank.observations.some((o) => o.priority === 1 && o.page === 1)).toBe(true);
  });
});
