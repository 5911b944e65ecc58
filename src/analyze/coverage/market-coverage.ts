/**
 * Coverage of one market, engines and directories together, and of a language (its markets
 * weighted as src/data/language-markets.json documents them).
 *
 *   D              = Σ directory shares in the market (config, percent of the audience)
 *   engine share   = (100 − D) × share(engine) ÷ Σ share(engines considered)
 *   got            = Σ engine share × reachability + Σ directory share × presence
 *   coverage       = 100 × got ÷ (100 − Σ shares of directories whose page could not be read)
 *
 * A directory whose page was not read is unknown: its share leaves the total rather than counting
 * as present or absent, and the report names it.
 */
import type { Market } from '../types.js';
import type { DirectoryPresence, ModelData } from '../../data/load.js';
import { sharesFor } from '../../data/load.js';
import type { DirectoryCheck } from './directories.js';
import { directoryShareFor } from './directory-share.js';

export type ListingState = 'listed' | 'not-followable' | 'other-category' | 'other-category-not-followable' | 'absent' | 'unknown';

export interface DirectoryCoverage {
  name: string;
  url: string;
  /** Percent of the market's audience (config). */
  share: number;
  shareSource: string;
  state: ListingState;
  /** 0..1 from src/data/directory-presence.json; null when unknown (page not read). */
  presence: number | null;
  /** Points of this market's coverage lost. */
  lost: number;
}

export interface MarketCoverage {
  market: string;
  /** The audience-shares row used ("MA", or "WW" when the data has no row); for a language, its markets. */
  dataMarket: string;
  score: number;
  /** engine → percent of the market's audience (after the directories' part is taken out). */
  shares: Record<string, number>;
  /** engine → points of coverage lost. */
  lost: Record<string, number>;
  directories: DirectoryCoverage[];
  /** Percent of the audience in directories whose page could not be read (left out of the total). */
  unknownShare: number;
  /** For a language: the markets read, their weight and their coverage. */
  parts?: { market: string; dataMarket: string; weight: number; score: number }[];
}

export function listingState(d: DirectoryCheck): ListingState {
  if (!d.read) return 'unknown';
  if (d.listed) return d.followable === false ? 'not-followable' : 'listed';
  if (d.foundElsewhere) return d.followable === false ? 'other-category-not-followable' : 'other-category';
  return 'absent';
}

const PRESENCE_KEY: Record<Exclude<ListingState, 'unknown'>, keyof DirectoryPresence> = {
  listed: 'listed',
  'not-followable': 'notFollowable',
  'other-category': 'otherCategory',
  'other-category-not-followable': 'otherCategoryNotFollowable',
  absent: 'absent',
};

export function countryCoverage(m: Market, data: ModelData, reach: Map<string, number>, dirs: DirectoryCheck[]): MarketCoverage {
  const { shares: row, market } = sharesFor(data, m.country);
  const considered = Object.entries(row).filter(([e]) => reach.has(e));
  const engineTotal = considered.reduce((s, [, pct]) => s + pct, 0);
  const listings = dirs
    .map((d) => ({ d, share: directoryShareFor(d, m) }))
    .filter((x): x is { d: DirectoryCheck; share: number } => x.share !== null && x.share > 0);
  const dirTotal = listings.reduce((s, x) => s + x.share, 0);
  const unknownShare = listings.filter((x) => !x.d.read).reduce((s, x) => s + x.share, 0);
  const denominator = 100 - unknownShare;
  const scale = Math.max(0, 100 - dirTotal) / 100;
  const shares: Record<string, number> = {};
  const lost: Record<string, number> = {};
  let got = 0;
  for (const [e, pct] of considered) {
    const share = engineTotal ? (100 * scale * pct) / engineTotal : 0;
    shares[e] = share;
    got += share * reach.get(e)!;
    lost[e] = denominator > 0 ? (100 * share * (1 - reach.get(e)!)) / denominator : 0;
  }
  const directories: DirectoryCoverage[] = listings.map(({ d, share }) => {
    const state = listingState(d);
    const presence = state === 'unknown' ? null : data.directoryPresence[PRESENCE_KEY[state]];
    if (presence !== null) got += share * presence;
    return { name: d.name, url: d.url, share, shareSource: d.shareSource ?? '', state, presence, lost: presence === null || denominator <= 0 ? 0 : (100 * share * (1 - presence)) / denominator };
  });
  return { market: m.id, dataMarket: market, score: denominator > 0 ? (100 * got) / denominator : 0, shares, lost, directories, unknownShare };
}

/** A language: each of its markets in the data, weighted; without data for it, the worldwide row. */
export function languageCoverage(m: Market, data: ModelData, reach: Map<string, number>, dirs: DirectoryCheck[]): MarketCoverage {
  const lang = data.languages[m.language ?? ''];
  if (!lang || !Object.keys(lang.markets).length) return { ...countryCoverage({ ...m, country: 'WW' }, data, reach, dirs), market: m.id };
  const rows = Object.entries(lang.markets).map(([country, weight]) => ({
    weight,
    row: countryCoverage({ id: `${m.language}-${country}`, country, language: m.language }, data, reach, dirs),
  }));
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const mean = (f: (r: MarketCoverage) => number) => rows.reduce((s, r) => s + r.weight * f(r.row), 0) / total;
  const keys = (f: (r: MarketCoverage) => Record<string, number>) => [...new Set(rows.flatMap((r) => Object.keys(f(r.row))))];
  const byDir = new Map<string, DirectoryCoverage[]>();
  for (const r of rows) for (const d of r.row.directories) byDir.set(d.url, [...(byDir.get(d.url) ?? []), d]);
  const directories = [...byDir.values()].map((list) => {
    const weightOf = (d: DirectoryCoverage) => rows.find((r) => r.row.directories.includes(d))!.weight;
    // A directory counts in a language's markets where it has a share; its figures are their weighted mean over all of them.
    const avg = (f: (d: DirectoryCoverage) => number) => list.reduce((s, d) => s + weightOf(d) * f(d), 0) / total;
    return { ...list[0]!, share: avg((d) => d.share), lost: avg((d) => d.lost) };
  });
  return {
    market: m.id,
    dataMarket: rows.map((r) => r.row.dataMarket).join(', '),
    score: mean((r) => r.score),
    shares: Object.fromEntries(keys((r) => r.shares).map((e) => [e, mean((r) => r.shares[e] ?? 0)])),
    lost: Object.fromEntries(keys((r) => r.lost).map((e) => [e, mean((r) => r.lost[e] ?? 0)])),
    directories,
    unknownShare: mean((r) => r.unknownShare),
    parts: rows.map((r) => ({ market: r.row.market, dataMarket: r.row.dataMarket, weight: r.weight, score: r.row.score })),
  };
}
