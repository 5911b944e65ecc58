/**
 * The plain rankings CSV: `keyword,engine,market,position,url,date,volume` (any column order).
 * An empty position means "not in the results fetched". A bad row is reported with its line
 * number and the other rows are kept.
 */
import type { RankObservation } from '../types.js';
import type { InputProblem } from '../../util/errors.js';
import { eachCsvRow, headerIndex, parseNumber } from '../../util/csv.js';

export const RANKINGS_COLUMNS = ['keyword', 'engine', 'market', 'position', 'url', 'date', 'volume'] as const;

type Where = { file: string; line?: number };

const problemAt = (where: Where, message: string, field?: string) => ({ problem: { file: where.file, ...(where.line ? { line: where.line } : {}), ...(field ? { field } : {}), message } });
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const ENGINE_ID = /^[a-z][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function normaliseObservation(raw: Record<string, unknown>, where: Where): { observation?: RankObservation; problem?: InputProblem } {
  const keyword = str(raw.keyword);
  const engine = str(raw.engine).toLowerCase();
  if (!keyword) return problemAt(where, 'keyword is empty', 'keyword');
  if (!ENGINE_ID.test(engine)) return problemAt(where, `engine "${str(raw.engine)}" is not an engine id like google or bing`, 'engine');
  const posRaw = str(raw.position);
  let position: number | null = null;
  if (posRaw !== '') {
    const n = parseNumber(posRaw);
    if (n === null || Number.isNaN(n) || n < 1 || n > 1000) return problemAt(where, `position "${posRaw}" is not a number from 1 to 1000 (leave it empty for "not ranked")`, 'position');
    position = n;
  }
  const volRaw = str(raw.volume);
  const volume = volRaw === '' ? null : parseNumber(volRaw);
  if (volume !== null && (Number.isNaN(volume) || volume < 0)) return problemAt(where, `volume "${volRaw}" is not a number`, 'volume');
  const date = str(raw.date) || null;
  if (date && !ISO_DATE.test(date)) return problemAt(where, `date "${date}" is not an ISO date (YYYY-MM-DD)`, 'date');
  return {
    observation: {
      keyword,
      engine,
      market: str(raw.market) || 'WW',
      position,
      url: str(raw.url) || null,
      date: date ? date.slice(0, 10) : null,
      volume,
      source: where.file,
    },
  };
}

export function parseRankingsCsv(text: string, file: string): { observations: RankObservation[]; problems: InputProblem[] } {
  const rowProblems: InputProblem[] = [];
  const observations: RankObservation[] = [];
  let header: string[] | null = null;
  let missing: string | null = null;
  let width = 0;
  let col: number[] = [];
  const cell = (cells: string[], i: number) => (i < 0 ? '' : (cells[i] ?? ''));
  // Rows are read as the CSV reader ends them: the whole file is never held as rows of cells.
  const unterminated = eachCsvRow(text, (cells, line) => {
    if (!header) {
      header = cells;
      const idx = headerIndex(cells);
      missing = (['keyword', 'engine', 'position'] as const).find((c) => !idx.has(c)) ?? null;
      width = idx.size;
      col = RANKINGS_COLUMNS.map((c) => idx.get(c) ?? -1);
      return;
    }
    if (missing) return;
    if (cells.length < width && cells.length < 3) {
      rowProblems.push({ file, line, message: `${cells.length} fields, expected ${width}` });
      return;
    }
    // One literal, the same shape for every row (the columns in RANKINGS_COLUMNS order).
    const raw = { keyword: cell(cells, col[0]!), engine: cell(cells, col[1]!), market: cell(cells, col[2]!), position: cell(cells, col[3]!), url: cell(cells, col[4]!), date: cell(cells, col[5]!), volume: cell(cells, col[6]!) };
    const r = normaliseObservation(raw, { file, line });
    if (r.problem) rowProblems.push(r.problem);
    else observations.push(r.observation!);
  });
  const problems: InputProblem[] = unterminated !== null ? [{ file, line: unterminated, message: 'a quoted field is never closed: the rest of the file is ignored' }] : [];
  if (!header) return { observations, problems: [...problems, { file, message: 'empty file' }] };
  if (missing) return { observations: [], problems: [...problems, { file, line: 1, message: `no "${missing}" column (expected header ${RANKINGS_COLUMNS.join(',')})` }] };
  for (const p of rowProblems) problems.push(p);
  return { observations, problems };
}
