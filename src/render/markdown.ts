/**
 * The Markdown report, for tickets and wikis: GitHub-flavoured tables, findings as lists, no HTML.
 * Every string from the report is escaped, so a page title like `<script>` or `a | b` stays text.
 */
import type { Chart, NamedFigure, Report, ReportStep, Table } from '../report/types.js';
import type { Evidence, Finding } from '../rules/types.js';
import type { Lang } from './translate.js';
import { MAX_EVIDENCE_SHOWN, SEVERITIES, baseName, describeOrigin, isUrl, makeFmt, moreCount, shownRows, type Fmt } from './format.js';
import { actionTexts } from './text.js';

/** Backslash-escapes the punctuation CommonMark and GFM could read as markup; newlines become spaces. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|&~#!]/g, (ch) => `\\${ch}`);
}

/** A link whose target survives tables and parentheses. */
function link(url: string, text: string): string {
  const target = url.replace(/[ ()<>|\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(text)}](${target})`;
}

function code(s: string): string {
  return s.includes('`') ? escapeMarkdown(s) : `\`${s.replace(/\|/g, '\\|')}\``;
}

interface Ctx {
  short: (url: string) => string;
  f: Fmt;
}

export function renderMarkdown(report: Report, lang: Lang = 'en'): string {
  const f = makeFmt(lang, report.site.homeUrl);
  const ctx: Ctx = { short: f.short, f };
  const blocks = [
    ...header(report, ctx),
    ...report.steps.flatMap((s) => step(s, ctx)),
    ...nextActions(report, ctx),
    ...footer(report, ctx),
  ];
  return `${blocks.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function header(r: Report, { f }: Ctx): string[] {
  const c = r.findingCounts;
  const u = f.t.ui;
  const facts = [
    `${escapeMarkdown(f.date(r.generatedAt))} · refaudit ${escapeMarkdown(r.tool.version)}`,
    `${escapeMarkdown(f.count('pages', r.site.pagesCrawled))} ${u.crawled}`,
    `${u.config.toLowerCase()} ${r.configFile ? code(baseName(r.configFile)) : u.noConfig}`,
    `${u.markets.toLowerCase()} ${r.markets.length ? r.markets.map(escapeMarkdown).join(', ') : u.none}`,
  ];
  const criteria: [string, NamedFigure | Report['scores']['coverage']][] = [
    [u.criteria.coverage, r.scores.coverage],
    [u.criteria.relevance, r.scores.relevance],
    [u.criteria.ranking, r.scores.ranking],
  ];
  return [
    `# ${escapeMarkdown(u.auditTitle)}: ${escapeMarkdown(r.site.homeUrl)}`,
    facts.join(' · '),
    gfmTable(
      ['', u.score, u.origin],
      ['left', 'right', 'left'],
      criteria.map(([label, fig]) => [label, f.value(fig.value, fig.unit), f.origin(fig.origin)].map(escapeMarkdown)),
    ),
    `**${u.findings}:** ${escapeMarkdown([f.count('critical', c.critical), f.count('warnings', c.warning), f.count('notices', c.notice)].join(', '))}`,
  ];
}

function gfmTable(head: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map((r) => line(head.map((_, i) => r[i] ?? '')))].join('\n');
}

function step(s: ReportStep, ctx: Ctx): string[] {
  const { f } = ctx;
  const u = f.t.ui;
  const out = [`## ${s.number}. ${escapeMarkdown(f.t.step(s.id))}`, escapeMarkdown(f.t.summary(s))];
  if (s.scores.length) {
    out.push(
      gfmTable(
        [u.score, u.value, u.target, u.metCol, u.origin],
        ['left', 'right', 'right', 'left', 'left'],
        s.scores.map((x) => [f.t.scoreLabel(x), f.value(x.value, x.unit), f.target(x), f.met(x), f.origin(x.origin)].map(escapeMarkdown)),
      ),
    );
  }
  for (const chart of s.charts) out.push(...chartBlock(chart, ctx));
  for (const t of s.tables) out.push(...tableBlock(t, ctx));
  if (s.findings.length) out.push(...findingsBlock(s.findings, ctx));
  for (const note of f.t.notes(s)) out.push(`> ${escapeMarkdown(note)}`);
  return out;
}

function tableBlock(t: Table, ctx: Ctx): string[] {
  const { f } = ctx;
  const title = `### ${escapeMarkdown(f.t.tableTitle(t))}`;
  if (!t.rows.length) return [title, escapeMarkdown(f.t.tableEmpty(t.id))];
  const cols = f.visible(t);
  const shown = shownRows(t);
  const rows = shown.rows.map((row) =>
    cols.map((col) => {
      const cell = f.t.rowCell(t.id, col.key, row);
      return typeof cell === 'string' && isUrl(cell) ? link(cell, ctx.short(cell)) : escapeMarkdown(f.cell(cell, col));
    }),
  );
  const out = [title, gfmTable(cols.map((c) => escapeMarkdown(f.t.column(t.id, c))), cols.map((c) => c.align ?? 'left'), rows)];
  const extra: string[] = [];
  if (shown.omitted) extra.push(escapeMarkdown(f.count('moreRows', shown.omitted)));
  const origins = cols.filter((c) => c.origin).map((c) => `${escapeMarkdown(f.t.column(t.id, c) + f.t.colon)}${escapeMarkdown(f.origin(c.origin!))}`);
  if (origins.length) extra.push(`${f.t.ui.origin}${f.t.colon}${origins.join(f.t.semicolon)}.`);
  const note = f.t.tableNote(t);
  if (note) extra.push(escapeMarkdown(note));
  if (extra.length) out.push(`_${extra.join(' ')}_`);
  return out;
}

