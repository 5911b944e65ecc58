/**
 * The terminal report. Colour only underlines what the words already say (severity is written out,
 * met/not met is ✓/✗), so the report reads the same with NO_COLOR or in a log file.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Chart, NamedFigure, Report, ReportStep, Table } from '../report/types.js';
import type { Finding } from '../rules/types.js';
import type { Lang } from './translate.js';
import { MAX_EVIDENCE_SHOWN, SEVERITIES, baseName, describeOrigin, makeFmt, moreCount, shownRows, type Fmt } from './format.js';
import { displayWidth, textTable, truncate, wrap } from './text-layout.js';

export interface TextOptions {
  color: boolean;
  width?: number;
  lang?: Lang;
}

const MIN_WIDTH = 40;

interface Ctx {
  c: ChalkInstance;
  width: number;
  short: (url: string) => string;
  f: Fmt;
}

export function renderText(input: Report, opts: TextOptions): string {
  const report = scrub(input);
  const f = makeFmt(opts.lang ?? 'en', report.site.homeUrl);
  const ctx: Ctx = {
    c: new Chalk({ level: opts.color ? 1 : 0 }),
    width: Math.max(MIN_WIDTH, opts.width ?? 80),
    short: f.short,
    f,
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
  const { c, width, f } = ctx;
  const u = f.t.ui;
  const fit = (s: string) => truncate(s, width);
  const scores = [
    [u.criteria.coverage, r.scores.coverage],
    [u.criteria.relevance, r.scores.relevance],
    [u.criteria.ranking, r.scores.ranking],
  ] as const;
  const counts = r.findingCounts;
  return [
    c.bold(fit(`refaudit ${r.tool.version} - ${u.auditTitle.toLowerCase()}`)),
    ...field(u.site, `${r.site.homeUrl} (${f.count('pages', r.site.pagesCrawled)} ${u.crawled})`, width),
    ...(r.site.startUrl !== r.site.homeUrl ? field(u.startUrl, r.site.startUrl, width) : []),
    ...field(u.date, f.date(r.generatedAt), width),
    ...field(u.config, r.configFile ? baseName(r.configFile) : u.noConfig, width),
    ...field(u.markets, r.markets.length ? r.markets.join(', ') : u.none, width),
    '',
    ...scores.map(([label, fig]) => c.bold(fit(`  ${label.padEnd(Math.max(...scores.map(([l]) => l.length)) + 1)} ${f.value(fig.value, fig.unit).padStart(7)}   ${f.origin(fig.origin)}`))),
    '',
    ...findingCounts(counts, ctx),
    '',
  ];
}

/** `Label     value`, the value wrapping under itself. */
function field(label: string, value: string, width: number): string[] {
  const pad = Math.max(10, displayWidth(label) + 2);
  const lines = wrap(value, width, ' '.repeat(pad));
  if (lines[0]) lines[0] = `${label.padEnd(pad - 1)} ${lines[0].slice(pad)}`;
  return lines;
}

function findingCounts(counts: Report['findingCounts'], { c, width, f }: Ctx): string[] {
  const parts: [Finding['severity'], string][] = [
    ['critical', f.count('critical', counts.critical)],
    ['warning', f.count('warnings', counts.warning)],
    ['notice', f.count('notices', counts.notice)],
  ];
  const label = f.t.ui.findings;
  const plain = `${label}  ${parts.map(([, t]) => t).join(', ')}`;
  if (displayWidth(plain) > width) return wrap(plain, width);
  return [`${label}  ${parts.map(([s, t]) => sev(s, t, c)).join(', ')}`];
}

function sev(s: Finding['severity'], text: string, c: ChalkInstance): string {
  return s === 'critical' ? c.red.bold(text) : s === 'warning' ? c.yellow(text) : c.cyan(text);
}

function step(s: ReportStep, ctx: Ctx): string[] {
  const t = ctx.f.t;
  const out = [rule(`${s.number}. ${t.step(s.id)}`, ctx), ...wrap(t.summary(s), ctx.width), ''];
  if (s.scores.length) out.push(...scoresTable(s.scores, ctx), '');
  for (const chart of s.charts) out.push(...chartLines(chart, ctx), '');
  for (const tb of s.tables) out.push(...table(tb, ctx), '');
  if (s.findings.length) out.push(...findings(s.findings, ctx));
  for (const note of t.notes(s)) out.push(...wrap(`${t.ui.note}${t.colon}${note}`, ctx.width));
  out.push('');
  return out;
}

