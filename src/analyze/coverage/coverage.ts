/**
 * Coverage (couverture): how much of the target markets' search audience can find the site, on the
 * engines and in the directories that carry it.
 *
 *   reachability(engine) = the observed indexed share when measured (an imported index export, or
 *                          the SERP provider's site: count ÷ indexable pages, capped at 1), else
 *                          0 if its main bot may not fetch the home page, else
 *                          crawlable share × readiness (an estimate from crawlability)
 *   crawlable share      = indexable pages its bot may crawl and index (robots.txt, meta robots and
 *                          X-Robots-Tag for its token) ÷ indexable pages
 *   readiness            = 0.9 without any sitemap, × 0.95 when the engine has webmaster tools but no
 *                          verification tag or valid verification file is found, × 0.97 when it uses IndexNow and no valid key file
 *   coverage(market)     = engines and directories weighted by audience share: see market-coverage.ts
 * The readiness factors are refaudit's documented judgement (README, "Coverage"), not measurements.
 */
import type { SiteSnapshot } from '../../site/types.js';
import { isIndexable } from '../../site/indexability.js';
import type { Market } from '../types.js';
import type { EngineProfile, ModelData } from '../../data/load.js';
import { sharesFor } from '../../data/load.js';
import type { DirectoryCheck } from './directories.js';
import type { EnginePresence } from '../ranking/providers/serpapi-presence.js';
import { countryCoverage, languageCoverage, type MarketCoverage } from './market-coverage.js';
import { javascriptCoverage, renderingBots, type EngineJsCoverage } from './javascript.js';

export type { MarketCoverage } from './market-coverage.js';

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
  /** Where observedShare comes from; null: presence estimated from crawlability only. */
  observed: ObservedPresence | null;
  /** The SERP provider's answer, shown even when an export is used instead. */
  provider: EnginePresence | null;
  indexable: number;
  /** Content that needs JavaScript, for an engine taken to index the served HTML (javascript.ts). */
  javascript?: EngineJsCoverage;
  reachability: number;
}

export type ObservedPresence =
  | { kind: 'export'; file: string; indexed: number }
  | { kind: 'provider'; source: string; date: string; indexed: number | null; method: 'site-count' | 'key-pages' };

export interface CoverageResult {
  engines: EngineCoverage[];
  markets: MarketCoverage[];
  score: number;
  /** The engine whose gaps cost the most audience, with the points lost (mean over markets). */
  costliest: { engine: string; points: number } | null;
  /** The directory whose missing or partial listing costs the most, with the points lost (mean over markets). */
  costliestDirectory: { name: string; url: string; points: number; worst: { market: string; points: number } } | null;
  directories: DirectoryCheck[];
}

export interface IndexedImport {
  engine: string;
  urls: string[];
  file: string;
}

/** Observed indexed share: an export names the URLs; the provider gives a count, else found key pages. */
function observe(indexable: { url: string; finalUrl: string }[], indexed: IndexedImport | undefined, provider: EnginePresence | undefined): { share: number; observed: ObservedPresence } | null {
  if (!indexable.length) return null;
  if (indexed) {
    const set = new Set(indexed.urls);
    const n = indexable.filter((p) => set.has(p.url) || set.has(p.finalUrl)).length;
    return { share: n / indexable.length, observed: { kind: 'export', file: indexed.file, indexed: n } };
  }
  if (!provider) return null;
  const base = { kind: 'provider' as const, source: provider.source, date: provider.date, indexed: provider.indexed };
  if (provider.indexed !== null) return { share: Math.min(1, provider.indexed / indexable.length), observed: { ...base, method: 'site-count' } };
  const checks = [...(provider.homeFound === null ? [] : [provider.homeFound]), ...provider.keyPages.map((k) => k.found)];
  if (!checks.length) return null;
  return { share: checks.filter(Boolean).length / checks.length, observed: { ...base, method: 'key-pages' } };
}

