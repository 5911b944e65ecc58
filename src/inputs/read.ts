/**
 * Reads the audit's imported inputs (rankings, queries, keywords files), keeping every malformed
 * row as a line-numbered problem so one bad row never loses the file. A file with nothing usable in
 * it (empty, wrong headers, not JSON) is an input error (exit 2) before the crawl, unless the user
 * asked to go on without it (--skip-bad-input).
 *
 * Cost is linear in the file: one decode, one pass of the CSV reader, one pass over the rows. Rows
 * whose keyword or query is longer than any search engine accepts are problems, not keywords: a
 * 1 MB cell would otherwise travel into the renderers, whose table layout is quadratic in a cell's width.
 */
import { readFileSync } from 'node:fs';
import type { RankObservation, TargetKeyword } from '../analyze/types.js';
import { parseRankingsCsv } from '../analyze/ranking/import-csv.js';
import { parseRankingsJson } from '../analyze/ranking/import-json.js';
import { parseGscQueriesAsRankings } from '../analyze/ranking/import-gsc.js';
import { parseQueriesCsv, type QueryRow } from '../analyze/relevance/import-queries.js';
import { parseKeywordsFile } from './keywords-file.js';
import { InputError, type InputProblem } from '../util/errors.js';
import { decodeText } from './decode-text.js';

/** Google's limit on a query's length: anything longer is not a keyword anyone searched. */
export const MAX_KEYWORD_CHARS = 2048;

export interface InputOptions {
  /** --skip-bad-input: an unusable file is a problem in the report instead of exit 2. */
  skipBadInput?: boolean;
}

/** A file's text, decoded whatever its encoding (for callers that keep no problem list). */
export function readInputFile(file: string, what: string): string {
  return readInputText(file, what).text;
}

/** A file's text, decoded whatever its encoding, with a problem line when it was not UTF-8. */
export function readInputText(file: string, what: string): { text: string; problems: InputProblem[] } {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new InputError(`${what} ${file}: ${why}`);
  }
  const { text, encoding } = decodeText(buf);
  const problems: InputProblem[] =
    encoding === 'windows-1252'
      ? [{ file, message: 'not valid UTF-8: read as Windows-1252 (save it as "CSV UTF-8" to be sure of accented letters)' }]
      : encoding !== 'utf-8'
        ? [{ file, message: `read as ${encoding.toUpperCase()} (byte-order mark)` }]
        : [];
  return { text, problems };
}

/** Nothing usable in the file: stop before the crawl (exit 2), or keep the reason as a problem. */
function unusable(what: string, file: string, problems: InputProblem[], opts: InputOptions): void {
  const first = problems.find((p) => !/^not valid UTF-8|^read as UTF-16/.test(p.message));
  const why = first ? `${first.line ? `line ${first.line}: ` : ''}${first.message}` : 'no rows';
  if (!opts.skipBadInput) throw new InputError(`${what} ${file}: nothing usable (${why}); fix it, or give --skip-bad-input to audit without it`);
  problems.push({ file, message: `${what} left out: nothing usable (${why})` });
}

/** The items whose text a search engine would accept; each one left out is a problem line. */
function withinLength<T>(items: T[], textOf: (item: T) => string, noun: string, file: string, problems: InputProblem[]): T[] {
  return items.filter((item) => {
    const length = textOf(item).length;
    if (length <= MAX_KEYWORD_CHARS) return true;
    problems.push({ file, message: `a ${noun} of ${length} characters left out (longer than the ${MAX_KEYWORD_CHARS} a search engine accepts)` });
    return false;
  });
}

const GSC_HEADER = /^\uFEFF?\s*"?(top queries|requêtes les plus fréquentes|requetes les plus frequentes)/i;

/**
 * A rankings file: JSON, a Search Console performance export, or the plain rankings CSV. URLs given
 * as paths stay paths here (the site is known only after the crawl): see resolveRankingUrls.
 */
export function readRankings(file: string, opts: { market: string } & InputOptions): { observations: RankObservation[]; problems: InputProblem[] } {
  const { text, problems } = readInputText(file, 'rankings file');
  const parsed = file.toLowerCase().endsWith('.json')
    ? parseRankingsJson(text, file)
    : GSC_HEADER.test(text.slice(0, 200))
      ? parseGscQueriesAsRankings(text, file, { market: opts.market })
      : parseRankingsCsv(text, file);
  problems.push(...parsed.problems);
  const observations = withinLength(parsed.observations, (o) => o.keyword, 'keyword', file, problems);
  if (!observations.length) unusable('rankings file', file, problems, opts);
  return { observations, problems };
}

/**
 * Rank exports often give the ranking page as a path: it is the audited site's page. The
 * observations are the parser's own fresh objects: changed in place rather than copied (a big
 * export's copies would be garbage the audit then has to collect).
 */
export function resolveRankingUrls(observations: RankObservation[], siteUrl: string): RankObservation[] {
  const resolved = new Map<string, string>();
  for (const o of observations) {
    if (!o.url || !o.url.startsWith('/')) continue;
    let href = resolved.get(o.url);
    if (href === undefined) resolved.set(o.url, (href = new URL(o.url, siteUrl).href));
    o.url = href;
  }
  return observations;
}

export function readQueries(files: string[], opts: InputOptions = {}): { rows: QueryRow[]; problems: InputProblem[] } {
  const rows: QueryRow[] = [];
  const problems: InputProblem[] = [];
  for (const file of files) {
    const read = readInputText(file, 'queries file');
    const parsed = parseQueriesCsv(read.text, file);
    const fileProblems = [...read.problems, ...parsed.problems];
    const kept = withinLength(parsed.rows, (r) => r.query, 'query', file, fileProblems);
    if (!kept.length) unusable('queries file', file, fileProblems, opts);
    for (const r of kept) rows.push(r);
    problems.push(...fileProblems);
  }
  return { rows, problems };
}

export function readKeywordsFile(file: string, opts: InputOptions = {}): { keywords: TargetKeyword[]; problems: InputProblem[] } {
  const read = readInputText(file, 'keywords file');
  const parsed = parseKeywordsFile(read.text, file);
  const problems = [...read.problems, ...parsed.problems];
  const keywords = withinLength(parsed.keywords, (k) => k.keyword, 'keyword', file, problems);
  if (!keywords.length) unusable('keywords file', file, problems, opts);
  return { keywords, problems };
}
