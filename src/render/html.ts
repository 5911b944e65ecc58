/**
 * The HTML report: one self-contained file a consultant can send. Inline CSS and SVG only; a
 * Content-Security-Policy forbids every fetch and every script but the one-line print helper, so
 * an escaping slip still could not run or load anything.
 */
import { createHash } from 'node:crypto';
import type { Figure, Origin } from '../shared/origin.js';
import type { Chart, NamedFigure, Report, ReportStep, Table } from '../report/types.js';
import type { Evidence, Finding } from '../rules/types.js';
import type { Lang } from './translate.js';
import { HTML_STYLE } from './html-style.js';
import { SEVERITIES, baseName, isUrl, makeFmt, moreCount, shownRows, type Fmt } from './format.js';
import { barChartSvg, esc, positionsSvg, stackedBarSvg, trendSvg } from './svg.js';
import { actionTexts } from './text.js';

/** Opens every collapsed section before printing, for browsers without `::details-content`. */
const PRINT_SCRIPT = "addEventListener('beforeprint',()=>{for(const d of document.querySelectorAll('details'))d.open=true});";
const SCRIPT_HASH = createHash('sha256').update(PRINT_SCRIPT).digest('base64');
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

interface Ctx {
  short: (url: string) => string;
  f: Fmt;
  /** Model sources cited once in the Sources section; figures carry their short label ([S1]). */
  sources: Map<string, { label: string; o: Extract<Origin, { kind: 'model' }> }>;
}

