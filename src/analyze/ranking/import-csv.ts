/**
 * The plain rankings CSV: `keyword,engine,market,position,url,date,volume` (any column order).
 * An empty position means "not in the results fetched". A bad row is reported with its line
 * number and the other rows are kept.
 */
import type { RankObservation } from '../types.js';
import type { InputProblem } from '../../util/errors.js';
import { headerIndex, parseCsv, parseNumber } from '../../util/csv.js';

export const RANKINGS_COLUMNS = ['keyword', 'engine', 'market', 'position', 'url', 'date', 'volume'] as const;

export function normaliseObservation(
  raw: Record<string, unknown>,
  where: { file: string; line?: number },
): { observation?: RankObservation; problem?: InputProblem } {
  const problem = (message: string, field?: string) => ({ problem: { file: where.file, ...(where.line ? { line: where.line } : {}), ...(field ? { field } : {}), message } });
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
  const keyword = str(raw.keyword);
  const engine = str(raw.engine).toLowerCase();
  if (!keyword) return problem('keyword is empty', 'keyword');
  if (!/^[a-z][a-z0-9-]*$/.test(engine)) return problem(`engine "${str(raw.engine)}" is not an engine id like google or bing`, 'engine');
  const posRaw = str(raw.position);
  let position: number | null = null;
  if (posRaw !== '') {
    const n = parseNumber(posRaw);
    if (n === null || Number.isNaN(n) || n < 1 || n > 1000) return problem(`position "${posRaw}" is not a number from 1 to 1000 (leave it empty for "not ranked")`, 'position');
    position = n;
  }
  const volRaw = str(raw.volume);
  const volume = volRaw === '' ? null : parseNumber(volRaw);
  if (volume !== null && (Number.isNaN(volume) || volume < 0)) return problem(`volume "${volRaw}" is not a number`, 'volume');
  const date = str(raw.date) || null;
  if (date && !/^\d{4}-\d{2}-\d{2}/.test(date)) return problem(`date "${date}" is not an ISO date (YYYY-MM-DD)`, 'date');
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
  const { rows, unterminated } = parseCsv(text);
  const problems: InputProblem[] = [];
  const observations: RankObservation[] = [];
  if (unterminated !== null) problems.push({ file, line: unterminated, message: 'a quoted field is never closed: the rest of the file is ignored' });
  const header = rows[0];
  if (!header) return { observations, problems: [...problems, { file, message: 'empty file' }] };
  const idx = headerIndex(header.cells);
  for (const required of ['keyword', 'engine', 'position'] as const) {
    if (!idx.has(required)) {
      return { observations, problems: [...problems, { file, line: 1, message: `no "${required}" column (expected header ${RANKINGS_COLUMNS.join(',')})` }] };
    }
  }
  for (const row of rows.slice(1)) {
    const raw: Record<string, unknown> = {};
    for (const col of RANKINGS_COLUMNS) {
      const i = idx.get(col);
      if (i !== undefined) raw[col] = row.cells[i] ?? '';
    }
    if (row.cells.length < idx.size && row.cells.length < 3) {
      problems.push({ file, line: row.line, message: `${row.cells.length} fields, expected ${idx.size}` });
      continue;
    }
    const r = normaliseObservation(raw, { file, line: row.line });
    if (r.problem) problems.push(r.problem);
    else observations.push(r.observation!);
  }
  return { observations, problems };
}