function scoresTable(scores: NamedFigure[], ctx: Ctx): string[] {
  const { f } = ctx;
  const u = f.t.ui;
  return textTable({
    head: [u.score, u.value, u.target, u.metCol, u.origin],
    rows: scores.map((s) => [f.t.scoreLabel(s), f.value(s.value, s.unit), f.target(s), f.met(s), f.origin(s.origin)]),
    align: ['left', 'right', 'right', 'left', 'left'],
    width: ctx.width,
    style: ctx.c.bold,
  });
}

function table(tb: Table, ctx: Ctx): string[] {
  const { f } = ctx;
  const out = [ctx.c.bold(truncate(f.t.tableTitle(tb), ctx.width))];
  // An empty table is one sentence, not a header over nothing.
  if (!tb.rows.length) return [...out, ...wrap(f.t.tableEmpty(tb.id), ctx.width)];
  const cols = f.visible(tb);
  const shown = shownRows(tb);
  out.push(
    ...textTable({
      head: cols.map((col) => f.t.column(tb.id, col)),
      rows: shown.rows.map((row) => cols.map((col) => f.cell(f.t.rowCell(tb.id, col.key, row), col))),
      align: cols.map((col) => col.align ?? 'left'),
      width: ctx.width,
      style: ctx.c.bold,
    }),
  );
  if (shown.omitted) out.push(truncate(f.count('moreRows', shown.omitted), ctx.width));
  const origins = [...new Set(cols.filter((col) => col.origin).map((col) => `${f.t.column(tb.id, col)}${f.t.colon}${f.origin(col.origin!)}`))];
  if (origins.length) out.push(...wrap(`${f.t.ui.origin}${f.t.colon}${origins.join(f.t.semicolon)}`, ctx.width));
  const note = f.t.tableNote(tb);
  if (note) out.push(...wrap(note, ctx.width));
  return out;
}

const BAR_CELLS = 30;

function chartLines(chart: Chart, ctx: Ctx): string[] {
  const { c, width, f } = ctx;
  const formatValue = f.value;
  const formatNumber = f.number;
  const out = [c.bold(truncate(f.t.chartTitle(chart), width))];
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
          const page = p.page !== null ? ` ${f.t.ui.pageAbbr(String(p.page))}` : '';
          return `${e?.name ?? p.engine} ${p.position === null ? f.t.ui.notRanked : `${f.t.ui.rank(String(p.position))}${page}`}`;
        });
      out.push(...wrap(`${k}${f.t.colon}${parts.join(', ')}`, width, '  '));
    }
  } else {
    for (const s of chart.series) {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      // An arrow, not ">": "99.4 → 85.3" reads as before and after, not as "greater than".
      const values = s.points.map((p) => formatNumber(p.value)).join(' → ');
      const span = first && last ? ` (${f.t.ui.span(f.t.day(first.date), f.t.day(last.date))})` : '';
      out.push(...wrap(`${f.t.cell(s.name)}${f.t.colon}${values}${span}`, width, '  '));
    }
  }
  out.push(truncate(`${f.t.ui.origin}${f.t.colon}${f.origin(chart.origin)}`, width));
  return out;
}

