/**
 * Every check that can fail before the crawl happens before it: each case below must exit 2 with
 * one line and never start the crawl. The site given is a loopback server that counts requests:
 * it must see none.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveLocal, type LocalServer } from '../support/local-server.js';
import { isOneLine, runCli } from './support.js';

let server: LocalServer;
let requests = 0;
let site = '';
const work = mkdtempSync(join(tmpdir(), 'refaudit-preflight-'));
const aFile = join(work, 'a-file.txt');
writeFileSync(aFile, 'not a folder');
const snap = join(work, 'snap.json');

beforeAll(async () => {
  server = await serveLocal((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>x</title></head><body>x</body></html>');
  });
  site = `${server.origin}/`;
});
afterAll(() => server.close());

const audit = (...args: string[]) => ['audit', site, '--no-config', '--no-history', ...args];

describe('refused before the crawl, exit 2, one line', () => {
  it.each([
    ['--output in a missing folder', () => audit('--output', '/nonexistent/r.txt'), /^refaudit: --output \/nonexistent\/r\.txt: folder \/nonexistent does not exist$/],
    ['--output naming a folder', () => audit('--output', work), /^refaudit: --output .*: is a folder/],
    ['--output-dir naming a file', () => audit('--output-dir', aFile), /^refaudit: --output-dir .*a-file\.txt: is a file, not a folder$/],
    ['--output in a read-only place', () => audit('--output', '/sys/refaudit-report.txt'), /^refaudit: --output \/sys\/refaudit-report\.txt: cannot write in \/sys \(/],
    ['--history naming a file', () => ['audit', site, '--no-config', '--history', aFile], /^refaudit: history folder .*a-file\.txt: is a file, not a folder$/],
    ['--history in a read-only place', () => ['audit', site, '--no-config', '--history', '/sys/refaudit-history'], /^refaudit: history folder \/sys\/refaudit-history: cannot create the folder/],
    ['a bad --exclude regex', () => audit('--exclude', '/(/'), /^refaudit: --exclude: not a valid regular expression: \/\(\/ /],
    ['a bad --include regex', () => audit('--include', '/[a-/'), /^refaudit: --include: not a valid regular expression/],
    ['--max-bytes 0', () => audit('--max-bytes', '0'), /^refaudit: --max-bytes: expected a size above zero/],
    ['--timeout 0', () => audit('--timeout', '0'), /^refaudit: --timeout: expected a duration above zero/],
    ['--time-budget 0s', () => audit('--time-budget', '0s'), /^refaudit: --time-budget: expected a duration above zero/],
    ['--rate 0', () => audit('--rate', '0'), /^refaudit: --rate: expected a number > 0, got "0"$/],
    ['--market xx-YY', () => audit('--market', 'xx-YY'), /^refaudit: market xx-YY: "YY" is not a country code/],
    ['--market zz-MA', () => audit('--market', 'zz-MA'), /^refaudit: market zz-MA: "zz" is not a language code/],
    ['-k ""', () => audit('-k', ''), /^refaudit: --keyword: expected a value, got an empty one$/],
    ['a URL with --from', () => ['audit', site, '--from', snap, '--no-config', '--no-history'], /^refaudit: give a URL or --from .*snap\.json, not both/],
    ['crawl flags with --from', () => ['audit', '--from', snap, '--max-pages', '5', '--exclude', '/x', '--no-config', '--no-history'], /^refaudit: --max-pages, --exclude: crawl flags do nothing with --from/],
    ['--fail-on regression --no-history', () => audit('--fail-on', 'regression'), /^refaudit: --fail-on regression needs the history/],
    ['crawl --out in a missing folder', () => ['crawl', site, '--out', '/nonexistent/s.json'], /^refaudit: --out \/nonexistent\/s\.json: folder \/nonexistent does not exist$/],
  ])('%s', async (_name, args, message) => {
    requests = 0;
    const r = await runCli(args());
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(isOneLine(r), r.stderr).toBe(true);
    expect(requests).toBe(0);
  });

  // Node 20's mkdirSync(…, { recursive: true }) never returned under /proc/1 (ENOENT, then EEXIST
  // on the parent, forever): every output-path check must end, in seconds, with exit 2.
  it.skipIf(!existsSync('/proc/1')).each([
    ['--output-dir /proc/1/nope', () => audit('--output-dir', '/proc/1/nope'), /^refaudit: --output-dir \/proc\/1\/nope: cannot create the folder \(its file system takes no new folders there\)$/],
    ['--output-dir /proc/1/nope/a/b', () => audit('--output-dir', '/proc/1/nope/a/b'), /^refaudit: --output-dir \/proc\/1\/nope\/a\/b: cannot create the folder/],
    ['--output /proc/1/nope/r.txt', () => audit('--output', '/proc/1/nope/r.txt'), /^refaudit: --output \/proc\/1\/nope\/r\.txt: folder \/proc\/1\/nope does not exist$/],
    ['--output /proc/1/r.txt', () => audit('--output', '/proc/1/r.txt'), /^refaudit: --output \/proc\/1\/r\.txt: cannot write in \/proc\/1 \(its file system takes no new files there\)$/],
    ['--history /proc/1/nope', () => ['audit', site, '--no-config', '--history', '/proc/1/nope'], /^refaudit: history folder \/proc\/1\/nope: cannot create the folder/],
  ])('%s ends within 15 s: exit 2, one line, no request', async (_name, args, message) => {
    requests = 0;
    const started = Date.now();
    const r = await runCli(args(), { timeoutMs: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(isOneLine(r), r.stderr).toBe(true);
    expect(requests).toBe(0);
  }, 20_000);

  it('--help documents every exit code, 70 (internal error) included', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('Exit codes:')) ?? '';
    for (const code of ['0 done', '1 a --fail-on threshold', '2 usage or input error', '3 the site could not be audited', '4 the report or the history run could not be written', '130 interrupted', '70 internal error']) expect(line).toContain(code);
  });

  it('a real country without share data is audited with worldwide shares, and says so', async () => {
    const r = await runCli(audit('--market', 'fr-SN', '--format', 'json', '--max-pages', '1'));
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: market fr-SN: no audience shares for SN in the engines data: worldwide shares are used/);
  });
});
