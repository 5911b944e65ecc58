/**
 * A directory's audience share in a market, as the config gives it: one figure for every market,
 * or per market key. The most specific key wins: the market id (`fr-MA`), then its country (`MA`),
 * then its language (`fr`).
 */
import type { DirectoryEntry, Market } from '../types.js';

export function directoryShareFor(entry: Pick<DirectoryEntry, 'share'>, market: Market): number | null {
  const s = entry.share;
  if (s === undefined || s === null) return null;
  if (typeof s === 'number') return s;
  const byKey = new Map(Object.entries(s).map(([k, v]) => [k.toLowerCase(), v]));
  for (const key of [market.id, market.languageOnly ? null : market.country, market.language]) {
    if (key && byKey.has(key.toLowerCase())) return byKey.get(key.toLowerCase())!;
  }
  return null;
}

/**
 * The first market (of those given) where the directories' shares add up past 100, with the
 * directory whose share pushes it over: the config error names that field.
 */
export function sharesOver100(entries: Pick<DirectoryEntry, 'share'>[], markets: Market[]): { market: string; index: number; total: number; parts: string } | null {
  for (const m of markets) {
    let total = 0;
    const parts: string[] = [];
    for (const [i, e] of entries.entries()) {
      const s = directoryShareFor(e, m);
      if (!s) continue;
      total += s;
      parts.push(`directories[${i}] ${s}`);
      if (total > 100 + 1e-9) return { market: m.id, index: i, total, parts: parts.join(' + ') };
    }
  }
  return null;
}