function engineCoverage(snap: SiteSnapshot, e: EngineProfile, indexed: IndexedImport | undefined, provider: EnginePresence | undefined, rendering: Set<string>): EngineCoverage {
  const botSpec = snap.settings.bots.find((b) => e.bots.includes(b.id)) ?? null;
  const home = snap.pages.find((p) => p.url === snap.startUrl);
  const homeReachable = !!home && (!botSpec || home.robotsAllowed[botSpec.id] !== false) && home.status !== null;
  const indexable = snap.pages.filter((p) => isIndexable(p));
  const crawlable = botSpec ? indexable.filter((p) => isIndexable(p, botSpec)) : indexable;
  const crawlableShare = indexable.length ? crawlable.length / indexable.length : 0;
  const sitemap = snap.sitemaps.some((s) => s.kind === 'urlset' || s.kind === 'index');
  const verification = home?.html?.verification ?? {};
  const file = e.verificationFile ? snap.verificationFiles?.find((f) => f.file === e.verificationFile) : undefined;
  const byMeta = !!e.verificationMeta && verification[e.verificationMeta] !== undefined;
  const verified = e.verificationMeta || e.verificationFile ? byMeta || !!file?.valid : null;
  const indexNow = e.indexNow ? (snap.indexNow?.valid ?? false) : null;
  const seen = observe(indexable, indexed, provider);
  let readiness = 1;
  if (!sitemap) readiness *= READINESS.noSitemap;
  if (verified === false) readiness *= READINESS.notVerified;
  if (indexNow === false) readiness *= READINESS.noIndexNow;
  // What the engine shows of the site is the presence itself; crawlability only estimates it. Either
  // way, an engine that indexes the served HTML misses content that only JavaScript writes.
  const javascript = javascriptCoverage(e, crawlable, rendering);
  const reachability = (seen ? seen.share : homeReachable ? crawlableShare * readiness : 0) * javascript.factor;
  return {
    engine: e.id, name: e.name, bot: botSpec?.id ?? null, homeReachable, crawlableShare, sitemap, verified, indexNow,
    observedShare: seen?.share ?? null, observed: seen?.observed ?? null, provider: provider ?? null, indexable: indexable.length,
    javascript, reachability,
  };
}

export function analyzeCoverage(input: {
  snapshot: SiteSnapshot;
  markets: Market[];
  engines: string[];
  data: ModelData;
  indexed?: IndexedImport[];
  directories?: DirectoryCheck[];
  /** The SERP provider's site: answers per engine. */
  presence?: EnginePresence[];
}): CoverageResult {
  const { snapshot, data } = input;
  const markets = input.markets.length ? input.markets : [{ id: 'WW', country: 'WW', language: null }];
  const chosen = input.engines.length ? input.engines : null;
  const relevant = new Set<string>();
  const countries = markets.flatMap((m) => (m.languageOnly ? Object.keys(data.languages[m.language ?? '']?.markets ?? { WW: 1 }) : [m.country]));
  for (const c of countries) for (const [e, pct] of Object.entries(sharesFor(data, c).shares)) if (pct > 0 && e !== 'other') relevant.add(e);
  const profiles = data.engines.filter((e) => (chosen ? chosen.includes(e.id) : relevant.has(e.id)));
  const rendering = renderingBots(input.data.engines);
  const engines = profiles.map((e) => engineCoverage(snapshot, e, input.indexed?.find((i) => i.engine === e.id), input.presence?.find((p) => p.engine === e.id), rendering));
  const reach = new Map(engines.map((e) => [e.engine, e.reachability]));
  const dirs = input.directories ?? [];
  const marketRows: MarketCoverage[] = markets.map((m) => (m.languageOnly ? languageCoverage(m, data, reach, dirs) : countryCoverage(m, data, reach, dirs)));
  const score = marketRows.reduce((s, r) => s + r.score, 0) / marketRows.length;
  const lostByEngine = new Map<string, number>();
  for (const r of marketRows) for (const [e, pts] of Object.entries(r.lost)) lostByEngine.set(e, (lostByEngine.get(e) ?? 0) + pts / marketRows.length);
  const worst = [...lostByEngine].sort((a, b) => b[1] - a[1])[0];
  const lostByDir = new Map<string, NonNullable<CoverageResult['costliestDirectory']>>();
  for (const r of marketRows) {
    for (const d of r.directories) {
      const cur = lostByDir.get(d.url) ?? { name: d.name, url: d.url, points: 0, worst: { market: r.market, points: d.lost } };
      cur.points += d.lost / marketRows.length;
      if (d.lost > cur.worst.points) cur.worst = { market: r.market, points: d.lost };
      lostByDir.set(d.url, cur);
    }
  }
  const worstDir = [...lostByDir.values()].sort((a, b) => b.points - a.points)[0];
  return {
    engines,
    markets: marketRows,
    score,
    costliest: worst && worst[1] > 0.05 ? { engine: worst[0], points: worst[1] } : null,
    costliestDirectory: worstDir && worstDir.points > 0.05 ? worstDir : null,
    directories: dirs,
  };
}
