/**
 * CSV as RFC 4180 says (CRLF line ends, fields with a comma, quote or line break quoted, quotes
 * doubled), UTF-8 with a byte-order mark so Excel reads accents right.
 */
import type { Cell } from '../report/types.js';
import type { ExportTable } from '../report/exports.js';

const BOM = '\uFEFF';

export function csvField(c: Cell): string {
  const s = c === null ? '' : typeof c === 'boolean' ? (c ? 'true' : 'false') : String(c);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderCsv(t: Pick<ExportTable, 'columns' | 'rows'>): string {
  const lines = [t.columns.map(csvField).join(','), ...t.rows.map((r) => t.columns.map((_, i) => csvField(r[i] ?? null)).join(','))];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
