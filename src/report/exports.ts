/**
 * The spreadsheet exports (`--format csv`): one table a file, one row per page, link or finding item,
 * English column names (documented in README, "CSV export"). Built here from the snapshot and the
 * report; src/render/csv.ts only writes them.
 */
import type { SiteSnapshot } from '../site/types.js';
import { notIndexableReason } from '../site/indexability.js';
import { pageText } from '../site/page-text.js';
import type { Cell, Report } from './types.js';

export interface ExportTable {
  /** File name without `.csv`. */
  name: 'pages' | 'links' | 'findings' | 'keywords' | 'rankings' | 'resources';
  columns: string[];
  rows: Cell[][];
}

export const EXPORT_COLUMNS: Record<ExportTable['name'], string[]> = {
  pages: ['url', 'final_url', 'status', 'depth', 'indexable', 'not_indexable_reason', 'title', 'description', 'h1', 'words', 'inlinks', 'language', 'canonical', 'in_sitemap', 'response_ms', 'best_keyword', 'relevance_score', 'critical', 'warnings', 'notices'],
  links: ['from', 'to', 'anchor', 'internal', 'rel', 'to_status'],
  findings: ['id', 'rule_id', 'severity', 'step', 'url', 'detail', 'related', 'facts'],
  keywords: ['keyword', 'priority', 'best_page', 'relevance_score', 'matched_in'],
  rankings: ['keyword', 'engine', 'market', 'position', 'page', 'url'],
  resources: ['type', 'url', 'status', 'kind', 'entries', 'problems'],
};

export function buildExports(report: Report, snap: SiteSnapshot): ExportTable[] {
  const t = (name: ExportTable['name'], rows: Cell[][]): ExportTable => ({ name, columns: EXPORT_COLUMNS[name], rows });
  return [
    t('pages', pageRows(report, snap)),
    t('links', linkRows(snap)),
    t('findings', report.items.map((i) => [i.id, i.ruleId, i.severity, i.step, i.url, i.detail, i.related.join(' '), Object.keys(i.facts).length ? JSON.stringify(i.facts) : null])),
    t('keywords', keywordRows(report)),
    t('rankings', report.measurements.rankings.map((r) => [r.keyword, r.engine, r.market, r.position, r.page, r.url])),
    t('resources', [
      ...snap.robots.map((r): Cell[] => ['robots.txt', r.url, r.status, r.mode, r.sitemaps.length, r.problems.join('; ') || null]),
      ...snap.sitemaps.map((s): Cell[] => ['sitemap', s.url, s.status ?? null, s.kind, s.entries, s.problems.join('; ') || null]),
      ...(snap.indexNow ? [['indexnow-key', snap.indexNow.keyUrl, snap.indexNow.status, snap.indexNow.valid ? 'valid' : 'invalid', null, null] as Cell[]] : []),
    ]),
  ];
}

function pageRows(report: Report, snap: SiteSnapshot): Cell[][] {
  const counts = new Map<string, [number, number, number]>();
  for (const i of report.items) {
    if (!i.url) continue;
    const c = counts.get(i.url) ?? [0, 0, 0];
    c[i.severity === 'critical' ? 0 : i.severity === 'warning' ? 1 : 2] += 1;
    counts.set(i.url, c);
  }
  const best = new Map<string, { keyword: string; score: number }>();
  const kw = report.steps.flatMap((s) => s.tables).find((x) => x.id === 'target-keywords');
  for (const r of kw?.rows ?? []) {
    const page = r.page;
    const score = typeof r.score === 'number' ? r.score : 0;
    if (typeof page === 'string' && (!best.has(page) || best.get(page)!.score < score)) best.set(page, { keyword: String(r.keyword), score });
  }
  return snap.pages.map((p) => {
    const h = p.html;
    const reason = notIndexableReason(p);
    const c = counts.get(p.url) ?? [0, 0, 0];
    const b = best.get(p.url) ?? best.get(p.finalUrl);
    return [
      p.url, p.finalUrl, p.status, p.depth < 0 ? null : p.depth, reason === null, reason,
      h?.title ?? null, h?.metaDescription ?? null, h ? (pageText(h).headingTexts(1)[0] ?? null) : null,
      h?.wordCount ?? null, p.inlinks, h?.lang ?? null, h?.canonical ?? null, p.inSitemap, p.responseMs,
      b?.keyword ?? null, b?.score ?? null, c[0], c[1], c[2],
    ];
  });
}

function linkRows(snap: SiteSnapshot): Cell[][] {
  const status = new Map(snap.pages.map((p) => [p.url, p.status]));
  const out: Cell[][] = [];
  for (const p of snap.pages) {
    if (!p.html) continue;
    const text = pageText(p.html);
    for (const [kind, internal] of [['internal', true], ['external', false]] as const) {
      for (const l of text.links(kind)) out.push([p.url, l.url, l.text || null, internal, l.rel ?? null, internal ? (status.get(l.url) ?? null) : null]);
    }
  }
  return out;
}

function keywordRows(report: Report): Cell[][] {
  const kw = report.steps.flatMap((s) => s.tables).find((x) => x.id === 'target-keywords');
  return (kw?.rows ?? []).map((r) => [r.keyword ?? null, r.prio ?? null, r.page ?? null, r.score ?? null, r.fields ?? null]);
}
