/**
 * Coverage (couverture): how much of the target markets' search audience can find the site.
 *
 *   reachability(engine) = 0 if its main bot may not fetch the home page, else
 *                          crawlable share × readiness × observed index share (when imported)
 *   crawlable share      = indexable pages its bot may crawl and index (robots.txt, meta robots and
 *                          X-Robots-Tag for its token) ÷ indexable pages
 *   readiness            = 0.9 without any sitemap, × 0.95 when the engine has webmaster tools but no
 *                          verification tag is found, × 0.97 when it uses IndexNow and no valid key file
 *   coverage(market)     = 100 × Σ share(market, engine) × reachability(engine) ÷ Σ share(market, engine)
 * The readiness factors are refaudit's documented judgement (README, "Coverage"), not measurements.
 */
import type { SiteSnapshot } from '../../site/types.js';
import { isIndexable } from '../../site/indexability.js';
import type { Market } from '../types.js';
import type { EngineProfile, ModelData } from '../../data/load.js';
import { sharesFor } from '../../data/load.js';
import type { DirectoryCheck } from './directories.js';
import { javascriptCoverage, type EngineJsCoverage } from './javascript.js';

export const READINESS = { noSitemap: 0.9, notVerified: 0.95, noIndexNow: 0.97 } as const;

export interface EngineCoverage {
  engine: string;
  name: string;
  bot: string | null;
  homeReachable: boolean;
  crawlableShare: number;
  sitemap: boolean;
  verified: boolean | null;
  indexNow: boolean | null;
  observedShare: number | null;
  /** Content that needs JavaScript, for an engine taken to index the served HTML (javascript.ts). */
  javascript?: EngineJsCoverage;
  reachability: number;
}

export interface MarketCoverage {
  market: string;
  dataMarket: string;
  score: number;
  /** engine → percent of the market's audience. */
  shares: Record<string, number>;
  /** engine → points of coverage lost. */
  lost: Record<string, number>;
}

export interface CoverageResult {
  engines: EngineCoverage[];
  markets: MarketCoverage[];
  score: number;
  /** The engine whose gaps cost the most audience, with the points lost (mean over markets). */
  costliest: { engine: string; points: number } | null;
  directories: DirectoryCheck[];
}

export interface IndexedImport {
  engine: string;
  urls: string[];
  file: string;
}

function engineCoverage(snap: SiteSnapshot, e: EngineProfile, indexed: IndexedImport | undefined): EngineCoverage {
  const botSpec = snap.settings.bots.find((b) => e.bots.includes(b.id)) ?? null;
  const home = snap.pages.find((p) => p.url === snap.startUrl);
  const homeReachable = !!home && (!botSpec || home.robotsAllowed[botSpec.id] !== false) && home.status !== null;
  const indexable = snap.pages.filter((p) => isIndexable(p));
  const crawlable = botSpec ? indexable.filter((p) => isIndexable(p, botSpec)) : indexable;
  const crawlableShare = indexable.length ? crawlable.length / indexable.length : 0;
  const sitemap = snap.sitemaps.some((s) => s.kind === 'urlset' || s.kind === 'index');
  const verification = home?.html?.verification ?? {};
  const verified = e.verificationMeta ? verification[e.verificationMeta] !== undefined : null;
  const indexNow = e.indexNow ? (snap.indexNow?.valid ?? false) : null;
  let observedShare: number | null = null;
  if (indexed && indexable.length) {
    const set = new Set(indexed.urls);
    observedShare = indexable.filter((p) => set.has(p.url) || set.has(p.finalUrl)).length / indexable.length;
  }
  let readiness = 1;
  if (!sitemap) readiness *= READINESS.noSitemap;
  if (verified === false) readiness *= READINESS.notVerified;
  if (indexNow === false) readiness *= READINESS.noIndexNow;
  const javascript = javascriptCoverage(e, crawlable);
  const reachability = homeReachable ? crawlableShare * readiness * (observedShare ?? 1) * javascript.factor : 0;
  return { engine: e.id, name: e.name, bot: botSpec?.id ?? null, homeReachable, crawlableShare, sitemap, verified, indexNow, observedShare, javascript, reachability };
}

export function analyzeCoverage(input: {
  snapshot: SiteSnapshot;
  markets: Market[];
  engines: string[];
  data: ModelData;
  indexed?: IndexedImport[];
  directories?: DirectoryCheck[];
}): CoverageResult {
  const { snapshot, data } = input;
  const markets = input.markets.length ? input.markets : [{ id: 'WW', country: 'WW', language: null }];
  const chosen = input.engines.length ? input.engines : null;
  const relevant = new Set<string>();
  const rows = markets.map((m) => ({ m, ...sharesFor(data, m.country) }));
  for (const r of rows) for (const [e, pct] of Object.entries(r.shares)) if (pct > 0 && e !== 'other') relevant.add(e);
  const profiles = data.engines.filter((e) => (chosen ? chosen.includes(e.id) : relevant.has(e.id)));
  const engines = profiles.map((e) => engineCoverage(snapshot, e, input.indexed?.find((i) => i.engine === e.id)));
  const reach = new Map(engines.map((e) => [e.engine, e.reachability]));

  const marketRows: MarketCoverage[] = rows.map(({ m, shares, market }) => {
    const considered = Object.entries(shares).filter(([e]) => reach.has(e));
    const total = considered.reduce((s, [, pct]) => s + pct, 0);
    const lost: Record<string, number> = {};
    let got = 0;
    for (const [e, pct] of considered) {
      got += pct * reach.get(e)!;
      lost[e] = total ? (100 * pct * (1 - reach.get(e)!)) / total : 0;
    }
    return { market: m.id, dataMarket: market, score: total ? (100 * got) / total : 0, shares: Object.fromEntries(considered), lost };
  });
  const score = marketRows.reduce((s, r) => s + r.score, 0) / marketRows.length;
  const lostByEngine = new Map<string, number>();
  for (const r of marketRows) for (const [e, pts] of Object.entries(r.lost)) lostByEngine.set(e, (lostByEngine.get(e) ?? 0) + pts / marketRows.length);
  const worst = [...lostByEngine].sort((a, b) => b[1] - a[1])[0];
  return {
    engines,
    markets: marketRows,
    score,
    costliest: worst && worst[1] > 0.05 ? { engine: worst[0], points: worst[1] } : null,
    directories: input.directories ?? [],
  };
}
