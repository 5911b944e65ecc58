/**
 * Reads the audit's imported inputs (rankings, queries, indexed-pages exports), keeping every
 * malformed row as a line-numbered problem so one bad row never loses the file.
 */
import { readFileSync } from 'node:fs';
import type { RankObservation } from '../analyze/types.js';
import { parseRankingsCsv } from '../analyze/ranking/import-csv.js';
import { parseRankingsJson } from '../analyze/ranking/import-json.js';
import { parseGscQueriesAsRankings } from '../analyze/ranking/import-gsc.js';
import { parseQueriesCsv, type QueryRow } from '../analyze/relevance/import-queries.js';
import { InputError, type InputProblem } from '../util/errors.js';

export function readInputFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : (err as Error).message;
    throw new InputError(`${what} ${file}: ${why}`);
  }
}

const GSC_HEADER = /^\uFEFF?\s*"?(top queries|requêtes les plus fréquentes|requetes les plus frequentes)/i;

/** A rankings file: JSON, a Search Console performance export, or the plain rankings CSV. */
export function readRankings(
  file: string,
  opts: { market: string; siteUrl: string },
): { observations: RankObservation[]; problems: InputProblem[] } {
  const text = readInputFile(file, 'rankings file');
  const parsed = file.toLowerCase().endsWith('.json')
    ? parseRankingsJson(text, file)
    : GSC_HEADER.test(text.slice(0, 200))
      ? parseGscQueriesAsRankings(text, file, { market: opts.market })
      : parseRankingsCsv(text, file);
  // Rank exports often give the ranking page as a path: it is the audited site's page.
  const observations = parsed.observations.map((o) =>
    o.url && o.url.startsWith('/') ? { ...o, url: new URL(o.url, opts.siteUrl).href } : o,
  );
  return { observations, problems: parsed.problems };
}

export function readQueries(files: string[]): { rows: QueryRow[]; problems: InputProblem[] } {
  const rows: QueryRow[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const parsed = parseQueriesCsv(readInputFile(file, 'queries file'), file);
    rows.push(...parsed.rows);
    problems.push(...parsed.problems);
  }
  return { rows, problems };
}
