/**
 * The CSV reader scans by slices; the character-at-a-time reader it replaced is kept here as the
 * oracle. Random texts built from the characters that matter (separators, quotes, both line ends,
 * blanks, a BOM) must give the same rows, line numbers and unterminated line.
 */
import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv, type CsvRow } from '../../src/util/csv.js';
import { seededRandom } from '../support/rankings-file.js';

function oracle(text: string): { rows: CsvRow[]; unterminated: number | null } {
  const src = text.replace(/^\uFEFF/, '');
  const sep = detectSeparator(src.split(/\r?\n/, 1)[0] ?? '');
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

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, both line ends, a BOM and the ; separator', () => {
    const r = parseCsv('\uFEFFa;b\r\n"x;1";"say ""hi"""\n\n  "multi\nline" ;z\rlast;"');
    expect(r.rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x;1', 'say "hi"'] },
      { line: 4, cells: ['multi\nline ', 'z'] },
    ]);
    expect(r.unterminated).toBe(6);
    expect(parseCsv('k,v\nab"c,"d"e\n').rows[1]!.cells).toEqual(['ab"c', 'de']);
  });

  it('gives what the character-at-a-time reader gave, on 3,000 random texts', () => {
    const rnd = seededRandom(4013);
    const alphabet = ['a', 'é', ' ', ',', ';', '\t', '"', '""', '\n', '\r', '\r\n', '\u00a0', 'riad', '"x, y"'];
    for (let t = 0; t < 3000; t++) {
      let text = rnd() < 0.1 ? '\uFEFF' : '';
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(parseCsv(text), JSON.stringify(text)).toEqual(oracle(text));
    }
  });
});
