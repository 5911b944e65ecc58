/**
 * The terminal report. Colour only underlines what the words already say (severity is written out,
 * met/not met is ✓/✗), so the report reads the same with NO_COLOR or in a log file.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Chart, NamedFigure, Report, ReportStep, Table } from '../report/types.js';
import type { Finding } from '../rules/types.js';
import {
  MAX_EVIDENCE_SHOWN,
  SEVERITIES,
  SEVERITY_LABEL,
  columnLabel,
  describeOrigin,
  formatCell,
  formatDate,
  formatMet,
  formatNumber,
  formatTarget,
  formatValue,
  moreCount,
  plural,
  shortOrigin,
  shortUrl,
  siteOrigin,
} from './format.js';
import { displayWidth, textTable, truncate, wrap } from './text-layout.js';

export interface TextOptions {
  color: boolean;
  width?: number;
}

const MIN_WIDTH = 40;

interface Ctx {
  c: ChalkInstance;
  width: number;
  short: (url: string) => string;
}

export function renderText(input: Report, opts: TextOptions): string {
  const report = scrub(input);
  const origin = siteOrigin(report.site.homeUrl);
  const ctx: Ctx = {
    c: new Chalk({ level: opts.color ? 1 : 0 }),
    width: Math.max(MIN_WIDTH, opts.width ?? 80),
    short: (url) => shortUrl(url, origin),
  };
  const out = [
    ...header(report, ctx),
    ...report.steps.flatMap((s) => step(s, ctx)),
    ...nextActions(report, ctx),
    ...footer(report, ctx),
  ];
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function rule(title: string, ctx: Ctx): string {
  const text = truncate(title, ctx.width - 4);
  return ctx.c.bold(`== ${text} ${'='.repeat(Math.max(0, ctx.width - displayWidth(text) - 4))}`);
}

function header(r: Report, ctx: Ctx): string[] {
  const { c, width } = ctx;
  const fit = (s: string) => truncate(s, width);
  const scores = [
    ['Coverage', r.scores.coverage],
    ['Relevance', r.scores.relevance],
    ['Ranking', r.scores.ranking],
  ] as const;
  const counts = r.findingCounts;
  return [
    c.bold(fit(`refaudit ${r.tool.version} - référencement audit`)),
    ...field('Site', `${r.site.homeUrl} (${plural(r.site.pagesCrawled, 'page', 'pages')} crawled)`, width),
    ...(r.site.startUrl !== r.site.homeUrl ? field('Start URL', r.site.startUrl, width) : []),
    ...field('Date', formatDate(r.generatedAt), width),
    ...field('Config', r.configFile ?? 'none', width),
    ...field('Markets', r.markets.length ? r.markets.join(', ') : 'none', width),
    '',
    ...scores.map(([label, f]) => c.bold(fit(`  ${label.padEnd(10)} ${formatValue(f.value, f.unit).padStart(7)}   ${shortOrigin(f.origin)}`))),
    '',
    ...findingCounts(counts, ctx),
    '',
  ];
}

/** `Label     value`, the value wrapping under itself. */
function field(label: string, value: string, width: number): string[] {
  const lines = wrap(value, width, ' '.repeat(10));
  if (lines[0]) lines[0] = `${label.padEnd(9)} ${lines[0].slice(10)}`;
  return lines;
}

function findingCounts(counts: Report['findingCounts'], { c, width }: Ctx): string[] {
  const parts: [Finding['severity'], string][] = [
    ['critical', `${formatNumber(counts.critical)} critical`],
    ['warning', plural(counts.warning, 'warning', 'warnings')],
    ['notice', plural(counts.notice, 'notice', 'notices')],
  ];
  const plain = `Findings  ${parts.map(([, t]) => t).join(', ')}`;
  if (displayWidth(plain) > width) return wrap(plain, width);
  return [`Findings  ${parts.map(([s, t]) => sev(s, t, c)).join(', ')}`];
}

function sev(s: Finding['severity'], text: string, c: ChalkInstance): string {
  return s === 'critical' ? c.red.bold(text) : s === 'warning' ? c.yellow(text) : c.cyan(text);
}