function findings(list: Finding[], ctx: Ctx): string[] {
  const { c, width } = ctx;
  const fm = ctx.f;
  const u = fm.t.ui;
  const out = [c.bold(u.findings)];
  for (const severity of SEVERITIES) {
    const group = list.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(sev(severity, `  ${u.severity[severity].toUpperCase()} (${group.length})`, c));
    for (const f of group) {
      out.push(...wrap(`[${fm.t.cell(severity)}] ${f.ruleId}: ${fm.t.rule(f.ruleId, 'title', f.title)} (${fm.count('items', f.count)})`, width, '  ').map((l, i) => (i === 0 ? sev(severity, l, c) : l)));
      out.push(...wrap(`${u.fix}${fm.t.colon}${fm.t.rule(f.ruleId, 'fix', f.fix)}`, width, '      '));
      const shown = f.evidence.slice(0, MAX_EVIDENCE_SHOWN);
      for (const e of shown) {
        out.push(...evidenceLines(e.url ? ctx.short(e.url) : '', fm.t.detail(f.ruleId, e) ?? '', width));
        if (e.related?.length) out.push(truncate(`        ${u.also}${fm.t.colon}${e.related.map((r) => ctx.short(fm.t.related(f.ruleId, r))).join(', ')}`, width));
      }
      const more = moreCount(f.count, shown.length);
      if (more && shown.length) out.push(`      ${fm.count('more', more)}`);
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

/** An action's title and reason in the report's language (from its rule when it has one). */
export function actionTexts(a: Report['nextActions'][number], r: Report, f: Fmt): { title: string; why: string } {
  if (!a.ruleId || f.t.lang === 'en') return { title: a.title, why: a.why };
  const finding = r.steps.flatMap((s) => s.findings).find((x) => x.ruleId === a.ruleId);
  const title = f.t.rule(a.ruleId, 'fix', a.title);
  if (!finding) return { title, why: a.why };
  const count = a.count ?? finding.count;
  const ruleTitle = (id: string) => f.t.rule(id, 'title', r.steps.flatMap((s) => s.findings).find((x) => x.ruleId === id)?.title ?? id);
  let why = `${ruleTitle(a.ruleId)} (${f.count('items', count)})`;
  if (a.alsoRules?.length) why = f.t.ui.samePages(f.number(count), [a.ruleId, ...a.alsoRules].map((id) => `${ruleTitle(id)} (${id})`).join(' ; '));
  else if (a.cause) why = f.t.ui.oneCause(ruleTitle(a.ruleId), f.count('items', count), f.t.cause(finding, a.cause));
  return { title, why };
}

function nextActions(r: Report, ctx: Ctx): string[] {
  if (!r.nextActions.length) return [];
  const { f } = ctx;
  const u = f.t.ui;
  const titles = new Map(r.steps.map((s) => [s.id, `${s.number}. ${f.t.step(s.id)}`]));
  const out = [rule(u.nextActions, ctx)];
  for (const a of r.nextActions) {
    const num = `${a.rank}.`.padStart(3);
    const { title, why } = actionTexts(a, r, f);
    out.push(...wrap(title, ctx.width - 4).map((l, i) => ctx.c.bold(`${i === 0 ? num : '   '} ${l}`)));
    out.push(...wrap(`${u.why}${f.t.colon}${why}`, ctx.width, '    '));
    const meta = [`${u.impact} ${a.impact}/5`, `${u.effort} ${a.effort}/5`, `${u.step} ${titles.get(a.step) ?? a.step}`, a.ruleId].filter(Boolean);
    out.push(...wrap(meta.join(' · '), ctx.width, '    '));
    for (const u of a.urls ?? []) out.push(truncate(`    - ${ctx.short(u)}`, ctx.width));
  }
  out.push('');
  return out;
}

function footer(r: Report, ctx: Ctx): string[] {
  const u = ctx.f.t.ui;
  const out = [rule(u.sourcesAndProblems, ctx)];
  if (r.sources.length) {
    out.push(ctx.c.bold(u.modelData));
    for (const s of r.sources) out.push(...bullet(`${baseName(s.file)}${ctx.f.t.colon}${ctx.f.t.sourceWhat(baseName(s.file), s.what).replace(/\.$/, '')}. ${u.source}${ctx.f.t.colon}${ctx.f.t.sourceText(s.source)}, ${ctx.f.t.version(s.date)}.`, ctx.width));
  } else out.push(u.noModelData);
  const t = ctx.f.t;
  const criteria = [`${u.criteria.coverage}${t.colon}${describeOrigin(r.scores.coverage.origin, t)}`, `${u.criteria.relevance}${t.colon}${describeOrigin(r.scores.relevance.origin, t)}`, `${u.criteria.ranking}${t.colon}${describeOrigin(r.scores.ranking.origin, t)}`];
  out.push('', ctx.c.bold(u.criteriaFrom), ...criteria.flatMap((o) => bullet(o, ctx.width)));
  out.push('');
  if (r.problems.length) {
    out.push(...wrap(u.problemsIntro(String(r.problems.length)), ctx.width).map((l) => ctx.c.bold(l)));
    for (const p of r.problems) {
      const where = [baseName(p.file), p.line !== undefined ? `${u.line.toLowerCase()} ${p.line}` : '', p.field ? `${u.field.toLowerCase()} ${p.field}` : ''].filter(Boolean).join(', ');
      out.push(...bullet(`${where}${ctx.f.t.colon}${ctx.f.t.problem(p.message)}`, ctx.width));
    }
  } else out.push(u.noProblems);
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