export function renderHtml(report: Report, lang: Lang = 'en'): string {
  const f = makeFmt(lang, report.site.homeUrl);
  const ctx: Ctx = { short: f.short, f, sources: collectSources(report) };
  const title = `${f.t.ui.auditTitle}: ${report.site.homeUrl} (${f.date(report.generatedAt)})`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="refaudit ${esc(report.tool.version)}">
<title>${esc(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${cover(report, ctx)}
${toc(report, ctx)}
<main>
${overview(report, ctx)}
${report.steps.map((s) => step(s, ctx)).join('\n')}
${nextActions(report, ctx)}
${sources(report, ctx)}
</main>
<footer class="page-footer">${esc(f.t.ui.generatedBy(report.tool.version, f.date(report.generatedAt)))}</footer>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}

/** Numbers too go through escaping: a report re-read from a JSON file is not trusted to be well typed. */
function num(n: number): string {
  return esc(String(n));
}

function link(url: string, text: string): string {
  return isUrl(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text);
}

function cover(r: Report, ctx: Ctx): string {
  const { f } = ctx;
  const u = f.t.ui;
  const c = r.findingCounts;
  const card = (label: string, fig: Figure) => {
    const pct = fig.value === null ? 0 : Math.max(0, Math.min(100, fig.value));
    return `<div class="score-card"><div class="score-label">${esc(label)}</div><div class="score-value">${esc(f.value(fig.value, fig.unit))}</div><div class="meter"><span style="width:${pct}%"></span></div><div class="origin">${originHtml(fig.origin, ctx)}</div></div>`;
  };
  return `<header class="cover">
<p class="kicker">${esc(u.kicker)}</p>
<h1>${link(r.site.homeUrl, r.site.homeUrl)}</h1>
<dl class="facts">
<div><dt>${esc(u.date)}</dt><dd>${esc(f.date(r.generatedAt))}</dd></div>
<div><dt>${esc(u.pagesCrawled)}</dt><dd>${esc(f.number(r.site.pagesCrawled))}</dd></div>
${r.site.startUrl !== r.site.homeUrl ? `<div><dt>${esc(u.startUrl)}</dt><dd>${esc(r.site.startUrl)}</dd></div>` : ''}
<div><dt>${esc(u.markets)}</dt><dd>${esc(r.markets.length ? r.markets.join(', ') : u.none)}</dd></div>
<div><dt>${esc(u.config)}</dt><dd>${esc(r.configFile ? baseName(r.configFile) : u.noConfig)}</dd></div>
</dl>
<div class="scores">${card(u.criteria.coverage, r.scores.coverage)}${card(u.criteria.relevance, r.scores.relevance)}${card(u.criteria.ranking, r.scores.ranking)}</div>
<p class="counts"><span class="badge sev-critical">${esc(f.count('critical', c.critical))}</span> <span class="badge sev-warning">${esc(f.count('warnings', c.warning))}</span> <span class="badge sev-notice">${esc(f.count('notices', c.notice))}</span></p>
</header>`;
}

function toc(r: Report, { f }: Ctx): string {
  const u = f.t.ui;
  const items = r.steps.map((s) => `<li><a href="#step-${num(s.number)}">${esc(`${s.number}. ${f.t.step(s.id)}`)}</a> <span class="toc-count">${s.findings.length ? esc(f.count('findingsCount', s.findings.length)) : ''}</span></li>`);
  return `<nav class="toc" aria-label="${esc(u.contents)}"><h2>${esc(u.contents)}</h2><ol>
<li><a href="#overview">${esc(u.overview)}</a></li>
${items.join('\n')}
<li><a href="#next-actions">${esc(u.nextActions)}</a></li>
<li><a href="#sources">${esc(u.sourcesAndProblems)}</a></li>
</ol></nav>`;
}

/** Findings per step and severity: a display tally of what the steps already list. */
function overview(r: Report, { f }: Ctx): string {
  const u = f.t.ui;
  const rows = r.steps.map((s) => ({
    label: `${s.number}. ${f.t.step(s.id)}`,
    parts: SEVERITIES.map((sev) => ({ key: sev, value: s.findings.filter((x) => x.severity === sev).length })),
  }));
  const legend = SEVERITIES.map((s) => ({ key: s, label: u.severity[s] }));
  return `<section id="overview" class="overview"><h2>${esc(u.overview)}</h2>
<figure class="chart-figure" id="chart-findings-by-step"><figcaption>${esc(u.findingsByStep)}</figcaption><div class="chart-scroll">${stackedBarSvg(u.findingsByStep, rows, legend, f.t.colon)}</div></figure>
</section>`;
}

function step(s: ReportStep, ctx: Ctx): string {
  const t = ctx.f.t;
  const notes = t.notes(s);
  const parts = [
    `<section class="step" id="step-${num(s.number)}" data-step="${esc(s.id)}">`,
    `<h2><span class="step-num">${num(s.number)}</span> ${esc(t.step(s.id))}</h2>`,
    `<p class="summary">${esc(t.summary(s))}</p>`,
  ];
  if (s.scores.length) parts.push(scoresTable(s.scores, ctx));
  for (const chart of s.charts) parts.push(chartFigure(chart, ctx));
  for (const tb of s.tables) parts.push(dataTable(tb, ctx));
  if (s.findings.length) parts.push(findings(s.findings, ctx));
  else parts.push(`<p class="no-findings">${esc(t.ui.noFindings)}</p>`);
  if (notes.length) parts.push(`<ul class="notes">${notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>`);
  parts.push('</section>');
  return parts.join('\n');
}

function scoresTable(scores: NamedFigure[], ctx: Ctx): string {
  const { f } = ctx;
  const u = f.t.ui;
  const rows = scores.map((x) => {
    const met = x.met === undefined ? esc(f.met(x)) : `<span class="${x.met ? 'met' : 'not-met'}">${esc(f.met(x))}</span>`;
    return `<tr><td>${esc(f.t.scoreLabel(x))}</td><td class="num">${esc(f.value(x.value, x.unit))}</td><td class="num">${esc(f.target(x))}</td><td>${met}</td><td class="origin">${originHtml(x.origin, ctx)}</td></tr>`;
  });
  return `<div class="scroll"><table class="data scores-table"><thead><tr><th>${esc(u.score)}</th><th class="num">${esc(u.value)}</th><th class="num">${esc(u.target)}</th><th>${esc(u.metCol)}</th><th>${esc(u.origin)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

function chartFigure(chart: Chart, ctx: Ctx): string {
  const { f } = ctx;
  const u = f.t.ui;
  const words = { notRanked: u.notRanked, page: u.page, position: u.positionAxis, colon: f.t.colon, rank: u.rank, pageAbbr: u.pageAbbr, pageStarts: u.pageStarts, perPage: u.perPage };
  const cf = { number: f.number, value: f.value, words };
  // The drawing's accessible name is the chart's title in the report's language.
  const titled = { ...chart, title: f.t.chartTitle(chart) };
  const drawing = titled.kind === 'bar' ? barChartSvg(titled, cf) : titled.kind === 'positions' ? positionsSvg(titled, cf) : trendSvg({ ...titled, series: titled.series.map((x) => ({ ...x, name: f.t.cell(x.name) })) }, cf);
  return `<figure class="chart-figure chart-${esc(chart.kind)}" id="chart-${esc(chart.id)}"><figcaption>${esc(f.t.chartTitle(chart))}</figcaption><div class="chart-scroll">${drawing}</div><p class="origin">${esc(f.t.ui.origin + f.t.colon)}${originHtml(chart.origin, ctx)}</p></figure>`;
}

/** A model origin becomes its short label linked to the Sources section; others name a file, never a folder. */
function originHtml(o: Origin, ctx: Ctx): string {
  if (o.kind !== 'model') return esc(ctx.f.origin(o));
  const s = ctx.sources.get(sourceKey(o));
  const what = ctx.f.t.lang === 'fr' ? 'modèle' : 'model';
  return s ? `${esc(what)} <a class="cite" href="#source-${esc(s.label)}">[${esc(s.label)}]</a>` : esc(ctx.f.origin(o));
}

const sourceKey = (o: Extract<Origin, { kind: 'model' }>) => `${o.file}|${o.source}|${o.date}`;

/** Every model origin the report cites, in order of first appearance, labelled S1, S2… */
function collectSources(r: Report): Ctx['sources'] {
  const out: Ctx['sources'] = new Map();
  const add = (o: Origin | undefined) => {
    if (o?.kind === 'model' && !out.has(sourceKey(o))) out.set(sourceKey(o), { label: `S${out.size + 1}`, o });
  };
  add(r.scores.coverage.origin);
  add(r.scores.relevance.origin);
  add(r.scores.ranking.origin);
  for (const s of r.steps) {
    for (const x of s.scores) add(x.origin);
    for (const c of s.charts) add(c.origin);
    for (const t of s.tables) for (const c of t.columns) add(c.origin);
  }
  return out;
}

function dataTable(t: Table, ctx: Ctx): string {
  const { f } = ctx;
  const id = `table-${esc(t.id)}${t.market ? `-${esc(t.market)}` : ''}`;
  const title = `<h3>${esc(f.t.tableTitle(t))}</h3>`;
  if (!t.rows.length) return `<div class="table-block" id="${id}">${title}<p class="empty">${esc(f.t.tableEmpty(t.id))}</p></div>`;
  const cols = f.visible(t);
  const head = cols.map((c) => `<th class="${c.align === 'right' ? 'num' : ''}">${esc(f.t.column(t.id, c))}</th>`).join('');
  const shown = shownRows(t);
  const rows = shown.rows.map(
    (row) =>
      `<tr>${cols
        .map((c) => {
          const cell = f.t.rowCell(t.id, c.key, row);
          const text = f.cell(cell, c);
          const body = typeof cell === 'string' && isUrl(cell) ? link(cell, text) : esc(text);
          const cls = [c.align === 'right' ? 'num' : '', typeof cell === 'boolean' ? (cell ? 'met' : 'not-met') : '', typeof cell === 'string' && isUrl(cell) ? 'url' : ''].filter(Boolean).join(' ');
          return `<td${cls ? ` class="${cls}"` : ''}>${body}</td>`;
        })
        .join('')}</tr>`,
  );
  const notes: string[] = [];
  if (shown.omitted) notes.push(esc(f.count('moreRowsJson', shown.omitted)));
  const origins = cols.filter((c) => c.origin).map((c) => `${esc(f.t.column(t.id, c) + f.t.colon)}${originHtml(c.origin!, ctx)}`);
  if (origins.length) notes.push(`${esc(f.t.ui.origin + f.t.colon)}${origins.join(esc(f.t.semicolon))}.`);
  const note = f.t.tableNote(t);
  if (note) notes.push(esc(note));
  return `<div class="table-block" id="${id}">${title}<div class="scroll"><table class="data"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>${notes.map((n) => `<p class="origin">${n}</p>`).join('')}</div>`;
}

function findings(list: Finding[], ctx: Ctx): string {
  const u = ctx.f.t.ui;
  const groups = SEVERITIES.map((sev) => {
    const group = list.filter((f) => f.severity === sev);
    if (!group.length) return '';
    return `<h4 class="sev-heading sev-${sev}">${esc(`${u.severity[sev]} (${group.length})`)}</h4>${group.map((f) => finding(f, ctx)).join('')}`;
  });
  return `<div class="findings"><h3>${esc(u.findings)}</h3>${groups.join('')}</div>`;
}

function finding(f: Finding, ctx: Ctx): string {
  const fm = ctx.f;
  const u = fm.t.ui;
  const more = moreCount(f.count, f.evidence.length);
  const evidence = f.evidence.length
    ? `<details><summary>${esc(u.evidence(fm.number(f.evidence.length), fm.number(f.count)))}</summary><ul class="evidence">${f.evidence.map((e) => evidenceItem(f.ruleId, e, ctx)).join('')}</ul>${more ? `<p class="origin">${esc(u.notListed(fm.number(more)))}</p>` : ''}</details>`
    : '';
  return `<article class="finding sev-${esc(f.severity)}" data-rule="${esc(f.ruleId)}">
<p class="finding-head"><span class="badge sev-${esc(f.severity)}">${esc(u.severity[f.severity])}</span> <code>${esc(f.ruleId)}</code> <strong>${esc(fm.t.rule(f.ruleId, 'title', f.title))}</strong> <span class="count">${esc(fm.count('items', f.count))}</span></p>
<p class="fix"><b>${esc(u.fix + fm.t.colon.trimEnd())}</b> ${esc(fm.t.rule(f.ruleId, 'fix', f.fix))}</p>
${evidence}
</article>`;
}

function evidenceItem(ruleId: string, e: Evidence, ctx: Ctx): string {
  const parts: string[] = [];
  const detail = ctx.f.t.detail(ruleId, e);
  if (e.url) parts.push(link(e.url, ctx.short(e.url)));
  if (detail) parts.push(`${e.url ? '— ' : ''}<span class="detail">${esc(detail)}</span>`);
  if (e.related?.length) parts.push(`<span class="related">${esc(ctx.f.t.ui.also + ctx.f.t.colon.trimEnd())} ${e.related.map((u) => ctx.f.t.related(ruleId, u)).map((u) => link(u, ctx.short(u))).join(', ')}</span>`);
  return `<li>${parts.join(' ')}</li>`;
}

function nextActions(r: Report, ctx: Ctx): string {
  const { f } = ctx;
  const u = f.t.ui;
  const steps = new Map(r.steps.map((s) => [s.id, s]));
  const items = r.nextActions.map((a) => {
    const s = steps.get(a.step);
    const { title, why } = actionTexts(a, r, f);
    const stepLink = s ? `<a href="#step-${num(s.number)}">${esc(`${s.number}. ${f.t.step(s.id)}`)}</a>` : esc(a.step);
    const urls = a.urls?.length ? `<ul class="evidence">${a.urls.map((x) => `<li>${link(x, ctx.short(x))}</li>`).join('')}</ul>` : '';
    return `<li><strong>${esc(title)}</strong><p>${esc(why)}</p><p class="meta">${esc(u.impact)} ${num(a.impact)}/5 · ${esc(u.effort)} ${num(a.effort)}/5 · ${esc(u.step)} ${stepLink}${a.ruleId ? ` · <code>${esc(a.ruleId)}</code>` : ''}</p>${urls}</li>`;
  });
  const body = items.length ? `<ol class="actions">${items.join('')}</ol>` : `<p>${esc(u.noActions)}</p>`;
  return `<section id="next-actions" class="actions-section"><h2>${esc(u.nextActions)}</h2>${body}</section>`;
}

/** The Sources section: each model cited once, under the short label the figures carry; data files by name only. */
function sources(r: Report, ctx: Ctx): string {
  const u = ctx.f.t.ui;
  const cited = [...ctx.sources.values()];
  const citations = cited.length
    ? `<ol class="sources">${cited.map((s) => `<li id="source-${esc(s.label)}"><b>[${esc(s.label)}]</b> <code>${esc(baseName(s.o.file.split(' + ')[0] ?? s.o.file))}</code>${esc(ctx.f.t.colon)}${esc(ctx.f.t.sourceText(s.o.source))} (${esc(ctx.f.t.version(s.o.date))})</li>`).join('')}</ol>`
    : '';
  const model = r.sources.length
    ? `<div class="scroll"><table class="data"><thead><tr><th>${esc(u.modelData)}</th><th>${esc(u.what)}</th><th>${esc(u.source)}</th><th>${esc(u.date)}</th></tr></thead><tbody>${r.sources
        .map((s) => `<tr><td><code>${esc(baseName(s.file))}</code></td><td>${esc(ctx.f.t.sourceWhat(baseName(s.file), s.what))}</td><td>${esc(ctx.f.t.sourceText(s.source))}</td><td class="nowrap">${esc(ctx.f.t.version(s.date))}</td></tr>`)
        .join('')}</tbody></table></div>`
    : `<p>${esc(u.noModelData)}</p>`;
  const problems = r.problems.length
    ? `<div class="scroll"><table class="data"><thead><tr><th>${esc(u.file)}</th><th class="num">${esc(u.line)}</th><th>${esc(u.field)}</th><th>${esc(u.problem)}</th></tr></thead><tbody>${r.problems
        .map((p) => `<tr><td>${esc(baseName(p.file))}</td><td class="num">${p.line === undefined ? '' : num(p.line)}</td><td>${esc(p.field ?? '')}</td><td>${esc(ctx.f.t.problem(p.message))}</td></tr>`)
        .join('')}</tbody></table></div>`
    : `<p>${esc(u.noProblems)}</p>`;
  return `<section id="sources" class="sources-section"><h2>${esc(u.sources)}</h2>${citations}<h3>${esc(u.modelData)}</h3>${model}<h3>${esc(u.problems)}</h3>${problems}</section>`;
}
