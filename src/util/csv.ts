/**
 * A small RFC 4180 CSV reader: quoted fields with commas, newlines and doubled quotes, a BOM, and
 * the `;` separator French spreadsheets write (detected from the header line).
 */
export interface CsvRow {
  line: number;
  cells: string[];
}

export function detectSeparator(headerLine: string): ',' | ';' | '\t' {
  const count = (c: string) => headerLine.split(c).length - 1;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs > commas && tabs > semis) return '\t';
  return semis > commas ? ';' : ',';
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Calls `onRow` with each non-blank row's cells and first line number, in order; returns the line
 * of a quoted field that is never closed (the rows from there on are not given), else null.
 *
 * Cells are slices of the text, not built a character at a time: appending one character per step
 * made each cell a chain of strings, and a 200,000-row export spent most of its reading time
 * collecting them. Rows are handed over as they end, so a caller need not hold them all.
 */
export function eachCsvRow(text: string, onRow: (cells: string[], line: number) => void): number | null {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nl = src.indexOf('\n');
  const firstLine = nl < 0 ? src : src.slice(0, nl > 0 && src.charCodeAt(nl - 1) === CR ? nl - 1 : nl);
  const sep = detectSeparator(firstLine).charCodeAt(0);
  const n = src.length;
  let cells: string[] = [];
  // The cell so far is `cell` (its quoted part and what followed it) then src[runStart, i).
  let cell = '';
  let runStart = 0;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (value: string) => {
    cells.push(value);
    if (cells.length > 1 || value.trim() !== '') onRow(cells, rowLine);
    cells = [];
  };
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === sep) {
      cells.push(cell + src.slice(runStart, i));
      cell = '';
      runStart = ++i;
    } else if (c === LF || c === CR) {
      endRow(cell + src.slice(runStart, i));
      cell = '';
      i += c === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      runStart = i;
      line++;
      rowLine = line;
    } else if (c === QUOTE && (cell + src.slice(runStart, i)).trim() === '') {
      // A quote opening the cell (after blanks only): the field runs to the next lone quote.
      const quoteStart = line;
      let quoted = '';
      let j = i + 1;
      for (;;) {
        const q = src.indexOf('"', j);
        if (q < 0) return quoteStart;
        for (let k = src.indexOf('\n', j); k >= 0 && k < q; k = src.indexOf('\n', k + 1)) line++;
        quoted += src.slice(j, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          quoted += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      cell = quoted;
      runStart = i = j;
    } else i++;
  }
  endRow(cell + src.slice(runStart, n));
  return null;
}

export function parseCsv(text: string): { rows: CsvRow[]; unterminated: number | null } {
  const rows: CsvRow[] = [];
  const unterminated = eachCsvRow(text, (cells, line) => rows.push({ line, cells }));
  return { rows, unterminated };
}

/** Header names lowercased, trimmed, accents kept: the index of each known column. */
export function headerIndex(header: string[]): Map<string, number> {
  const m = new Map<string, number>();
  header.forEach((h, i) => m.set(h.trim().toLowerCase(), i));
  return m;
}

/** "1 234", "1,234", "3,2 %", "3.2%" → number; null when empty; NaN when not a number. */
export function parseNumber(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const t = raw.replace(/[\s\u00a0\u202f%]/g, '');
  if (!t) return null;
  // A comma with 1-2 digits after it is a decimal comma; otherwise a thousands separator.
  const normalised = /,\d{1,2}$/.test(t) && !t.includes('.') ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(normalised);
  return Number.isFinite(n) ? n : Number.NaN;
}
