/**
 * The history of periodic audits: one gzipped JSON report per run, named by its timestamp so that
 * a folder listing is the timeline.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Report } from '../report/types.js';
import { InputError } from '../util/errors.js';

const SUFFIX = '-report.json.gz';

export interface RunSummary {
  date: string;
  coverage: number | null;
  relevance: number | null;
  ranking: number | null;
}

export function saveRun(dir: string, report: Report): string {
  try {
    mkdirSync(dir, { recursive: true });
    // Milliseconds kept, and a counter if needed: two runs in one second must not overwrite each other.
    const stem = report.generatedAt.replace(/:/g, '-');
    let file = join(dir, `${stem}${SUFFIX}`);
    for (let n = 2; existsSync(file); n++) file = join(dir, `${stem}-${n}${SUFFIX}`);
    writeFileSync(file, gzipSync(JSON.stringify(report)));
    return file;
  } catch (err) {
    throw new InputError(`history ${dir}: cannot save the run (${(err as Error).message})`);
  }
}

export function runFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(SUFFIX)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

export function loadRun(path: string): Report {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    throw new InputError(`report ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  try {
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    const r = JSON.parse(text) as Report;
    if (r.schemaVersion !== 1 || !Array.isArray(r.steps) || !r.measurements) throw new Error('not a refaudit report (schemaVersion 1)');
    return r;
  } catch (err) {
    throw new InputError(`report ${path}: unreadable (${(err as Error).message.split('\n')[0]})`);
  }
}

export function latestRun(dir: string): { file: string; report: Report } | null {
  const files = runFiles(dir);
  const last = files[files.length - 1];
  return last ? { file: last, report: loadRun(last) } : null;
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
