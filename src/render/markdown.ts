/**
 * The Markdown report, for tickets and wikis: GitHub-flavoured tables, findings as lists, no HTML.
 * Every string from the report is escaped, so a page title like `<script>` or `a | b` stays text.
 */
import type { Chart, NamedFigure, Report, ReportStep, Table } from '../report/types.js';
import type { Evidence, Finding } from '../rules/types.js';
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
  isUrl,
  moreCount,
  plural,
  shortOrigin,
  shortUrl,
  siteOrigin,
} from './format.js';

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
}

export function renderMarkdown(report: Report): string {
  const origin = siteOrigin(report.site.homeUrl);
  const ctx: Ctx = { short: (url) => shortUrl(url, origin) };
  const blocks = [
    ...header(report),
    ...report.steps.flatMap((s) => step(s, ctx)),
    ...nextActions(report, ctx),
    ...footer(report),
  ];
  return `${blocks.join('\n\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function header(r: Report): string[] {
  const c = r.findingCounts;
  const facts = [
    `Generated ${escapeMarkdown(formatDate(r.generatedAt))} by refaudit ${escapeMarkdown(r.tool.version)}`,
    plural(r.site.pagesCrawled, 'page', 'pages') + ' crawled',
    `config ${r.configFile ? code(r.configFile) : 'none'}`,
    `markets ${r.markets.length ? r.markets.map(escapeMarkdown).join(', ') : 'none'}`,
  ];
  const criteria: [string, NamedFigure | Report['scores']['coverage']][] = [
    ['Coverage', r.scores.coverage],
    ['Relevance', r.scores.relevance],
    ['Ranking', r.scores.ranking],
  ];
  return [
    `# Référencement audit: ${escapeMarkdown(r.site.homeUrl)}`,
    facts.join(' · '),
    gfmTable(
      ['Criterion', 'Score', 'Origin'],
      ['left', 'right', 'left'],
      criteria.map(([label, f]) => [label, formatValue(f.value, f.unit), describeOrigin(f.origin)].map(escapeMarkdown)),
    ),
    `**Findings:** ${formatNumber(c.critical)} critical, ${plural(c.warning, 'warning', 'warnings')}, ${plural(c.notice, 'notice', 'notices')}`,
  ];
}

function gfmTable(head: string[], align: ('left' | 'right')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((a) => (a === 'right' ? '---:' : '---'));
  return [line(head), line(rule), ...rows.map((r) => line(head.map((_, i) => r[i] ?? '')))].join('\n');
}

function step(s: ReportStep, ctx: Ctx): string[] {
  const out = [`## ${s.number}. ${escapeMarkdown(s.title)}`, escapeMarkdown(s.summary)];
  if (s.scores.length) {
    out.push(
      gfmTable(
        ['Score', 'Value', 'Target', 'Met', 'Origin'],
        ['left', 'right', 'right', 'left', 'left'],
        s.scores.map((f) => [f.label, formatValue(f.value, f.unit), formatTarget(f), formatMet(f), shortOrigin(f.origin)].map(escapeMarkdown)),
      ),
    );
  }
  for (const chart of s.charts) out.push(...chartBlock(chart));
  for (const t of s.tables) out.push(...tableBlock(t, ctx));
  if (s.findings.length) out.push(...findingsBlock(s.findings, ctx));
  for (const note of s.notes) out.push(`> ${escapeMarkdown(note)}`);
  return out;
}

function tableBlock(t: Table, ctx: Ctx): string[] {
  const rows = t.rows.map((row) =>
    t.columns.map((col, i) => {
      const cell = row[i] ?? null;
      return typeof cell === 'string' && isUrl(cell) ? link(cell, ctx.short(cell)) : escapeMarkdown(formatCell(cell, col, ctx.short));
    }),
  );
  const out = [`### ${escapeMarkdown(t.title)}`, gfmTable(t.columns.map((c) => escapeMarkdown(columnLabel(c))), t.columns.map((c) => c.align ?? 'left'), rows)];
  const extra: string[] = [];
  if (t.omitted) extra.push(`… and ${plural(t.omitted, 'more row', 'more rows')} (full list in the JSON report).`);
  const origins = t.columns.filter((c) => c.origin).map((c) => `${escapeMarkdown(c.label)}: ${escapeMarkdown(shortOrigin(c.origin!))}`);
  if (origins.length) extra.push(`Origin: ${origins.join('; ')}.`);
  if (t.note) extra.push(escapeMarkdown(t.note));
  if (extra.length) out.push(`_${extra.join(' ')}_`);
  return out;
}

