/**
 * What changed between two runs: findings new, fixed and persisting (keyed by rule id and evidence
 * URL), score deltas, coverage and relevance deltas, ranking moves with page-break crossings, and
 * pages added, removed or changed status.
 */
import type { Report, ReportStep } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import { itemIdentity } from './identity.js';

export interface FindingDelta {
  ruleId: string;
  severity: Severity;
  title: string;
  url: string | null;
}

export interface RankingMove {
  keyword: string;
  engine: string;
  market: string;
  from: number | null;
  to: number | null;
  fromPage: number | null;
  toPage: number | null;
  /** 'up' when it crossed onto an earlier page, 'down' when it fell to a later one. */
  crossing: 'up' | 'down' | null;
}

export interface ReportDiff {
  from: string;
  to: string;
  newFindings: FindingDelta[];
  fixedFindings: FindingDelta[];
  persisting: { ruleId: string; severity: Severity; title: string; before: number; after: number }[];
  scores: { coverage: number | null; relevance: number | null; ranking: number | null };
  coverageByEngine: Record<string, number>;
  relevanceByKeyword: Record<string, number>;
  rankingMoves: RankingMove[];
  pagesAdded: string[];
  pagesRemoved: string[];
  statusChanges: { url: string; from: number | null; to: number | null }[];
}

/**
 * A finding's items keyed by their identity (identity.ts). A report of schemaVersion 2 lists every
 * item; for one that only has its steps' evidence, `capped` holds the rules whose evidence was cut
 * short: an item missing from a capped list may still be there, so it is neither "fixed" nor, on
 * the other side, "new".
 */
function findingKeys(r: ComparableRun): { items: Map<string, FindingDelta>; capped: Set<string> } {
  const items = new Map<string, FindingDelta>();
  const capped = new Set<string>();
  if (Array.isArray(r.items)) {
    const titles = new Map(r.steps.flatMap((s) => s.findings).map((f) => [f.ruleId, f.title]));
    for (const s of r.steps) for (const f of s.findings) if (!f.evidence.length) items.set(itemIdentity(f.ruleId, {}), { ruleId: f.ruleId, severity: f.severity, title: f.title, url: null });
    for (const i of r.items) items.set(itemIdentity(i.ruleId, i), { ruleId: i.ruleId, severity: i.severity, title: titles.get(i.ruleId) ?? i.ruleId, url: i.url ?? i.detail ?? null });
    return { items, capped };
  }
  for (const s of r.steps) {
    for (const f of s.findings) {
      if (f.count > f.evidence.length) capped.add(f.ruleId);
      if (!f.evidence.length) items.set(itemIdentity(f.ruleId, {}), { ruleId: f.ruleId, severity: f.severity, title: f.title, url: null });
      for (const e of f.evidence) items.set(itemIdentity(f.ruleId, e), { ruleId: f.ruleId, severity: f.severity, title: f.title, url: e.url ?? e.detail ?? null });
    }
  }
  return { items, capped };
}

const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : Math.round((b - a) * 10) / 10);

/** What a diff reads of a run: a stored report, or this run before its report is built (report/build.ts RunFacts). */
export type ComparableRun = Pick<Report, 'generatedAt' | 'scores' | 'items' | 'measurements'> & { steps: Pick<ReportStep, 'findings'>[] };

export function diffReports(old: ComparableRun, now: ComparableRun): ReportDiff {
  const before = findingKeys(old);
  const after = findingKeys(now);
  const newFindings = [...after.items].filter(([k, v]) => !before.items.has(k) && !before.capped.has(v.ruleId)).map(([, v]) => v);
  const fixedFindings = [...before.items].filter(([k, v]) => !after.items.has(k) && !after.capped.has(v.ruleId)).map(([, v]) => v);
  const counts = (r: ComparableRun) => new Map(r.steps.flatMap((s) => s.findings).map((f) => [f.ruleId, f]));
  const oc = counts(old);
  const persisting = [...counts(now)].filter(([id]) => oc.has(id)).map(([id, f]) => ({ ruleId: id, severity: f.severity, title: f.title, before: oc.get(id)!.count, after: f.count }));

  const numDeltas = (a: Record<string, number>, b: Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = delta(a[k] ?? 0, b[k] ?? 0);
      if (d) out[k] = d;
    }
    return out;
  };

  const key = (x: { keyword: string; engine: string; market: string }) => `${x.keyword.toLowerCase()}|${x.engine}|${x.market}`;
  const oldRank = new Map(old.measurements.rankings.map((r) => [key(r), r]));
  const rankingMoves: RankingMove[] = [];
  for (const r of now.measurements.rankings) {
    const o = oldRank.get(key(r));
    if (!o || o.position === r.position) continue;
    const fromPage = o.page;
    const toPage = r.page;
    const crossing = fromPage === toPage ? null : toPage !== null && (fromPage === null || toPage < fromPage) ? 'up' : 'down';
    rankingMoves.push({ keyword: r.keyword, engine: r.engine, market: r.market, from: o.position, to: r.position, fromPage, toPage, crossing });
  }
  rankingMoves.sort((a, b) => (a.crossing ? 0 : 1) - (b.crossing ? 0 : 1) || a.keyword.localeCompare(b.keyword));

  const oldPages = new Map(old.measurements.pages.map((p) => [p.url, p]));
  const newPages = new Map(now.measurements.pages.map((p) => [p.url, p]));
  return {
    from: old.generatedAt,
    to: now.generatedAt,
    newFindings,
    fixedFindings,
    persisting,
    scores: {
      coverage: delta(old.scores.coverage.value, now.scores.coverage.value),
      relevance: delta(old.scores.relevance.value, now.scores.relevance.value),
      ranking: delta(old.scores.ranking.value, now.scores.ranking.value),
    },
    coverageByEngine: numDeltas(old.measurements.coverageByEngine, now.measurements.coverageByEngine),
    relevanceByKeyword: numDeltas(old.measurements.relevanceByKeyword, now.measurements.relevanceByKeyword),
    rankingMoves,
    pagesAdded: [...newPages.keys()].filter((u) => !oldPages.has(u)),
    pagesRemoved: [...oldPages.keys()].filter((u) => !newPages.has(u)),
    statusChanges: [...newPages.values()].filter((p) => oldPages.has(p.url) && oldPages.get(p.url)!.status !== p.status).map((p) => ({ url: p.url, from: oldPages.get(p.url)!.status, to: p.status })),
  };
}

/** Worse than last time: new critical or warning findings, a score down by more than a point, a fall off a page, a page that broke. */
export function isRegression(d: ReportDiff): { regressed: boolean; reasons: string[] } {
  const reasons: string[] = [];
  const serious = d.newFindings.filter((f) => f.severity !== 'notice');
  if (serious.length) reasons.push(`${serious.length} new critical/warning finding(s) (${[...new Set(serious.map((f) => f.ruleId))].slice(0, 3).join(', ')})`);
  for (const [k, v] of Object.entries(d.scores)) if (v !== null && v < -1) reasons.push(`${k} score down ${Math.abs(v)} points`);
  const falls = d.rankingMoves.filter((m) => m.crossing === 'down');
  if (falls.length) reasons.push(`${falls.length} keyword(s) fell to a later results page`);
  const broke = d.statusChanges.filter((s) => s.from === 200 && s.to !== null && s.to >= 400);
  if (broke.length) reasons.push(`${broke.length} page(s) went from 200 to an error`);
  return { regressed: reasons.length > 0, reasons };
}
