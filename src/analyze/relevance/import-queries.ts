/**
 * Visitors' words: a Search Console "Queries" export (English or French headers) or any CSV with a
 * `query` column (optional `impressions`, `clicks`).
 */
import { parseGscQueries } from '../ranking/import-gsc.js';
import type { InputProblem } from '../../util/errors.js';

export interface QueryRow {
  query: string;
  impressions: number | null;
  clicks: number | null;
  position: number | null;
  source: string;
}

export function parseQueriesCsv(text: string, file: string): { rows: QueryRow[]; problems: InputProblem[] } {
  const { rows, problems } = parseGscQueries(text, file);
  return {
    rows: rows.map((r) => ({ query: r.query, impressions: r.impressions, clicks: r.clicks, position: r.position, source: file })),
    problems,
  };
}