function chartBlock(chart: Chart): string[] {
  const title = `### ${escapeMarkdown(chart.title)}`;
  const origin = `_Origin: ${escapeMarkdown(describeOrigin(chart.origin))}._`;
  if (chart.kind === 'bar') {
    return [title, gfmTable(['', 'Value'], ['left', 'right'], chart.bars.map((b) => [escapeMarkdown(b.label), escapeMarkdown(formatValue(b.value, chart.unit))])), origin];
  }
  if (chart.kind === 'positions') {
    const keywords = [...new Set(chart.points.map((p) => p.keyword))];
    const rows = keywords.map((k) => [
      escapeMarkdown(k),
      ...chart.engines.map((e) => {
        const p = chart.points.find((pt) => pt.keyword === k && pt.engine === e.id);
        if (!p) return '';
        return p.position === null ? 'not ranked' : `${p.position} (page ${Math.ceil(p.position / e.resultsPerPage)})`;
      }),
    ]);
    return [title, gfmTable(['Keyword', ...chart.engines.map((e) => escapeMarkdown(e.name))], ['left', ...chart.engines.map(() => 'right' as const)], rows), origin];
  }
  const dates = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.date)))];
  const rows = dates.map((d) => [
    escapeMarkdown(d),
    ...chart.series.map((s) => {
      const p = s.points.find((pt) => pt.date === d);
      return p ? escapeMarkdown(formatValue(p.value, chart.unit)) : '';
    }),
  ]);
  return [title, gfmTable(['Date', ...chart.series.map((s) => escapeMarkdown(s.name))], ['left', ...chart.series.map(() => 'right' as const)], rows), origin];
}

function findingsBlock(list: Finding[], ctx: Ctx): string[] {
  const out = ['### Findings'];
  for (const severity of SEVERITIES) {
    const group = list.filter((f) => f.severity === severity);
    if (!group.length) continue;
    out.push(`#### ${SEVERITY_LABEL[severity]} (${group.length})`);
    out.push(group.map((f) => finding(f, ctx)).join('\n'));
  }
  return out;
}

function finding(f: Finding, ctx: Ctx): string {
  const lines = [
    `- **${escapeMarkdown(f.severity.toUpperCase())}** ${code(f.ruleId)}: ${escapeMarkdown(f.title)} (${plural(f.count, 'item', 'items')})`,
    `  - Fix: ${escapeMarkdown(f.fix)}`,
  ];
  const shown = f.evidence.slice(0, MAX_EVIDENCE_SHOWN);
  for (const e of shown) lines.push(`  - ${evidence(e, ctx)}`);
  const more = moreCount(f.count, shown.length);
  if (more && shown.length) lines.push(`  - … and ${formatNumber(more)} more`);
  return lines.join('\n');
}

function evidence(e: Evidence, ctx: Ctx): string {
  const parts: string[] = [];
  if (e.url) parts.push(link(e.url, ctx.short(e.url)));
  if (e.detail) parts.push(escapeMarkdown(e.detail));
  if (e.related?.length) parts.push(`also ${e.related.map((u) => link(u, ctx.short(u))).join(', ')}`);
  return parts.join(' — ');
}

function nextActions(r: Report, ctx: Ctx): string[] {
  if (!r.nextActions.length) return [];
  const steps = new Map(r.steps.map((s) => [s.id, `${s.number}. ${s.title}`]));
  const items = r.nextActions.map((a) => {
    const meta = [`impact ${a.impact}/5`, `effort ${a.effort}/5`, `step ${escapeMarkdown(steps.get(a.step) ?? a.step)}`];
    if (a.ruleId) meta.push(code(a.ruleId));
    const lines = [`${a.rank}. **${escapeMarkdown(a.title)}**  `, `   ${escapeMarkdown(a.why)} · ${meta.join(' · ')}`];
    for (const u of a.urls ?? []) lines.push(`   - ${link(u, ctx.short(u))}`);
    return lines.join('\n');
  });
  return ['## Next actions', items.join('\n')];
}

function footer(r: Report): string[] {
  const out = ['## Sources'];
  if (r.sources.length) {
    out.push(
      gfmTable(
        ['Model data', 'What', 'Source', 'Date'],
        ['left', 'left', 'left', 'left'],
        r.sources.map((s) => [code(s.file), escapeMarkdown(s.what), escapeMarkdown(s.source), escapeMarkdown(s.date)]),
      ),
    );
  } else out.push('No model data used: every figure is measured, imported or set in the config.');
  out.push('## Problems in inputs');
  if (r.problems.length) {
    out.push(
      gfmTable(
        ['File', 'Line', 'Field', 'Problem'],
        ['left', 'right', 'left', 'left'],
        r.problems.map((p) => [escapeMarkdown(p.file), p.line === undefined ? '' : String(p.line), escapeMarkdown(p.field ?? ''), escapeMarkdown(p.message)]),
      ),
    );
  } else out.push('None.');
  return out;
}
