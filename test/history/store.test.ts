/**
 * The history store's timeline: runs in time order (clash counters included) and latestRun, with
 * and without `before`.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { OldReportError, latestRun, listRuns, loadRun, runFiles, saveRun } from '../../src/history/store.js';
import type { Report } from '../../src/report/types.js';
import { sampleReport } from '../support/sample-report.js';

function runAt(at: string, pagesCrawled = 1): Report {
  const r = sampleReport();
  r.generatedAt = at;
  r.site.pagesCrawled = pagesCrawled;
  return r;
}

/** A history folder with runs on three Mondays, saved out of order. */
function history(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refaudit-store-'));
  saveRun(dir, runAt('2026-11-24T06:00:00.000Z'));
  saveRun(dir, runAt('2026-11-10T06:00:00.000Z'));
  saveRun(dir, runAt('2026-11-17T06:00:00.000Z'));
  return dir;
}

describe('latestRun', () => {
  it('without `before`, is the newest run (as before the option existed)', () => {
    const dir = history();
    const last = latestRun(dir);
    expect(last?.report.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(basename(last!.file)).toBe('2026-11-24T06-00-00.000Z-report.json.gz');
  });

  it('is null for an empty or missing folder, with or without `before`', () => {
    const empty = mkdtempSync(join(tmpdir(), 'refaudit-store-empty-'));
    expect(latestRun(empty)).toBeNull();
    expect(latestRun(join(empty, 'missing'))).toBeNull();
    expect(latestRun(join(empty, 'missing'), '2030-01-01T00:00:00Z')).toBeNull();
  });

  it('with `before`, is the latest run strictly before that time (a Date or an ISO string)', () => {
    const dir = history();
    expect(latestRun(dir, '2026-11-24T06:00:00.000Z')?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
    expect(latestRun(dir, new Date('2026-11-24T06:00:00.000Z'))?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
    // One millisecond later, the run at that time counts.
    expect(latestRun(dir, '2026-11-24T06:00:00.001Z')?.report.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(latestRun(dir, '2026-11-20')?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
    // A time with an offset is the same instant as in UTC.
    expect(latestRun(dir, '2026-11-17T07:00:00.000+01:00')?.report.generatedAt).toBe('2026-11-10T06:00:00.000Z');
    expect(latestRun(dir, '2026-11-17T07:00:00.001+01:00')?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
  });

  it('with `before` at or before the first run, is null', () => {
    const dir = history();
    expect(latestRun(dir, '2026-11-10T06:00:00.000Z')).toBeNull();
    expect(latestRun(dir, new Date('2020-01-01T00:00:00Z'))).toBeNull();
  });

  it('compares against the run before a given one, as `diff` needs', () => {
    const dir = history();
    const given = latestRun(dir)!;
    const previous = latestRun(dir, given.report.generatedAt);
    expect(previous?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
    expect(previous?.file).not.toBe(given.file);
  });

  it('rejects a `before` that is no date, naming it', () => {
    expect(() => latestRun(history(), 'last tuesday')).toThrow('history: not a date and time: "last tuesday"');
    expect(() => latestRun(history(), new Date('nope'))).toThrow(/not a date and time/);
  });

  it('reads the time of a run file named otherwise from the report itself', () => {
    const dir = history();
    // A report copied into the folder by hand: its name sorts last but its run is the oldest.
    writeFileSync(join(dir, 'zz-imported-report.json.gz'), gzipSync(JSON.stringify(runAt('2026-11-03T06:00:00.000Z', 7))));
    expect(latestRun(dir, '2026-11-10T00:00:00Z')?.report.site.pagesCrawled).toBe(7);
    expect(latestRun(dir, '2026-11-18T00:00:00Z')?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
    // And an unreadable one of those is skipped, not fatal.
    writeFileSync(join(dir, 'broken-report.json.gz'), 'not gzip, not json');
    expect(latestRun(dir, '2026-11-18T00:00:00Z')?.report.generatedAt).toBe('2026-11-17T06:00:00.000Z');
  });
});

describe('runFiles', () => {
  it('orders two runs saved in the same millisecond by when they were saved', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-store-clash-'));
    const at = '2026-11-24T06:00:00.000Z';
    const first = saveRun(dir, runAt(at, 1));
    const second = saveRun(dir, runAt(at, 2));
    expect(basename(second)).toBe('2026-11-24T06-00-00.000Z-2-report.json.gz');
    expect(runFiles(dir)).toEqual([first, second]);
    // A plain name sort put `…Z-2-report` before `…Z-report`, so latestRun returned the older run.
    expect(latestRun(dir)?.report.site.pagesCrawled).toBe(2);
    expect(latestRun(dir, '2026-11-24T06:00:00.001Z')?.report.site.pagesCrawled).toBe(2);
  });

  it('orders clash counters numerically (10 after 9)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-store-counters-'));
    const at = '2026-11-24T06:00:00.000Z';
    const files = Array.from({ length: 10 }, (_, i) => saveRun(dir, runAt(at, i + 1)));
    expect(runFiles(dir)).toEqual(files);
    expect(latestRun(dir)?.report.site.pagesCrawled).toBe(10);
  });

  it('keeps time order across days and ignores files that are not runs', () => {
    const dir = history();
    copyFileSync(runFiles(dir)[0]!, join(dir, 'notes.json.gz'));
    writeFileSync(join(dir, 'README'), 'x');
    expect(runFiles(dir).map((f) => basename(f))).toEqual([
      '2026-11-10T06-00-00.000Z-report.json.gz',
      '2026-11-17T06-00-00.000Z-report.json.gz',
      '2026-11-24T06-00-00.000Z-report.json.gz',
    ]);
  });
});

describe('runs written by an older refaudit (schemaVersion 1)', () => {
  it('are skipped by latestRun and listRuns, and loadRun says why in one line', () => {
    const dir = history();
    const old = { ...runAt('2026-12-01T06:00:00.000Z'), schemaVersion: 1 };
    writeFileSync(join(dir, '2026-12-01T06-00-00.000Z-report.json.gz'), gzipSync(JSON.stringify(old)));
    expect(runFiles(dir)).toHaveLength(4);
    // The newest file is a version-1 run: the diff compares with the newest readable one instead.
    expect(latestRun(dir)?.report.generatedAt).toBe('2026-11-24T06:00:00.000Z');
    expect(listRuns(dir).map((r) => r.summary.date)).toEqual(['2026-11-10T06:00:00.000Z', '2026-11-17T06:00:00.000Z', '2026-11-24T06:00:00.000Z']);
    const file = join(dir, '2026-12-01T06-00-00.000Z-report.json.gz');
    expect(() => loadRun(file)).toThrow(OldReportError);
    expect(() => loadRun(file)).toThrow(/^report .*: schemaVersion 1, written by an older refaudit; this one reads schemaVersion 2 \(run the audit again to compare\)$/);
  });
});
