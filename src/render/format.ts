/**
 * Formatting shared by the renderers: numbers with units, origins, cells, URLs. Plain strings only;
 * each renderer escapes them for its own output.
 */
import type { Figure, Origin } from '../report/origin.js';
import type { Cell, Column, NamedFigure } from '../report/types.js';
import type { Severity } from '../rules/types.js';

export const SEVERITIES: Severity[] = ['critical', 'warning', 'notice'];

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', notice: 'Notice' };

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** A value with its unit, as a reader says it: `78/100`, `92.3%`, `184 ms`, `1,840 clicks`. */
export function formatValue(value: number | null, unit?: Figure['unit']): string {
  if (value === null) return 'n/a';
  const n = formatNumber(value);
  switch (unit) {
    case '%':
      return `${n}%`;
    case 'score':
      return `${n}/100`;
    case 'ms':
      return `${n} ms`;
    case 'bytes':
      return `${n} bytes`;
    case 'pages':
      return `${n} ${value === 1 ? 'page' : 'pages'}`;
    case 'clicks':
      return `${n} ${value === 1 ? 'click' : 'clicks'}`;
    case 'position':
      return `#${n}`;
    default:
      return n;
  }
}

/** A target is worded like its value, without the unit noun when it repeats. */
export function formatTarget(f: NamedFigure): string {
  if (f.target === undefined) return '';
  return formatValue(f.target, f.unit);
}

export function formatMet(f: NamedFigure): string {
  if (f.met === undefined) return '';
  return f.met ? '✓ met' : '✗ not met';
}

/** Long form, for footers and tooltips. */
export function describeOrigin(o: Origin): string {
  switch (o.kind) {
    case 'measured':
      return `measured (${o.by})`;
    case 'imported':
      return `imported from ${o.file}`;
    case 'model':
      return `model: ${o.file} (${o.source}, ${o.date})`;
    case 'config':
      return `set in ${o.file}`;
  }
}

/** Short form, for table cells: the file name without its folder; sources are listed in the footer. */
export function shortOrigin(o: Origin): string {
  switch (o.kind) {
    case 'measured':
      return `measured: ${o.by}`;
    case 'imported':
      return `imported: ${baseName(o.file)}`;
    case 'model':
      return `model: ${baseName(o.file)} (${o.date})`;
    case 'config':
      return `config: ${baseName(o.file)}`;
  }
}

function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(i + 1) : file;
}

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

/** The site's own URLs read better as paths; other sites keep their full URL. */
export function shortUrl(url: string, siteOrigin: string | null): string {
  if (!siteOrigin) return url;
  try {
    const u = new URL(url);
    if (u.origin !== siteOrigin) return url;
    return `${u.pathname}${u.search}${u.hash}`;
  } catch {
    return url;
  }
}

export function siteOrigin(homeUrl: string): string | null {
  try {
    return new URL(homeUrl).origin;
  } catch {
    return null;
  }
}

/** A table cell as text; `short` turns same-site URLs into paths. */
export function formatCell(cell: Cell, column: Column | undefined, short: (url: string) => string): string {
  if (cell === null) return '—';
  if (typeof cell === 'boolean') return cell ? '✓ yes' : '✗ no';
  if (typeof cell === 'number') return column?.unit === '%' ? `${formatNumber(cell)}%` : formatNumber(cell);
  return isUrl(cell) ? short(cell) : cell;
}

/** Column heading with its unit when the cells do not carry it. */
export function columnLabel(c: Column): string {
  if (c.unit !== 'ms' && c.unit !== 'bytes') return c.label;
  return `${c.label} (${c.unit})`;
}

/** `2026-11-24T06:00:00.000Z` → `2026-11-24 06:00 UTC`; anything else is shown as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The part of `count` not shown as evidence. */
export function moreCount(count: number, shown: number): number {
  return Math.max(0, count - shown);
}

export const MAX_EVIDENCE_SHOWN = 5;
