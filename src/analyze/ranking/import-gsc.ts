/**
 * A Search Console performance export ("Queries.csv"): top queries with clicks, impressions, CTR
 * and average position, in English or French headers. Each row becomes a Google observation at
 * its average position (kept with its decimal: it is an average over impressions).
 */
import type { RankObservation } from '../types.js';
import type { InputProblem } from '../../util/errors.js';
import { eachCsvRow, headerIndex, parseNumber } from '../../util/csv.js';

export interface GscRow {
  query: string;
  clicks: number | null;
  impressions: number | null;
  ctr: number | null;
  position: number | null;
  line: number;
}

const QUERY = ['top queries', 'requêtes les plus fréquentes', 'requetes les plus frequentes', 'query', 'queries', 'requête', 'requete'];
const CLICKS = ['clicks', 'clics'];
const IMPRESSIONS = ['impressions'];
const CTR = ['ctr'];
const POSITION = ['position', 'average position', 'position moyenne'];

const find = (idx: Map<string, number>, names: string[]) => names.map((n) => idx.get(n)).find((i) => i !== undefined);

/** A number cell, null when the column is absent or the cell empty; a problem message when not a number. */
function numberAt(cells: string[], i: number | undefined): number | null | string {
  if (i === undefined) return null;
  const n = parseNumber(cells[i]);
  return n !== null && Number.isNaN(n) ? `"${cells[i]}" is not a number` : n;
}

export function parseGscQueries(text: string, file: string): { rows: GscRow[]; problems: InputProblem[] } {
  const rowProblems: InputProblem[] = [];
  const out: GscRow[] = [];
  let header = false;
  let qi: number | undefined;
  let cols: (number | undefined)[] = [];
  // Rows are read as the CSV reader ends them: a 200,000-row export is never held as rows of cells.
  const unterminated = eachCsvRow(text, (cells, line) => {
    if (!header) {
      header = true;
      const idx = headerIndex(cells);
      qi = find(idx, QUERY);
      cols = [find(idx, CLICKS), find(idx, IMPRESSIONS), find(idx, CTR), find(idx, POSITION)];
      return;
    }
    if (qi === undefined) return;
    const query = (cells[qi] ?? '').trim();
    if (!query) {
      rowProblems.push({ file, line, message: 'empty query' });
      return;
    }
    const clicks = numberAt(cells, cols[0]);
    const impressions = numberAt(cells, cols[1]);
    const ctr = numberAt(cells, cols[2]);
    const position = numberAt(cells, cols[3]);
    const bad = typeof clicks === 'string' ? `clicks ${clicks}` : typeof impressions === 'string' ? `impressions ${impressions}` : typeof ctr === 'string' ? `CTR ${ctr}` : typeof position === 'string' ? `position ${position}` : null;
    if (bad !== null) rowProblems.push({ file, line, message: bad });
    else out.push({ query, clicks: clicks as number | null, impressions: impressions as number | null, ctr: ctr as number | null, position: position as number | null, line });
  });
  const problems: InputProblem[] = unterminated !== null ? [{ file, line: unterminated, message: 'a quoted field is never closed: the rest of the file is ignored' }] : [];
  if (!header) return { rows: [], problems: [...problems, { file, message: 'empty file' }] };
  if (qi === undefined) return { rows: [], problems: [...problems, { file, line: 1, message: 'no query column ("Top queries", "Requêtes les plus fréquentes" or "query")' }] };
  for (const p of rowProblems) problems.push(p);
  return { rows: out, problems };
}

export function parseGscQueriesAsRankings(text: string, file: string, opts: { market: string }): { observations: RankObservation[]; problems: InputProblem[] } {
  const { rows, problems } = parseGscQueries(text, file);
  const observations = rows
    .filter((r) => r.position !== null)
    .map((r) => ({ keyword: r.query, engine: 'google', market: opts.market, position: r.position, url: null, date: null, volume: null, source: file }));
  return { observations, problems };
}
