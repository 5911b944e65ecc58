/**
 * The executable runs each command on a worker thread (src/cli/run.ts): output, Ctrl-C and exit
 * codes must come through as they did on the main thread. Against a slow endless site served here.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocal, type LocalServer } from '../support/local-server.js';
import { assertDistFresh, usageFrom } from '../support/threads.js';

const BIN = join(import.meta.dirname, '../../bin/refaudit');

let server: LocalServer;
let url = '';
let fastServed = 0;
let slowServed = 0;

beforeAll(async () => {
  // A tree of pages, five links each, answering after 50 ms: a crawl that would run for minutes.
  // Under /fast/ the same tree answers at once, so a crawl gathers thousands of pages in seconds.
  server = await serveLocal((req, res) => {
    const m = /^(\/fast)?\/(?:n\/(\d+))?$/.exec(req.url ?? '');
    if (!m) return void res.writeHead(404).end();
    const [, fast = '', n = '0'] = m;
    const i = Number(n);
    const answer = () => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const links = [1, 2, 3, 4, 5].map((k) => `<a href="${fast}/n/${i * 5 + k}">page ${i * 5 + k}</a>`).join(' ');
      res.end(`<html lang="fr"><head><title>Page ${i}</title></head><body><h1>Page ${i}</h1><p>${'séjour désert '.repeat(50)}</p>${links}</body></html>`);
    };
    if (fast) {
      fastServed += 1;
      answer();
    } else {
      slowServed += 1;
      setTimeout(answer, 50);
    }
  });
  url = `${server.origin}/`;
});
afterAll(() => server.close());

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, cwd: tmpdir() });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, done, out: () => stdout, err: () => stderr };
}

const audit = (maxPages: number, start = url) => ['audit', start, '--no-config', '--no-history', '--format', 'json', '--max-pages', String(maxPages)];

describe('a command on its worker thread', () => {
  it('stops the crawl on the first Ctrl-C, still writes the whole report, lists what was skipped and exits 130', async () => {
    slowServed = 0;
    const run = start(audit(100_000));
    // Once the crawl has asked for a few pages (a fixed delay raced the start-up on a loaded machine).
    while (slowServed < 8) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill('SIGINT');
    const { code } = await run.done;
    expect(code).toBe(130);
    expect(run.err()).toMatch(/^refaudit: interrupted: the report covers what was gathered/m);
    const report = JSON.parse(run.out()) as { site: { pagesCrawled: number }; problems: { file: string; message: string }[] };
    expect(report.site.pagesCrawled).toBeGreaterThan(3);
    // What was skipped: the URLs found but not fetched, in the report and on stderr.
    const skipped = report.problems.find((p) => p.file === 'crawl');
    expect(skipped?.message).toMatch(/^crawl interrupted after \d+ URLs: \d+ URLs found but not fetched$/);
    expect(Number(/(\d+) URLs found/.exec(skipped!.message)![1])).toBeGreaterThan(0);
    expect(run.err()).toMatch(/warning: crawl: crawl interrupted after/);
  }, 30_000);

  it('ends at once, with 130, on a second Ctrl-C while the report is being made', async () => {
    // Enough pages that making the report takes a while (~300 ms here) after the crawl stops.
    fastServed = 0;
    const run = start(audit(100_000, `${url}fast/`));
    while (fastServed < 2000) await new Promise((r) => setTimeout(r, 10));
    // The second Ctrl-C goes once the command has said it is finishing: two signals sent back to
    // back can reach the process as one, as the kernel merges a pending signal with a new one.
    run.child.stderr.on('data', () => {
      if (/interrupted/.test(run.err()) && run.child.exitCode === null) run.child.kill('SIGINT');
    });
    run.child.kill('SIGINT');
    expect((await run.done).code).toBe(130);
    // Ended before the report was written.
    expect(run.out()).toBe('');
  }, 30_000);

  it('gives the same report and exit code as on the main thread', async () => {
    const snapshot = join(mkdtempSync(join(tmpdir(), 'refaudit-run-')), 'snap.json');
    expect((await start(['crawl', url, '--max-pages', '40', '--out', snapshot]).done).code).toBe(0);
    const args = ['audit', '--from', snapshot, '--no-config', '--no-history', '--format', 'json', '--fail-on', 'warning'];
    assertDistFresh();
    const worker = start(args, { REFAUDIT_DEBUG_THREADS: '1' });
    const same = start([...args, '--threads', '0'], { REFAUDIT_DEBUG_THREADS: '1' });
    const [a, b] = await Promise.all([worker.done, same.done]);
    // Each ran where it says: a command thread on one side, none on the other.
    expect([usageFrom(worker.err()).commandThread, usageFrom(same.err()).commandThread]).toEqual([true, false]);
    // This site has warnings (pages without meta description): --fail-on gives 1, through the thread.
    expect([a.code, b.code]).toEqual([1, 1]);
    const strip = (s: string) => s.replace(/"generatedAt": "[^"]+"/g, '');
    expect(worker.out().length).toBeGreaterThan(10_000);
    expect(strip(worker.out())).toBe(strip(same.out()));
  }, 90_000);
});
