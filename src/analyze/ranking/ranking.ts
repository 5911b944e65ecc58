/**
 * Position / ranking with the threshold effects of page breaks.
 *
 *   page                = ceil(position ÷ results per page of that engine)
 *   places to break     = position − last position of the previous page (page ≥ 2)
 *   estimated clicks(p) = monthly volume × CTR(p) × audience share of the engine in the market
 *   gain to break       = clicks(last position of the previous page) − clicks(position)
 *   same climb in page  = clicks(first of the current page) − clicks(first + places to break):
 *                         the same number of places climbed without crossing the break
 * On a 10-per-page engine, 11→10 crosses the break and gains more than 9→7 does: the page-2 cliff
 * in the CTR curve is the threshold effect.
 *
 * Ranking score (per engine) = 100 × Σ volume of priority keywords on page 1 ÷ Σ volume of priority
 * keywords observed (volume 1 when unknown; all keywords count when none has priority 1).
 * Overall = engines' scores weighted by their audience share in the markets.
 */
import type { Market, RankObservation, TargetKeyword } from '../types.js';
import type { ModelData } from '../../data/load.js';
import { ctrAt, sharesFor } from '../../data/load.js';

export interface RankedObservation extends RankObservation {
  resultsPerPage: number;
  page: number | null;
  placesToBreak: number | null;
  /** percent of the market's searches on this engine. */
  engineShare: number;
  volumeUsed: number | null;
  estClicks: number | null;
  gainToBreak: number | null;
  sameClimbInPage: number | null;
  priority: 1 | 2 | 3 | null;
}

export interface EngineRanking {
  engine: string;
  score: number | null;
  page1Priority: number;
  priorityObserved: number;
}

export interface RankingResult {
  observations: RankedObservation[];
  strikingDistance: RankedObservation[];
  engines: EngineRanking[];
  score: number | null;
  page1ByEngine: Record<string, number>;
}

export const STRIKING_PLACES = 5;

const country = (market: string) => (market.includes('-') ? market.split('-').pop()! : market).toUpperCase();

/** The latest observation per keyword × engine × market (undated ones lose to dated). */
export function latestObservations(obs: RankObservation[]): RankObservation[] {
  const best = new Map<string, RankObservation>();
  for (const o of obs) {
    const key = `${o.keyword.toLowerCase()}|${o.engine}|${o.market}`;
    const prev = best.get(key);
    if (!prev || (o.date ?? '') >= (prev.date ?? '')) best.set(key, o);
  }
  return [...best.values()];
}

/** What an observation's figures need from its engine and market, looked up once per pair. */
interface EngineMarket {
  engine: string;
  resultsPerPage: number;
  share: number;
}

function engineMarket(data: ModelData, engine: string, market: string): EngineMarket {
  return { engine, resultsPerPage: data.engines.find((e) => e.id === engine)?.resultsPerPage ?? 10, share: sharesFor(data, country(market)).shares[engine] ?? 0 };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const clicksAt = (data: ModelData, em: EngineMarket, volume: number, p: number) => (volume * ctrAt(data, p, em.engine) * em.share) / 10_000;

export function rankObservation(o: RankObservation, data: ModelData, kw: TargetKeyword | undefined): RankedObservation {
  return rankWith(o, data, engineMarket(data, o.engine, o.market), kw);
}

function rankWith(o: RankObservation, data: ModelData, em: EngineMarket, kw: TargetKeyword | undefined): RankedObservation {
  const rpp = em.resultsPerPage;
  const volume = o.volume ?? kw?.volume ?? null;
  const pos = o.position;
  const page = pos === null ? null : Math.ceil(pos / rpp);
  const lastOfPrev = page && page > 1 ? (page - 1) * rpp : null;
  const places = pos !== null && lastOfPrev !== null ? pos - lastOfPrev : null;
  const firstOfPage = page ? (page - 1) * rpp + 1 : null;
  const cur = pos === null || volume === null ? null : clicksAt(data, em, volume, pos);
  // One object literal, every field named: spreading the observation gives each object its own
  // dictionary-mode shape, which makes a 200,000-row rankings export take tens of seconds.
  return {
    keyword: o.keyword,
    engine: o.engine,
    market: o.market,
    position: o.position,
    url: o.url,
    date: o.date,
    volume: o.volume,
    source: o.source,
    resultsPerPage: rpp,
    page,
    placesToBreak: places,
    engineShare: em.share,
    volumeUsed: volume,
    estClicks: cur === null ? null : round2(cur),
    gainToBreak: lastOfPrev !== null && cur !== null ? round2(clicksAt(data, em, volume!, lastOfPrev) - cur) : null,
    sameClimbInPage: places !== null && firstOfPage !== null && volume !== null ? round2(clicksAt(data, em, volume, firstOfPage) - clicksAt(data, em, volume, firstOfPage + places)) : null,
    priority: kw?.priority ?? null,
  };
}

export function analyzeRanking(input: { observations: RankObservation[]; keywords: TargetKeyword[]; markets: Market[]; data: ModelData }): RankingResult {
  const kwIndex = new Map(input.keywords.map((k) => [k.keyword.toLowerCase(), k]));
  // Engine and market figures once per pair, not once per row: a rankings export repeats a handful.
  const pairs = new Map<string, EngineMarket>();
  const ranked = latestObservations(input.observations).map((o) => {
    const key = `${o.engine}|${o.market}`;
    let em = pairs.get(key);
    if (!em) pairs.set(key, (em = engineMarket(input.data, o.engine, o.market)));
    return rankWith(o, input.data, em, kwIndex.get(o.keyword.toLowerCase()));
  });
  const striking = ranked
    .filter((o) => o.page !== null && o.page >= 2 && o.placesToBreak !== null && o.placesToBreak <= STRIKING_PLACES)
    .sort((a, b) => (b.gainToBreak ?? -1) - (a.gainToBreak ?? -1) || (a.position ?? 0) - (b.position ?? 0));

  const hasPriority1 = input.keywords.some((k) => k.priority === 1);
  const counts = (o: RankedObservation) => (hasPriority1 ? o.priority === 1 : true);
  const engines: EngineRanking[] = [];
  for (const engine of [...new Set(ranked.map((o) => o.engine))].sort()) {
    const mine = ranked.filter((o) => o.engine === engine && counts(o));
    const weight = (o: RankedObservation) => o.volumeUsed ?? 1;
    const total = mine.reduce((s, o) => s + weight(o), 0);
    const onPage1 = mine.filter((o) => o.page === 1);
    engines.push({
      engine,
      score: total ? (100 * onPage1.reduce((s, o) => s + weight(o), 0)) / total : null,
      page1Priority: new Set(ranked.filter((o) => o.engine === engine && o.priority === 1 && o.page === 1).map((o) => o.keyword.toLowerCase())).size,
      priorityObserved: new Set(mine.map((o) => o.keyword.toLowerCase())).size,
    });
  }
  const markets = input.markets.length ? input.markets.map((m) => m.country) : ['WW'];
  let wsum = 0;
  let ssum = 0;
  for (const e of engines) {
    if (e.score === null) continue;
    const w = markets.reduce((s, c) => s + (sharesFor(input.data, c).shares[e.engine] ?? 0), 0) / markets.length;
    wsum += w;
    ssum += w * e.score;
  }
  return {
    observations: ranked,
    strikingDistance: striking,
    engines,
    score: wsum ? ssum / wsum : null,
    page1ByEngine: Object.fromEntries(engines.map((e) => [e.engine, e.page1Priority])),
  };
}