function step(s: ReportStep, ctx: Ctx): string[] {
  const out = [rule(`${s.number}. ${s.title}`, ctx), ...wrap(s.summary, ctx.width), ''];
  if (s.scores.length) out.push(...scoresTable(s.scores, ctx), '');
  for (const chart of s.charts) out.push(...chartLines(chart, ctx), '');
  for (const t of s.tables) out.push(...table(t, ctx), '');
  if (s.findings.length) out.push(...findings(s.findings, ctx));
  for (const note of s.notes) out.push(...wrap(`Note: ${note}`, ctx.width));
  out.push('');
  return out;
}

function scoresTable(scores: NamedFigure[], ctx: Ctx): string[] {
  return textTable({
    head: ['Score', 'Value', 'Target', 'Met', 'Origin'],
    rows: scores.map((f) => [f.label, formatValue(f.value, f.unit), formatTarget(f), formatMet(f), shortOrigin(f.origin)]),
    align: ['left', 'right', 'right', 'left', 'left'],
    width: ctx.width,
    style: ctx.c.bold,
  });
}

function table(t: Table, ctx: Ctx): string[] {
  const out = [ctx.c.bold(truncate(t.title, ctx.width))];
  out.push(
    ...textTable({
      head: t.columns.map(columnLabel),
      rows: t.rows.map((row) => t.columns.map((col, i) => formatCell(row[i] ?? null, col, ctx.short))),
      align: t.columns.map((col) => col.align ?? 'left'),
      width: ctx.width,
      style: ctx.c.bold,
    }),
  );
  if (t.omitted) out.push(truncate(`… and ${plural(t.omitted, 'more row', 'more rows')} (full list in the JSON report)`, ctx.width));
  const origins = [...new Set(t.columns.filter((col) => col.origin).map((col) => `${col.label}: ${shortOrigin(col.origin!)}`))];
  if (origins.length) out.push(...wrap(`Origin: ${origins.join('; ')}`, ctx.width));
  if (t.note) out.push(...wrap(t.note, ctx.width));
  return out;
}

const BAR_CELLS = 30;

function chartLines(chart: Chart, ctx: Ctx): string[] {
  const { c, width } = ctx;
  const out = [c.bold(truncate(chart.title, width))];
  if (chart.kind === 'bar') {
    const labelWidth = Math.min(20, Math.max(...chart.bars.map((b) => b.label.length), 1));
    const top = chart.unit === '%' || chart.unit === 'score' ? 100 : Math.max(...chart.bars.map((b) => b.value), 1);
    const valueWidth = Math.max(...chart.bars.map((b) => displayWidth(formatValue(b.value, chart.unit))), 1);
    const cells = Math.max(5, Math.min(BAR_CELLS, width - labelWidth - valueWidth - 4));
    for (const b of chart.bars) {
      const filled = Math.round((Math.max(0, Math.min(b.value, top)) / top) * cells);
      const paint = b.tone === 'bad' ? c.red : b.tone === 'warn' ? c.yellow : c.green;
      const label = truncate(b.label, labelWidth).padEnd(labelWidth);
      out.push(`  ${label} ${paint('#'.repeat(filled))}${'.'.repeat(cells - filled)} ${formatValue(b.value, chart.unit)}`);
    }
  } else if (chart.kind === 'positions') {
    const names = new Map(chart.engines.map((e) => [e.id, e]));
    const keywords = [...new Set(chart.points.map((p) => p.keyword))];
    for (const k of keywords) {
      const parts = chart.points
        .filter((p) => p.keyword === k)
        .map((p) => {
          const e = names.get(p.engine);
          const page = p.position !== null && e ? ` p.${Math.ceil(p.position / e.resultsPerPage)}` : '';
          return `${e?.name ?? p.engine} ${p.position === null ? 'not ranked' : `#${p.position}${page}`}`;
        });
      out.push(...wrap(`${k}: ${parts.join(', ')}`, width, '  '));
    }
  } else {
    for (const s of chart.series) {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      const values = s.points.map((p) => formatNumber(p.value)).join(' > ');
      const span = first && last ? ` (${first.date} to ${last.date})` : '';
      out.push(...wrap(`${s.name}: ${values}${span}`, width, '  '));
    }
  }
  out.push(truncate(`Origin: ${shortOrigin(chart.origin)}`, width));
  return out;
}

