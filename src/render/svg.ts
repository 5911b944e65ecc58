/**
 * Charts as inline SVG strings, drawn here so the HTML report needs no chart library and fetches
 * nothing when opened. Every string from the report goes through `esc`.
 */
import type { BarChart, PositionsChart, TrendChart } from '../report/types.js';
import { formatNumber, formatValue, type Fmt } from './format.js';

/** Numbers and the few words charts print, in the report's language (English when not given). */
type ChartWords = { notRanked: string; page: string; position: string; colon: string; rank: (n: string) => string; pageAbbr: (n: string) => string; pageStarts: (engines: string, page: string, after: string) => string; perPage: (n: string) => string };
type ChartFmt = Pick<Fmt, 'number' | 'value'> & { words?: ChartWords };
const EN_WORDS: ChartWords = {
  notRanked: 'not ranked',
  page: 'page',
  position: 'position (1 = top)',
  colon: ': ',
  rank: (n) => `#${n}`,
  pageAbbr: (n) => `p.${n}`,
  pageStarts: (e, p, a) => `${e}: page ${p} starts after position ${a}`,
  perPage: (n) => `${n}/page`,
};
const EN: ChartFmt = { number: formatNumber, value: formatValue };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const WIDTH = 720;
const PALETTE = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#be185d', '#0e7490'];
const r1 = (n: number) => Math.round(n * 10) / 10;

function svg(height: number, label: string, body: string): string {
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(label)}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;
}

