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

export function parseCsv(text: string): { rows: CsvRow[]; unterminated: number | null } {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = detectSeparator(firstLine);
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      inQuotes = true;
      quoteStart = line;
      cell = '';
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (inQuotes) return { rows, unterminated: quoteStart };
  cells.push(cell);
  if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
  return { rows, unterminated: null };
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
