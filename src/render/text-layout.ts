/**
 * Terminal layout helpers: display width, truncation, word wrap and width-bounded tables.
 * Widths count code points, which matches the terminal for Latin, Arabic and the symbols we print.
 */
import Table from 'cli-table3';
import { stripVTControlCharacters } from 'node:util';

export function displayWidth(s: string): number {
  return [...stripVTControlCharacters(s)].length;
}

/** Cuts plain text to `max` columns, marking the cut with `…`. */
export function truncate(s: string, max: number): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  if (max <= 1) return '…'.slice(0, max);
  return `${chars.slice(0, max - 1).join('')}…`;
}

/** Word-wraps plain text; a word longer than a line (a URL) is broken across lines. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - displayWidth(indent));
  const lines: string[] = [];
  let line = '';
  // No-break spaces hold: French puts them in numbers (1\u202f234) and before a colon.
  for (const word of text.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
    let w = word;
    if (line && displayWidth(line) + 1 + displayWidth(w) <= room) {
      line += ` ${w}`;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    while (displayWidth(w) > room) {
      const chars = [...w];
      lines.push(chars.slice(0, room).join(''));
      w = chars.slice(room).join('');
    }
    line = w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l);
}

export interface TextTableInput {
  head: string[];
  rows: string[][];
  align: ('left' | 'right')[];
  width: number;
  style: (s: string) => string;
}

const PADDING = 2;
const MIN_COLUMN = 3 + PADDING;

/**
 * Lays out a table within `width` columns: columns keep their natural width when all fit,
 * otherwise the widest are narrowed (fair shares) and their text cut with `…`. When even that
 * would cut a number, each row becomes a `label: value` block instead.
 */
export function textTable(t: TextTableInput): string[] {
  const n = t.head.length;
  const room = t.width - (n + 1);
  if (n === 0) return [];
  if (room < n * MIN_COLUMN) return asBlocks(t);
  const natural = t.head.map((h, i) => Math.max(displayWidth(h), ...t.rows.map((r) => displayWidth(r[i] ?? ''))) + PADDING);
  const widths = fairShares(natural, room);
  // A cut number reads as a different number: rather than cut one, list the rows as blocks.
  if (t.align.some((a, i) => a === 'right' && (widths[i] ?? 0) < (natural[i] ?? 0))) return asBlocks(t);
  const table = new Table({
    head: t.head.map((h, i) => t.style(truncate(h, (widths[i] ?? MIN_COLUMN) - PADDING))),
    colWidths: widths,
    colAligns: t.align,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact: true },
  });
  for (const r of t.rows) table.push(r.map((c, i) => truncate(c, (widths[i] ?? MIN_COLUMN) - PADDING)));
  return table.toString().split('\n');
}

function fairShares(natural: number[], room: number): number[] {
  const widths = natural.map(() => 0);
  const order = natural.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  let left = room;
  order.forEach(({ w, i }, k) => {
    const share = Math.floor(left / (order.length - k));
    const given = Math.max(MIN_COLUMN, Math.min(w, share));
    widths[i] = given;
    left -= given;
  });
  return widths;
}

function asBlocks(t: TextTableInput): string[] {
  const out: string[] = [];
  for (const r of t.rows) {
    t.head.forEach((h, i) => {
      if (r[i]) out.push(...wrap(`${h}: ${r[i]}`, t.width, '  ').map((l, j) => (i === 0 && j === 0 ? `- ${l.slice(2)}` : l)));
    });
  }
  return out;
}