function findings(list: Finding[], ctx: Ctx): string[] {
  const { c, width } = ctx;
  const out = [c.bold('Findings')];
  for (const severity of SEVERITIES) {
    const group = list.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(sev(severity, `  ${SEVERITY_LABEL[severity].toUpperCase()} (${group.length})`, c));
    for (const f of group) {
      out.push(...wrap(`[${severity}] ${f.ruleId}: ${f.title} (${plural(f.count, 'item', 'items')})`, width, '  ').map((l, i) => (i === 0 ? sev(severity, l, c) : l)));
      out.push(...wrap(`Fix: ${f.fix}`, width, '      '));
      const shown = f.evidence.slice(0, MAX_EVIDENCE_SHOWN);
      for (const e of shown) {
        out.push(...evidenceLines(e.url ? ctx.short(e.url) : '', e.detail ?? '', width));
        if (e.related?.length) out.push(truncate(`        also: ${e.related.map(ctx.short).join(', ')}`, width));
      }
      const more = moreCount(f.count, shown.length);
      if (more && shown.length) out.push(`      … and ${formatNumber(more)} more`);
      out.push('');
    }
  }
  return out;
}

/** A URL is cut to one line (its start says where it is); the detail wraps, numbers in it stay whole. */
function evidenceLines(where: string, detail: string, width: number): string[] {
  const url = where ? truncate(where, width - 8) : '';
  const one = [url, detail].filter(Boolean).join('  ');
  if (!one) return [];
  if (displayWidth(one) <= width - 8) return [`      - ${one}`];
  const lines = url ? [`      - ${url}`] : [];
  const wrapped = wrap(detail, width, '        ');
  if (!url && wrapped[0]) wrapped[0] = `      - ${wrapped[0].slice(8)}`;
  return [...lines, ...wrapped];
}

function nextActions(r: Report, ctx: Ctx): string[] {
  if (!r.nextActions.length) return [];
  const titles = new Map(r.steps.map((s) => [s.id, `${s.number}. ${s.title}`]));
  const out = [rule('Next actions', ctx)];
  for (const a of r.nextActions) {
    const num = `${a.rank}.`.padStart(3);
    out.push(...wrap(a.title, ctx.width - 4).map((l, i) => ctx.c.bold(`${i === 0 ? num : '   '} ${l}`)));
    out.push(...wrap(`Why: ${a.why}`, ctx.width, '    '));
    const meta = [`impact ${a.impact}/5`, `effort ${a.effort}/5`, `step ${titles.get(a.step) ?? a.step}`, a.ruleId].filter(Boolean);
    out.push(...wrap(meta.join(' · '), ctx.width, '    '));
    for (const u of a.urls ?? []) out.push(truncate(`    - ${ctx.short(u)}`, ctx.width));
  }
  out.push('');
  return out;
}

function footer(r: Report, ctx: Ctx): string[] {
  const out = [rule('Sources and problems', ctx)];
  if (r.sources.length) {
    out.push(ctx.c.bold('Model data used'));
    for (const s of r.sources) out.push(...bullet(`${s.file}: ${s.what}. Source: ${s.source}, ${s.date}.`, ctx.width));
  } else out.push('No model data used: every figure is measured, imported or set in the config.');
  const criteria = [`Coverage: ${describeOrigin(r.scores.coverage.origin)}`, `Relevance: ${describeOrigin(r.scores.relevance.origin)}`, `Ranking: ${describeOrigin(r.scores.ranking.origin)}`];
  out.push('', ctx.c.bold('Where the criteria scores come from'), ...criteria.flatMap((o) => bullet(o, ctx.width)));
  out.push('');
  if (r.problems.length) {
    out.push(...wrap(`Problems in inputs (${r.problems.length}): the audit went on without these`, ctx.width).map((l) => ctx.c.bold(l)));
    for (const p of r.problems) {
      const where = [p.file, p.line !== undefined ? `line ${p.line}` : '', p.field ? `field ${p.field}` : ''].filter(Boolean).join(', ');
      out.push(...bullet(`${where}: ${p.message}`, ctx.width));
    }
  } else out.push('No problems in inputs.');
  return out;
}

function bullet(text: string, width: number): string[] {
  return wrap(text, width - 2).map((l, i) => (i ? `  ${l}` : `- ${l}`));
}

/**
 * A copy with control characters made spaces: a crawled title could carry escape sequences that
 * would recolour or clear the reader's terminal, or a newline that would break a table row.
 */
function scrub<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ') as T;
  if (Array.isArray(value)) return value.map(scrub) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v)])) as T;
  }
  return value;
}
