/**
 * --max-depth bounds every fetched page, sitemap URLs included (those beyond are named, not
 * fetched); --max-depth 0 audits the start page alone; --list audits exactly the URLs of a file.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { parseUrlList, readUrlList } from '../../src/crawl/url-list.js';
import { runRules } from '../../src/rules/run.js';
import { readSnapshot } from '../../src/site/snapshot-io.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { InputError } from '../../src/util/errors.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/scope');
const BIN = join(import.meta.dirname, '../../bin/refaudit');

let server: StaticServer;
const U = (p: string) => new URL(p, server.url).href;
const fetched = (snap: Awaited<ReturnType<typeof crawlSite>>) => snap.pages.filter((p) => p.status !== null).map((p) => new URL(p.url).pathname).sort();
beforeAll(async () => {
  server = await serveDirectory(SITE);
});
afterAll(() => server.close());

describe('--max-depth', () => {
  it('0 audits the start page alone; the sitemap URLs are named, not fetched', async () => {
    const snap = await crawlSite({ startUrl: server.url, maxDepth: 0 });
    expect(fetched(snap)).toEqual(['/']);
    expect(snap.stats.sitemapBeyondMaxDepth?.sort()).toEqual([U('/a/'), U('/c/'), U('/orphan/')]);
    const f = runRules({ snapshot: snap, bots: [] }).find((x) => x.ruleId === 'sitemap-url-beyond-max-depth');
    expect(f?.count).toBe(3);
  });

  it('2 fetches what 2 clicks reach, and no sitemap URL beyond', async () => {
    const snap = await crawlSite({ startUrl: server.url, maxDepth: 2 });
    expect(fetched(snap)).toEqual(['/', '/a/', '/b/']);
    expect(snap.stats.sitemapBeyondMaxDepth?.sort()).toEqual([U('/c/'), U('/orphan/')]);
  });

  it('unset, fetches sitemap-only pages as before', async () => {
    const snap = await crawlSite({ startUrl: server.url });
    expect(fetched(snap)).toEqual(['/', '/a/', '/b/', '/c/', '/orphan/']);
    expect(snap.stats.sitemapBeyondMaxDepth).toBeUndefined();
    expect(snap.pages.find((p) => p.url === U('/orphan/'))?.depth).toBe(-1);
  });
});

describe('--list', () => {
  it('reads one URL a line, with comments; bad lines are reported with their number', () => {
    const list = parseUrlList(['# pages to check', 'https://ex.test/a', '', 'ftp://ex.test/x', 'https://ex.test/b # the offer', 'https://other.test/c', 'https://ex.test/a'].join('\n'), 'urls.txt');
    expect(list.urls).toEqual(['https://ex.test/a', 'https://ex.test/b']);
    expect(list.problems.map((p) => p.line)).toEqual([4, 6]);
    expect(list.problems[1]!.message).toMatch(/not on ex\.test/);
  });

  it('a file with no usable URL is an input error (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-list-'));
    writeFileSync(join(dir, 'bad.txt'), '# nothing\nnot a url\n');
    let err: unknown;
    try {
      readUrlList(join(dir, 'bad.txt'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).exitCode).toBe(2);
    expect((err as Error).message).toMatch(/no usable URL \(line 2: not an absolute/);
  });

  it('audits exactly the listed URLs: no link followed, no sitemap URL fetched', async () => {
    const snap = await crawlSite({ startUrl: U('/b/'), list: [U('/b/'), U('/orphan/')] });
    expect(fetched(snap)).toEqual(['/b/', '/orphan/']);
    expect(snap.listUrls).toEqual([U('/b/'), U('/orphan/')]);
    expect(snap.pages.every((p) => p.depth === 0)).toBe(true);
    expect(snap.stats.sitemapBeyondMaxDepth).toBeUndefined();
  });

  // The server runs in this process: the command must run without blocking it.
  const run = (args: string[]) =>
    new Promise<{ status: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [BIN, ...args], { encoding: 'utf8' }, (err, _out, stderr) => resolve({ status: err ? Number(err.code) : 0, stderr }));
    });

  it('works from the command line: one page audited, bad lines warned, none usable exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-list-'));
    writeFileSync(join(dir, 'one.txt'), `${U('/a/')}\nnope\n`);
    writeFileSync(join(dir, 'none.txt'), 'nope\n');
    const out = join(dir, 'snap.json');
    const ok = await run(['crawl', '--list', join(dir, 'one.txt'), '--out', out]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/one\.txt:2: not an absolute http\(s\) URL: nope/);
    expect(readSnapshot(out).pages.map((p) => p.url)).toEqual([U('/a/')]);
    const bad = await run(['crawl', '--list', join(dir, 'none.txt'), '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