function clip(s: string, max: number): string {
  const chars = [...s];
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join('')}…`;
}

/** Horizontal bars; scores and percentages are drawn on a 0–100 scale, other units on their largest value. */
export function barChartSvg(chart: BarChart, f: ChartFmt = EN): string {
  const rowH = 28;
  const x0 = 170;
  const plotW = 440;
  const top = chart.unit === '%' || chart.unit === 'score' ? 100 : Math.max(1, ...chart.bars.map((b) => b.value));
  const height = chart.bars.length * rowH + 34;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => {
      const x = r1(x0 + t * plotW);
      return `<line class="grid" x1="${x}" y1="8" x2="${x}" y2="${height - 24}"/><text class="tick" x="${x}" y="${height - 8}" text-anchor="middle">${esc(f.number(t * top))}</text>`;
    })
    .join('');
  const bars = chart.bars
    .map((b, i) => {
      const y = 10 + i * rowH;
      const w = r1((Math.max(0, Math.min(b.value, top)) / top) * plotW);
      const value = f.value(b.value, chart.unit);
      return (
        `<text class="label" x="${x0 - 8}" y="${y + 15}" text-anchor="end">${esc(clip(b.label, 24))}</text>` +
        `<rect class="bar tone-${esc(b.tone ?? 'neutral')}" x="${x0}" y="${y + 2}" width="${w}" height="${rowH - 10}" rx="2"><title>${esc(`${b.label}${(f.words ?? EN_WORDS).colon}${value}`)}</title></rect>` +
        `<text class="value" x="${r1(x0 + w + 6)}" y="${y + 15}">${esc(value)}</text>`
      );
    })
    .join('');
  return svg(height, chart.title, grid + bars);
}

export interface StackedRow {
  label: string;
  parts: { key: string; value: number }[];
}

/** Stacked horizontal bars (findings by step and severity). */
export function stackedBarSvg(title: string, rows: StackedRow[], legend: { key: string; label: string }[], colon = ': '): string {
  const rowH = 26;
  const x0 = 220;
  const plotW = 420;
  const top = Math.max(1, ...rows.map((r) => r.parts.reduce((a, p) => a + p.value, 0)));
  const height = rows.length * rowH + 40;
  const body = rows
    .map((r, i) => {
      const y = 8 + i * rowH;
      let x = x0;
      const segs = r.parts
        .filter((p) => p.value > 0)
        .map((p) => {
          const w = r1((p.value / top) * plotW);
          const s = `<rect class="bar sev-${esc(p.key)}" x="${r1(x)}" y="${y + 3}" width="${w}" height="${rowH - 9}"><title>${esc(`${r.label}${colon}${p.value} ${legend.find((l) => l.key === p.key)?.label ?? p.key}`)}</title></rect>`;
          x += w;
          return s;
        })
        .join('');
      const total = r.parts.reduce((a, p) => a + p.value, 0);
      return `<text class="label" x="${x0 - 8}" y="${y + 16}" text-anchor="end">${esc(clip(r.label, 32))}</text>${segs}<text class="value" x="${r1(x + 6)}" y="${y + 16}">${total}</text>`;
    })
    .join('');
  const keys = legend
    .map((l, i) => {
      const x = x0 + i * 120;
      return `<rect class="bar sev-${esc(l.key)}" x="${x}" y="${height - 22}" width="12" height="12"/><text class="tick" x="${x + 17}" y="${height - 12}">${esc(l.label)}</text>`;
    })
    .join('');
  return svg(height, title, body + keys);
}

const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

function marker(shape: (typeof SHAPES)[number], x: number, y: number, cls: string, color: string, tip: string): string {
  const t = `<title>${esc(tip)}</title>`;
  const fill = `fill="${color}" stroke="${color}"`;
  switch (shape) {
    case 'circle':
      return `<circle class="${cls}" cx="${r1(x)}" cy="${r1(y)}" r="5" ${fill}>${t}</circle>`;
    case 'square':
      return `<rect class="${cls}" x="${r1(x - 4.5)}" y="${r1(y - 4.5)}" width="9" height="9" ${fill}>${t}</rect>`;
    case 'diamond':
      return `<polygon class="${cls}" points="${r1(x)},${r1(y - 6)} ${r1(x + 6)},${r1(y)} ${r1(x)},${r1(y + 6)} ${r1(x - 6)},${r1(y)}" ${fill}>${t}</polygon>`;
    case 'triangle':
      return `<polygon class="${cls}" points="${r1(x)},${r1(y - 6)} ${r1(x + 6)},${r1(y + 5)} ${r1(x - 6)},${r1(y + 5)}" ${fill}>${t}</polygon>`;
  }
}

/**
 * Positions per keyword on a left-to-right axis (1 = best), one marker shape per engine, and a
 * dashed line after each results page (10.5, 20.5 … for ten results a page) of each engine.
 */
export function positionsSvg(chart: PositionsChart, f: ChartFmt = EN): string {
  const w = f.words ?? EN_WORDS;
  const keywords = [...new Set(chart.points.map((p) => p.keyword))];
  const rowH = 30;
  const x0 = 200;
  const plotW = 420;
  const nrX = 668;
  const plotTop = 24;
  const widestPage = Math.max(10, ...chart.engines.map((e) => e.resultsPerPage));
  const deepest = Math.max(0, ...chart.points.map((p) => p.position ?? 0));
  const maxPos = Math.max(widestPage, Math.ceil(deepest / widestPage) * widestPage);
  const x = (pos: number) => x0 + ((pos - 0.5) / maxPos) * plotW;
  const plotBottom = plotTop + keywords.length * rowH;
  const height = plotBottom + 56;

  const breaks = new Map<number, string[]>();
  for (const e of chart.engines) {
    for (let at = e.resultsPerPage + 0.5; at < maxPos + 0.5; at += e.resultsPerPage) {
      breaks.set(at, [...(breaks.get(at) ?? []), e.id]);
    }
  }
  const single = new Set(chart.engines.map((e) => e.resultsPerPage)).size <= 1;
  const breakLines = [...breaks.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([at, engines]) => {
      const names = engines.map((id) => chart.engines.find((e) => e.id === id)?.name ?? id);
      const rpp = chart.engines.find((e) => e.id === engines[0])?.resultsPerPage ?? widestPage;
      const page = Math.round((at - 0.5) / rpp) + 1;
      const label = single ? `${w.page} ${page}` : `${names.join(', ')} ${w.pageAbbr(String(page))}`;
      return `<line class="page-break" data-position="${at}" data-engines="${esc(engines.join(' '))}" x1="${r1(x(at))}" y1="${plotTop - 6}" x2="${r1(x(at))}" y2="${plotBottom}"><title>${esc(w.pageStarts(names.join(', '), String(page), String(at - 0.5)))}</title></line><text class="tick" x="${r1(x(at) + 4)}" y="${plotTop - 10}">${esc(label)}</text>`;
    })
    .join('');
  const ticks = [1, ...Array.from({ length: Math.floor(maxPos / 5) }, (_, i) => (i + 1) * 5)]
    .map((p) => `<text class="tick" x="${r1(x(p))}" y="${plotBottom + 16}" text-anchor="middle">${p}</text>`)
    .join('');
  const rows = keywords
    .map((k, i) => {
      const y = plotTop + i * rowH + rowH / 2;
      const marks = chart.engines
        .map((e, j) => {
          const p = chart.points.find((pt) => pt.keyword === k && pt.engine === e.id);
          if (!p) return '';
          const dy = (j - (chart.engines.length - 1) / 2) * 7;
          const shape = SHAPES[j % SHAPES.length] ?? 'circle';
          const color = PALETTE[j % PALETTE.length] ?? '#333';
          const tip = `${k}, ${e.name}${w.colon}${p.position === null ? w.notRanked : w.rank(String(p.position))}`;
          return p.position === null
            ? marker(shape, nrX + 12 + j * 14, y, 'point unranked', color, tip)
            : marker(shape, x(Math.min(p.position, maxPos)), y + dy, 'point', color, tip);
        })
        .join('');
      return `<line class="row" x1="${x0}" y1="${y}" x2="${x0 + plotW}" y2="${y}"/><text class="label" x="${x0 - 8}" y="${y + 4}" text-anchor="end">${esc(clip(k, 28))}</text>${marks}`;
    })
    .join('');
  const frame = `<rect class="frame" x="${x0}" y="${plotTop}" width="${plotW}" height="${plotBottom - plotTop}"/><text class="tick" x="${x0 + 4}" y="${plotTop - 10}">${single ? `${esc(w.page)} 1` : ''}</text><text class="tick" x="${nrX + 20}" y="${plotTop - 10}" text-anchor="middle">${esc(w.notRanked)}</text><text class="tick" x="${x0 + plotW / 2}" y="${plotBottom + 32}" text-anchor="middle">${esc(w.position)}</text>`;
  const legend = chart.engines
    .map((e, j) => {
      const lx = x0 + j * 130;
      const shape = SHAPES[j % SHAPES.length] ?? 'circle';
      return `${marker(shape, lx + 5, height - 10, 'legend', PALETTE[j % PALETTE.length] ?? '#333', e.name)}<text class="tick" x="${lx + 16}" y="${height - 6}">${esc(`${e.name} (${w.perPage(String(e.resultsPerPage))})`)}</text>`;
    })
    .join('');
  return svg(height, chart.title, frame + breakLines + rows + ticks + legend);
}

/**
 * Series over time, one point per run: runs are spaced evenly in time order, and two runs of one day
 * are two points (the tick then shows the time too).
 */
export function trendSvg(chart: TrendChart, f: ChartFmt = EN): string {
  const dates = [...new Set(chart.series.flatMap((s) => s.points.map((p) => p.date)))].sort();
  const days = dates.map((d) => d.slice(0, 10));
  const tick = (d: string) => (days.filter((x) => x === d.slice(0, 10)).length > 1 ? `${d.slice(5, 10)} ${d.slice(11, 16)}` : d.slice(0, 10));
  const values = chart.series.flatMap((s) => s.points.map((p) => p.value));
  const bounded = chart.unit === '%' || chart.unit === 'score';
  const lo = bounded ? 0 : Math.min(0, ...values);
  const hi = bounded ? 100 : Math.max(1, ...values);
  const x0 = 60;
  const plotW = 620;
  const top = 14;
  const plotH = 200;
  const height = top + plotH + 60;
  const x = (d: string) => x0 + (dates.length <= 1 ? plotW / 2 : (dates.indexOf(d) / (dates.length - 1)) * plotW);
  const y = (v: number) => top + plotH - ((v - lo) / (hi - lo || 1)) * plotH;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map((t) => {
      const v = lo + t * (hi - lo);
      return `<line class="grid" x1="${x0}" y1="${r1(y(v))}" x2="${x0 + plotW}" y2="${r1(y(v))}"/><text class="tick" x="${x0 - 6}" y="${r1(y(v) + 4)}" text-anchor="end">${esc(f.number(v))}</text>`;
    })
    .join('');
  const step = Math.max(1, Math.ceil(dates.length / 8));
  const xTicks = dates
    .filter((_, i) => i % step === 0 || i === dates.length - 1)
    .map((d) => `<text class="tick" x="${r1(x(d))}" y="${top + plotH + 18}" text-anchor="middle">${esc(tick(d))}</text>`)
    .join('');
  const lines = chart.series
    .map((s, i) => {
      const color = PALETTE[i % PALETTE.length] ?? '#333';
      const pts = s.points.map((p) => `${r1(x(p.date))},${r1(y(p.value))}`).join(' ');
      const dots = s.points
        .map((p) => `<circle class="point" cx="${r1(x(p.date))}" cy="${r1(y(p.value))}" r="3.5" fill="${color}"><title>${esc(`${s.name}, ${tick(p.date)}${(f.words ?? EN_WORDS).colon}${f.value(p.value, chart.unit)}`)}</title></circle>`)
        .join('');
      return `<polyline class="series" fill="none" stroke="${color}" points="${pts}"/>${dots}`;
    })
    .join('');
  const legend = chart.series
    .map((s, i) => {
      const lx = x0 + i * 150;
      return `<rect x="${lx}" y="${height - 18}" width="14" height="4" fill="${PALETTE[i % PALETTE.length] ?? '#333'}"/><text class="tick" x="${lx + 20}" y="${height - 12}">${esc(s.name)}</text>`;
    })
    .join('');
  return svg(height, chart.title, grid + xTicks + lines + legend);
}
