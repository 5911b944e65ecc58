/**
 * The history of periodic audits: one gzipped JSON report per run, named by its timestamp so that
 * a folder listing is the timeline. Each site and crawl scope has a folder of its own under the
 * history folder (site-key.ts), so a diff never compares two sites. Runs are written through a
 * temporary file and a rename: a full disk never leaves a truncated run behind. An interrupted
 * run is kept under another suffix, outside the timeline: it is never the next run's baseline.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { makeFolder } from '../util/make-folder.js';
import { basename, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { SCHEMA_VERSION, type Report } from '../report/types.js';
import { InputError } from '../util/errors.js';
import { writeFileAtomic } from '../util/atomic-file.js';

const SUFFIX = '-report.json.gz';
/** Interrupted runs: kept for the record, never read as a baseline nor drawn in the trend. */
export const PARTIAL_SUFFIX = '-partial.json.gz';

/** A run file that could not be saved: the report itself is intact, the CLI says so and exits 4. */
export class HistoryWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryWriteError';
  }
}

/** A report written by an older refaudit (schemaVersion 1: positional table rows, capped findings). */
export class OldReportError extends InputError {
  constructor(readonly file: string) {
    super(`report ${file}: schemaVersion 1, written by an older refaudit; this one reads schemaVersion ${SCHEMA_VERSION} (run the audit again to compare)`);
  }
}

export interface RunSummary {
  date: string;
  coverage: number | null;
  relevance: number | null;
  ranking: number | null;
}

export function saveRun(dir: string, report: Report, opts: { partial?: boolean } = {}): string {
  const suffix = opts.partial ? PARTIAL_SUFFIX : SUFFIX;
  try {
    makeFolder(dir);
    // Milliseconds kept, and a counter if needed: two runs in one second must not overwrite each other.
    const stem = report.generatedAt.replace(/:/g, '-');
    let file = join(dir, `${stem}${suffix}`);
    for (let n = 2; existsSync(file); n++) file = join(dir, `${stem}-${n}${suffix}`);
    writeFileAtomic(file, gzipSync(JSON.stringify(report)));
    return file;
  } catch (err) {
    throw new HistoryWriteError(`history ${dir}: the run could not be saved (${(err as Error).message}); the report above is complete, the next run will compare with the previous saved one`);
  }
}

/** `2026-11-24T06-00-00.000Z` (the generatedAt of saveRun, `:` made `-`), then `-2`, `-3`… on a clash. */
const STAMP = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}(?:\.\d+)?Z)(?:-(\d+))?$/;

/** The time a run file's name says, and its clash counter (1 for the first run of that time). */
function parseRunName(name: string): { stem: string; n: number; time: number | null } {
  const base = name.slice(0, -SUFFIX.length);
  const m = STAMP.exec(base);
  if (!m) return { stem: base, n: 1, time: null };
  const time = Date.parse(`${m[1]}:${m[2]}:${m[3]}`);
  return { stem: base.slice(0, base.length - (m[4] ? m[4].length + 1 : 0)), n: m[4] ? Number(m[4]) : 1, time: Number.isNaN(time) ? null : time };
}

/**
 * The run files, oldest first. Sorted by time, then clash counter: a plain name sort would put
 * `…Z-2-report` (saved second) before `…Z-report`, and `-10` before `-2`.
 */
export function runFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith(SUFFIX));
  } catch {
    return [];
  }
  const keyed = names.map((f) => ({ f, ...parseRunName(f) }));
  keyed.sort((a, b) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : a.n - b.n || (a.f < b.f ? -1 : a.f > b.f ? 1 : 0)));
  return keyed.map((k) => join(dir, k.f));
}

export function loadRun(path: string): Report {
  let raw: Buffer;
  let r: { schemaVersion?: unknown; steps?: unknown; measurements?: unknown };
  try {
    raw = readFileSync(path);
  } catch (err) {
    throw new InputError(`report ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    r = JSON.parse(text) as { schemaVersion?: unknown; steps?: unknown; measurements?: unknown };
  } catch (err) {
    throw new InputError(`report ${path}: unreadable (${(err as Error).message.split('\n')[0]})`);
  }
  if (r?.schemaVersion === 1) throw new OldReportError(path);
  if (r?.schemaVersion !== SCHEMA_VERSION || !Array.isArray(r.steps) || !r.measurements) {
    throw new InputError(`report ${path}: not a refaudit report (schemaVersion ${SCHEMA_VERSION})`);
  }
  return r as Report;
}

/**
 * The latest run of the folder, or with `before` the latest run strictly before that time (to diff a
 * run against the one before it). A run's time is the one its file name holds (saveRun names it by
 * the report's generatedAt); a run file named otherwise is read for its generatedAt, and skipped if
 * unreadable. Null when there is no such run.
 */
export function latestRun(dir: string, before?: Date | string): { file: string; report: Report } | null {
  const files = runFiles(dir);
  if (before === undefined) return readHistory(dir).previous;
  const limit = before instanceof Date ? before.getTime() : Date.parse(before);
  if (Number.isNaN(limit)) throw new InputError(`history: not a date and time: ${JSON.stringify(String(before))}`);
  let best: { file: string; time: number; report?: Report } | null = null;
  for (const file of files) {
    let time = parseRunName(basename(file)).time;
    let report: Report | undefined;
    if (time === null) {
      try {
        report = loadRun(file);
        time = Date.parse(report.generatedAt);
      } catch {
        continue;
      }
      if (Number.isNaN(time)) continue;
    }
    // Files come oldest first, so on equal times the later file (higher clash counter) wins.
    if (time < limit && (!best || time >= best.time)) best = { file, time, ...(report ? { report } : {}) };
  }
  return best ? { file: best.file, report: best.report ?? loadRun(best.file) } : null;
}

/** The scores of every stored run, oldest first; unreadable runs are skipped (the trend goes on). */
export function listRuns(dir: string): { file: string; summary: RunSummary }[] {
  const out: { file: string; summary: RunSummary }[] = [];
  for (const file of runFiles(dir)) {
    try {
      const r = loadRun(file);
      out.push({ file, summary: { date: r.generatedAt, coverage: r.scores.coverage.value, relevance: r.scores.relevance.value, ranking: r.scores.ranking.value } });
    } catch {
      /* a corrupt old run must not stop today's audit */
    }
  }
  return out;
}

export interface HistoryRead {
  /** The latest readable run: the baseline of the diff. */
  previous: { file: string; report: Report } | null;
  /** Every readable run's scores, oldest first. */
  summaries: RunSummary[];
  /** Run files that could not be read (truncated, not a report): skipped, for one warning line. */
  unreadable: string[];
  /** Runs written by an older refaudit (schemaVersion 1): skipped, for one warning line. */
  old: string[];
}

/** The folder's runs, each read once; an unreadable one is skipped (a corrupt run must not stop today's audit). */
export function readHistory(dir: string): HistoryRead {
  const out: HistoryRead = { previous: null, summaries: [], unreadable: [], old: [] };
  for (const file of runFiles(dir)) {
    let r: Report;
    try {
      r = loadRun(file);
    } catch (err) {
      (err instanceof OldReportError ? out.old : out.unreadable).push(file);
      continue;
    }
    out.previous = { file, report: r };
    out.summaries.push({ date: r.generatedAt, coverage: r.scores.coverage.value, relevance: r.scores.relevance.value, ranking: r.scores.ranking.value });
  }
  return out;
}