function chartBlock(chart: Chart, { f }: Ctx): string[] {
  const title = `### ${escapeMarkdown(f.t.chartTitle(chart))}`;
  const origin = `_${f.t.ui.origin}${f.t.colon}${escapeMarkdown(f.origin(chart.origin))}._`;
  const formatValue = f.value;
  if (chart.kind === 'bar') {
    return [title, gfmTable(['', f.t.ui.value], ['left', 'right'], chart.bars.map((b) => [escapeMarkdown(b.label), escapeMarkdown(formatValue(b.value, chart.unit))])), origin];
  }
  if (chart.kind === 'positions') {
    const keywords = [...new Set(chart.points.map((p) => p.keyword))];
    const rows = keywords.map((k) => [
      escapeMarkdown(k),
      ...chart.engines.map((e) => {
        const p = chart.points.find((pt) => pt.keyword === k && pt.engine === e.id);
        if (!p) return '';
        return p.position === null ? f.t.ui.notRanked : `${p.position} (${f.t.ui.page} ${p.page})`;
      }),
    ]);
    return [title, gfmTable([f.t.ui.keyword, ...chart.engines.map((e) => escapeMarkdown(e.name))], ['left', ...chart.engines.map(() => 'right' as const)], rows), origin];
  }
  const dates = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.date)))];
  const rows = dates.map((d) => [
    escapeMarkdown(f.date(d)),
    ...chart.series.map((s) => {
      const p = s.points.find((pt) => pt.date === d);
      return p ? escapeMarkdown(formatValue(p.value, chart.unit)) : '';
    }),
  ]);
  return [title, gfmTable([f.t.ui.date, ...chart.series.map((s) => escapeMarkdown(f.t.cell(s.name)))], ['left', ...chart.series.map(() => 'right' as const)], rows), origin];
}

function findingsBlock(list: Finding[], ctx: Ctx): string[] {
  const u = ctx.f.t.ui;
  const out = [`### ${u.findings}`];
  for (const severity of SEVERITIES) {
    const group = list.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`#### ${u.severity[severity]} (${group.length})`);
    out.push(group.map((f) => finding(f, ctx)).join('\n'));
  }
  return out;
}

function finding(f: Finding, ctx: Ctx): string {
  const fm = ctx.f;
  const lines = [
    `- **${escapeMarkdown(fm.t.ui.severity[f.severity].toUpperCase())}** ${code(f.ruleId)}: ${escapeMarkdown(fm.t.rule(f.ruleId, 'title', f.title))} (${escapeMarkdown(fm.count('items', f.count))})`,
    `  - ${fm.t.ui.fix}${fm.t.colon}${escapeMarkdown(fm.t.rule(f.ruleId, 'fix', f.fix))}`,
  ];
  const shown = f.evidence.slice(0, MAX_EVIDENCE_SHOWN);
  for (const e of shown) lines.push(`  - ${evidence(f.ruleId, e, ctx)}`);
  const more = moreCount(f.count, shown.length);
  if (more && shown.length) lines.push(`  - ${escapeMarkdown(fm.count('more', more))}`);
  return lines.join('\n');
}

function evidence(ruleId: string, e: Evidence, ctx: Ctx): string {
  const parts: string[] = [];
  const detail = ctx.f.t.detail(ruleId, e);
  if (e.url) parts.push(link(e.url, ctx.short(e.url)));
  if (detail) parts.push(escapeMarkdown(detail));
  if (e.related?.length) parts.push(`${ctx.f.t.ui.also} ${e.related.map((u) => ctx.f.t.related(ruleId, u)).map((u) => link(u, ctx.short(u))).join(', ')}`);
  return parts.join(' — ');
}

function nextActions(r: Report, ctx: Ctx): string[] {
  if (!r.nextActions.length) return [];
  const { f } = ctx;
  const u = f.t.ui;
  const steps = new Map(r.steps.map((s) => [s.id, `${s.number}. ${f.t.step(s.id)}`]));
  const items = r.nextActions.map((a) => {
    const { title, why } = actionTexts(a, r, f);
    const meta = [`${u.impact} ${a.impact}/5`, `${u.effort} ${a.effort}/5`, `${u.step} ${escapeMarkdown(steps.get(a.step) ?? a.step)}`];
    if (a.ruleId) meta.push(code(a.ruleId));
    const lines = [`${a.rank}. **${escapeMarkdown(title)}**  `, `   ${escapeMarkdown(why)} · ${meta.join(' · ')}`];
    for (const url of a.urls ?? []) lines.push(`   - ${link(url, ctx.short(url))}`);
    return lines.join('\n');
  });
  return [`## ${u.nextActions}`, items.join('\n')];
}

function footer(r: Report, { f }: Ctx): string[] {
  const u = f.t.ui;
  const out = [`## ${u.sources}`];
  if (r.sources.length) {
    out.push(
      gfmTable(
        [u.modelData, u.what, u.source, u.date],
        ['left', 'left', 'left', 'left'],
        r.sources.map((s) => [code(baseName(s.file)), escapeMarkdown(f.t.sourceWhat(baseName(s.file), s.what)), escapeMarkdown(f.t.sourceText(s.source)), escapeMarkdown(f.t.version(s.date))]),
      ),
    );
  } else out.push(u.noModelData);
  out.push(`## ${u.problems}`);
  if (r.problems.length) {
    out.push(
      gfmTable(
        [u.file, u.line, u.field, u.problem],
        ['left', 'right', 'left', 'left'],
        r.problems.map((p) => [escapeMarkdown(baseName(p.file)), p.line === undefined ? '' : String(p.line), escapeMarkdown(p.field ?? ''), escapeMarkdown(f.t.problem(p.message))]),
      ),
    );
  } else out.push(u.noProblems);
  return out;
}
