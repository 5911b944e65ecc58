/**
 * Formatting shared by the renderers: numbers with units, origins, cells, URLs, in the report's
 * language (src/i18n). Plain strings only; each renderer escapes them for its own output.
 */
import type { Figure, Origin } from '../shared/origin.js';
import type { Cell, Column, NamedFigure, Table } from '../report/types.js';
import type { Severity } from '../rules/types.js';
import { translator, type Lang, type Translator } from './translate.js';

export const SEVERITIES: Severity[] = ['critical', 'warning', 'notice'];

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', notice: 'Notice' };

export const MAX_EVIDENCE_SHOWN = 5;

/** Rows a table shows in text, Markdown and HTML; the JSON and CSV keep every row. */
export const MAX_ROWS_SHOWN = 200;

/** The rows a reader sees, and how many more the report holds (those it left out itself included). */
export function shownRows<R>(t: { rows: R[]; omitted?: number }): { rows: R[]; omitted: number } {
  const rows = t.rows.length > MAX_ROWS_SHOWN ? t.rows.slice(0, MAX_ROWS_SHOWN) : t.rows;
  return { rows, omitted: (t.omitted ?? 0) + t.rows.length - rows.length };
}

/** Everything a renderer needs to word and format one report. */
export interface Fmt {
  t: Translator;
  /** Same-site URLs as paths. */
  short(url: string): string;
  number(n: number): string;
  value(value: number | null, unit?: Figure['unit']): string;
  cell(cell: Cell, column: Column | undefined): string;
  met(f: NamedFigure): string;
  target(f: NamedFigure): string;
  /** `measured: crawl`, `imported: rankings.csv`, `model: ctr-curve.json (2026-09)`: file names only, never folders. */
  origin(o: Origin): string;
  count(kind: 'pages' | 'items' | 'findingsCount' | 'warnings' | 'notices' | 'critical' | 'moreRows' | 'moreRowsJson' | 'more', n: number): string;
  date(iso: string): string;
  /** The columns a reader sees (keys for scripts are left out). */
  visible(t: Table): Column[];
}

export function makeFmt(lang: Lang, homeUrl: string): Fmt {
  const t = translator(lang);
  const origin = siteOrigin(homeUrl);
  const fr = lang === 'fr';
  const number = (n: number) => t.num(n);
  const value = (v: number | null, unit?: Figure['unit']): string => {
    if (v === null) return t.ui.na;
    const n = number(v);
    switch (unit) {
      case '%':
        return fr ? `${n} %` : `${n}%`;
      case 'score':
        return `${n}/100`;
      case 'ms':
        return `${n} ms`;
      case 'bytes':
        return `${n} ${fr ? 'octets' : 'bytes'}`;
      case 'pages':
        return t.ui.pages(n, fr ? Math.abs(v) < 2 : v === 1);
      case 'clicks':
        return `${n} ${fr ? (v <= 1 ? 'clic' : 'clics') : v === 1 ? 'click' : 'clicks'}`;
      case 'position':
        return `#${n}`;
      default:
        return n;
    }
  };
  return {
    t,
    short: (url) => shortUrl(url, origin),
    number,
    value,
    cell(cell, column) {
      if (cell === null) return '—';
      if (typeof cell === 'boolean') return cell ? t.ui.yes : t.ui.no;
      if (typeof cell === 'number') {
        const n = column?.unit === '%' ? (fr ? `${number(cell)} %` : `${number(cell)}%`) : number(cell);
        return column?.signed && cell > 0 ? `+${n}` : n;
      }
      return isUrl(cell) ? shortUrl(cell, origin) : t.cell(cell);
    },
    met(f) {
      if (f.met === undefined) return f.target === undefined ? '' : t.ui.notMeasured;
      return f.met ? t.ui.metYes : t.ui.metNo;
    },
    target(f) {
      return f.target === undefined ? '' : value(f.target, f.unit);
    },
    origin(o) {
      switch (o.kind) {
        case 'measured':
          return `${fr ? 'mesuré' : 'measured'}${t.colon}${t.measuredBy(o.by)}`;
        case 'imported':
          return `${fr ? 'importé' : 'imported'}${t.colon}${o.file.split(/,\s*/).map(baseName).join(', ')}`;
        case 'model':
          return `${fr ? 'modèle' : 'model'}${t.colon}${baseName(o.file.split(' + ')[0] ?? o.file)} (${t.version(o.date)})`;
        case 'config':
          return `${fr ? 'configuration' : 'config'}${t.colon}${baseName(o.file)}`;
      }
    },
    count(kind, n) {
      // French puts 0 and 1 in the singular (« 0 page »).
      return t.ui[kind](number(n), fr ? Math.abs(n) < 2 : n === 1);
    },
    date: (iso) => t.date(iso),
    visible: (tb) => tb.columns.filter((c) => !c.hidden),
  };
}

/** Long form, for the sources list: the file name, what it is, and the published source. */
export function describeOrigin(o: Origin, t?: Translator): string {
  const fr = t?.lang === 'fr';
  switch (o.kind) {
    case 'measured':
      return fr ? `mesuré (${t!.measuredBy(o.by)})` : `measured (${o.by})`;
    case 'imported':
      return `${fr ? 'importé de' : 'imported from'} ${o.file.split(/,\s*/).map(baseName).join(', ')}`;
    case 'model':
      return fr ? `modèle : ${baseName(o.file)} (${t!.sourceText(o.source)}, ${t!.version(o.date)})` : `model: ${baseName(o.file)} (${o.source}, ${o.date})`;
    case 'config':
      return `${fr ? 'défini dans' : 'set in'} ${baseName(o.file)}`;
  }
}

export function baseName(file: string): string {
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

/** The part of `count` not shown as evidence. */
export function moreCount(count: number, shown: number): number {
  return Math.max(0, count - shown);
}

/** English number formatting, for callers outside a report (the diff, charts without a report). */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

export function formatValue(value: number | null, unit?: Figure['unit']): string {
  return makeFmt('en', '').value(value, unit);
}

export function formatDate(iso: string): string {
  return translator('en').date(iso);
}
