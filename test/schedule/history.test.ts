/**
 * The history as cron uses it: per site, never corrupted by a failed write, an unreadable run
 * skipped with one warning, an interrupted run never the baseline, and a failed history write that
 * still prints the whole report (exit 4). Real child processes against sites served on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/serve/static-server.js';
import { serveLocal, type LocalServer } from '../support/local-server.js';
import { BASIC_SITE, BIN, ROOT, runCli } from './support.js';

type Server = Awaited<ReturnType<typeof serveDirectory>>;
let basic: Server;
let demo: Server;
let slow: LocalServer;
let slowServed = 0;

beforeAll(async () => {
  basic = await serveDirectory(BASIC_SITE, { port: 0 });
  demo = await serveDirectory(join(ROOT, 'fixtures/test-sites/basic'), { port: 0 });
  // 40 pages, five links each, answering after 150 ms: a crawl of a few seconds, long enough to interrupt.
  slow = await serveLocal((req, res) => {
    const m = /^\/(?:n\/(\d+))?$/.exec(req.url ?? '');
    const i = Number(m?.[1] ?? 0);
    if (!m || i >= 40) return void res.writeHead(404).end();
    slowServed += 1;
    setTimeout(() => {
      const links = [1, 2, 3, 4, 5].map((k) => `<a href="/n/${(i * 5 + k) % 40}">page ${(i * 5 + k) % 40}</a>`).join(' ');
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html lang="fr"><head><title>Page ${i}</title></head><body><h1>Page ${i}</h1><p>${'séjour désert '.repeat(40)}</p>${links}</body></html>`);
    }, 150);
  });
});
afterAll(async () => {
  await Promise.all([basic.close(), demo.close(), slow.close()]);
});

const runsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('-report.json.gz')).sort();
const step8 = (stdout: string) => (JSON.parse(stdout) as { steps: { id: string; summary: string; tables: { id: string; rows: unknown[][] }[] }[] }).steps.find((s) => s.id === 'periodic')!;

describe('history kept per site', () => {
  it('two sites audited with one history folder never diff against each other', async () => {
    const history = mkdtempSync(join(tmpdir(), 'refaudit-hist-'));
    const a = await runCli(['audit', basic.url, '--no-config', '--history', history, '--format', 'json', '--fail-on', 'regression']);
    expect(a.code, a.stderr).toBe(0);
    // The same pages on another port: another site. Without per-site folders it was diffed against the first.
    const b = await runCli(['audit', demo.url, '--no-config', '--history', history, '--format', 'json', '--fail-on', 'regression']);
    expect(b.code, b.stderr).toBe(0);
    expect(step8(b.stdout).summary).toMatch(/^First run in this history/);
    const folders = readdirSync(history).sort();
    expect(folders).toHaveLength(2);
    for (const f of folders) expect(runsIn(join(history, f))).toHaveLength(1);
    // Another scope of the same site (--exclude) starts its own timeline too.
    const c = await runCli(['audit', basic.url, '--no-config', '--history', history, '--format', 'json', '--exclude', '/blog/**']);
    expect(step8(c.stdout).summary).toMatch(/^First run in this history/);
    expect(readdirSync(history)).toHaveLength(3);
    // The same site and scope again: compared with its own first run.
    const d = await runCli(['audit', basic.url, '--no-config', '--history', history, '--format', 'json']);
    expect(step8(d.stdout).summary).toMatch(/^Since \d{4}-\d{2}-\d{2}: 0 new and 0 fixed/);
  }, 60_000);

  it('skips an unreadable run with one warning line and compares with the last readable one', async () => {
    const history = mkdtempSync(join(tmpdir(), 'refaudit-hist-'));
    const args = ['audit', basic.url, '--no-config', '--history', history, '--format', 'json', '--fail-on', 'regression'];
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli(args)).code).toBe(0);
    const [folder] = readdirSync(history);
    const dir = join(history, folder!);
    const files = runsIn(dir);
    // The latest run cut in half, as a full disk left it before runs were written atomically.
    const last = join(dir, files[1]!);
    truncateSync(last, Math.floor(statSync(last).size / 2));
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => /history: /.test(l));
    expect(warnings).toEqual([`refaudit: warning: history: 1 unreadable run file(s) skipped (${files[1]} in ${dir})`]);
    expect(step8(r.stdout).summary).toMatch(/^Since /);
  }, 60_000);

  it('a history write that fails (disk full) still prints the whole report, then exits 4, leaving no partial run', async () => {
    const history = mkdtempSync(join(tmpdir(), 'refaudit-full-disk-'));
    const r = await runCli(['audit', basic.url, '--no-config', '--history', history, '--format', 'json'], { env: { REFAUDIT_TEST_ENOSPC: 'refaudit-full-disk-' } });
    expect(r.code).toBe(4);
    expect(JSON.parse(r.stdout).steps).toHaveLength(8);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^refaudit: history .*: the run could not be saved \(ENOSPC: no space left on device, write\); the report above is complete/);
    const [folder] = readdirSync(history);
    expect(readdirSync(join(history, folder!))).toEqual([]);
  }, 60_000);

  it('a report that cannot be written (disk full) exits 4 and leaves no partial file', async () => {
    const out = mkdtempSync(join(tmpdir(), 'refaudit-full-out-'));
    const r = await runCli(['audit', basic.url, '--no-config', '--no-history', '--format', 'html', '--output', join(out, 'r.html')], { env: { REFAUDIT_TEST_ENOSPC: 'refaudit-full-out-' } });
    expect(r.code).toBe(4);
    expect(r.stderr.trim()).toMatch(/^refaudit: the report could not be written .*r\.html \(no space left on the device\); no partial file was left$/m);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});

describe('interrupted runs', () => {
  it('exit 130, are kept apart as partial, and are never the next baseline', async () => {
    const history = mkdtempSync(join(tmpdir(), 'refaudit-partial-'));
    const args = ['audit', `${slow.origin}/`, '--no-config', '--history', history, '--format', 'json', '--fail-on', 'regression', '--concurrency', '2'];
    const full = await runCli(args);
    expect(full.code, full.stderr).toBe(0);
    const pages = (JSON.parse(full.stdout) as { site: { pagesCrawled: number } }).site.pagesCrawled;

    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, cwd: tmpdir() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    slowServed = 0;
    while (slowServed < 6) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code, stderr).toBe(130);
    const partial = JSON.parse(stdout) as { site: { pagesCrawled: number } };
    expect(partial.site.pagesCrawled).toBeLessThan(pages);
    expect(step8(stdout).summary).toMatch(/^Interrupted run: not compared/);

    const [folder] = readdirSync(history);
    const dir = join(history, folder!);
    expect(readdirSync(dir).filter((f) => f.endsWith('-partial.json.gz'))).toHaveLength(1);
    expect(runsIn(dir)).toHaveLength(1);

    // The next full run compares with the first full one: no page "added" back, no regression.
    const next = await runCli(args);
    expect(next.code, next.stderr).toBe(0);
    const s8 = step8(next.stdout);
    expect(s8.summary).toMatch(/^Since \d{4}-\d{2}-\d{2}: 0 new and 0 fixed finding item\(s\); 0 page-break crossing\(s\); 0 page\(s\) added, 0 removed\.$/);
    expect(runsIn(dir)).toHaveLength(2);
  }, 120_000);
});

describe('snapshots', () => {
  it('a truncated snapshot is refused (exit 2), not audited as a smaller site', async () => {
    const work = mkdtempSync(join(tmpdir(), 'refaudit-snap-'));
    const snap = join(work, 's.json');
    expect((await runCli(['crawl', basic.url, '--out', snap])).code).toBe(0);
    expect(readFileSync(snap, 'utf8')).toMatch(/\],"pageCount":\d+\}\n$/);
    const text = readFileSync(snap, 'utf8');
    const lines = text.split('\n');
    // Cut mid-page, and cut at a line end (whole pages, no closing line): both refused.
    for (const cut of [text.slice(0, Math.floor(text.length / 2)), `${lines.slice(0, 3).join('\n')}\n`]) {
      const file = join(work, `cut-${cut.length}.json`);
      writeFileSync(file, cut);
      const r = await runCli(['audit', '--from', file, '--no-config', '--no-history']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^refaudit: snapshot .*: truncated.*; crawl again$/);
    }
    // The whole file is audited.
    expect((await runCli(['audit', '--from', snap, '--no-config', '--no-history', '--format', 'json'])).code).toBe(0);
    expect(existsSync(snap)).toBe(true);
  }, 60_000);
});
