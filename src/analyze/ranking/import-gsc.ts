/**
 * A Search Console performance export ("Queries.csv"): top queries with clicks, impressions, CTR
 * and average position, in English or French headers. Each row becomes a Google observation at
 * its average position (kept with its decimal: it is an average over impressions).
 */
import type { RankObservation } from '../types.js';
import type { InputProblem } from '../../util/errors.js';
import { headerIndex, parseCsv, parseNumber } from '../../util/csv.js';

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

export function parseGscQueries(text: string, file: string): { rows: GscRow[]; problems: InputProblem[] } {
  const { rows, unterminated } = parseCsv(text);
  const problems: InputProblem[] = [];
  if (unterminated !== null) problems.push({ file, line: unterminated, message: 'a quoted field is never closed: the rest of the file is ignored' });
  const header = rows[0];
  if (!header) return { rows: [], problems: [...problems, { file, message: 'empty file' }] };
  const idx = headerIndex(header.cells);
  const qi = find(idx, QUERY);
  if (qi === undefined) return { rows: [], problems: [...problems, { file, line: 1, message: 'no query column ("Top queries", "Requêtes les plus fréquentes" or "query")' }] };
  const ci = find(idx, CLICKS);
  const ii = find(idx, IMPRESSIONS);
  const ti = find(idx, CTR);
  const pi = find(idx, POSITION);
  const out: GscRow[] = [];
  for (const row of rows.slice(1)) {
    const query = (row.cells[qi] ?? '').trim();
    if (!query) {
      problems.push({ file, line: row.line, message: 'empty query' });
      continue;
    }
    const num = (i: number | undefined, name: string) => {
      if (i === undefined) return null;
      const n = parseNumber(row.cells[i]);
      if (n !== null && Number.isNaN(n)) throw new Error(`${name} "${row.cells[i]}" is not a number`);
      return n;
    };
    try {
      out.push({ query, clicks: num(ci, 'clicks'), impressions: num(ii, 'impressions'), ctr: num(ti, 'CTR'), position: num(pi, 'position'), line: row.line });
    } catch (err) {
      problems.push({ file, line: row.line, message: (err as Error).message });
    }
  }
  return { rows: out, problems };
}

export function parseGscQueriesAsRankings(text: string, file: string, opts: { market: string }): { observations: RankObservation[]; problems: InputProblem[] } {
  const { rows, problems } = parseGscQueries(text, file);
  const observations = rows
    .filter((r) => r.position !== null)
    .map((r) => ({ keyword: r.query, engine: 'google', market: opts.market, position: r.position, url: null, date: null, volume: null, source: file }));
  return { observations, problems };
}
