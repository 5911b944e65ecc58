/**
 * Imported files: decoded whatever wrote them (UTF-8 with or without BOM, UTF-16 with its BOM,
 * Windows-1252), an unusable one refused before the crawl (exit 2) unless --skip-bad-input, and a
 * cell no search engine would take left out rather than rendered.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from '../../src/inputs/decode-text.js';
import { serveLocal, type LocalServer } from '../support/local-server.js';
import { isOneLine, runCli } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'refaudit-inputs-'));
const file = (name: string, data: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, data);
  return path;
};
const HEADER = 'keyword,engine,market,position,url,date,volume\n';
const ROW = 'riad marrakéch,google,fr-MA,4,/,2026-11-16,100\n';

let server: LocalServer;
let requests = 0;
beforeAll(async () => {
  server = await serveLocal((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html lang="fr"><head><title>Riad à Marrakech</title></head><body><h1>Riad</h1><p>riad marrakech</p></body></html>');
  });
});
afterAll(() => server.close());
const audit = (...args: string[]) => ['audit', `${server.origin}/`, '--no-config', '--no-history', '--format', 'json', ...args];

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, and falls back to Windows-1252', () => {
    const text = 'marrakéch € “riad”';
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toEqual({ text, encoding: 'utf-16be' });
    // Windows-1252 bytes: é = E9, € = 80, “ = 93, ” = 94.
    const cp1252 = Buffer.from([...Buffer.from('marrak', 'latin1'), 0xe9, ...Buffer.from('ch ', 'latin1'), 0x80, 0x20, 0x93, ...Buffer.from('riad', 'latin1'), 0x94]);
    expect(decodeText(cp1252)).toEqual({ text, encoding: 'windows-1252' });
  });

  it('maps 0x80-0x9F as Windows-1252 does (Node 20\'s TextDecoder("windows-1252") gives Latin-1 C1 controls there)', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect([0x80, 0x82, 0x85, 0x8c, 0x92, 0x93, 0x96, 0x9c, 0x9f].map((b) => text[b])).toEqual(['€', '‚', '…', 'Œ', '’', '“', '–', 'œ', 'Ÿ']);
    // The five bytes Windows-1252 leaves undefined stay C1 controls, as in WHATWG's index.
    expect([0x81, 0x8d, 0x8f, 0x90, 0x9d].map((b) => text.charCodeAt(b))).toEqual([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    for (let b = 0; b < 256; b++) if (b < 0x80 || b > 0x9f) expect(text.charCodeAt(b)).toBe(b);
  });
});

describe('imported files in an audit', () => {
  it('a Windows-1252 rankings CSV keeps its accents, with a note', async () => {
    const r = await runCli(audit('--rankings', file('ranks-1252.csv', Buffer.from(HEADER + ROW, 'latin1'))));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { measurements: { rankings: { keyword: string }[] }; problems: { message: string }[] };
    expect(report.measurements.rankings.map((x) => x.keyword)).toEqual(['riad marrakéch']);
    expect(report.problems.map((p) => p.message)).toContain('not valid UTF-8: read as Windows-1252 (save it as "CSV UTF-8" to be sure of accented letters)');
  }, 60_000);

  it('a UTF-16 rankings CSV (Excel "Unicode text") is read', async () => {
    const r = await runCli(audit('--rankings', file('ranks-16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEADER + ROW, 'utf16le')]))));
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { measurements: { rankings: { keyword: string }[] } }).measurements.rankings.map((x) => x.keyword)).toEqual(['riad marrakéch']);
  }, 60_000);

  it('a Windows-1252 queries file and a UTF-16 keywords file are read too, each with its note', async () => {
    const queries = file('queries-1252.csv', Buffer.from('Top queries,Clicks,Impressions,CTR,Position\nriad marrakéch pas cher,3,400,1%,12\n', 'latin1'));
    const keywords = file('kw-16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('riad marrakéch;1\n', 'utf16le')]));
    const r = await runCli(audit('--queries', queries, '--keywords', keywords));
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { items: { ruleId: string; facts: { query?: string; keyword?: string } }[]; problems: { file: string; message: string }[]; steps: { id: string; tables: { id: string; rows: Record<string, unknown>[] }[] }[] };
    const keywordsStep = report.steps.find((s) => s.id === 'keywords')!;
    expect(JSON.stringify(keywordsStep.tables)).toContain('riad marrakéch');
    expect(report.items.filter((i) => i.ruleId === 'query-without-page').map((i) => i.facts.query)).toEqual(['riad marrakéch pas cher']);
    expect(report.problems).toContainEqual(expect.objectContaining({ file: queries, message: expect.stringMatching(/^not valid UTF-8: read as Windows-1252/) }));
    expect(report.problems).toContainEqual(expect.objectContaining({ file: keywords, message: 'read as UTF-16LE (byte-order mark)' }));
  }, 60_000);

  it.each([
    ['rankings with wrong headers', ['--rankings', 'wrong.csv'], 'wrong.csv', 'mot,moteur,position\nriad,google,3\n', /^refaudit: rankings file .*wrong\.csv: nothing usable \(line 1: no "keyword" column/],
    ['an empty rankings file', ['--rankings', 'empty.csv'], 'empty.csv', '', /^refaudit: rankings file .*empty\.csv: nothing usable \(empty file\)/],
    ['rankings that are not JSON', ['--rankings', 'bad.json'], 'bad.json', '[{"keyword": "riad",', /^refaudit: rankings file .*bad\.json: nothing usable \(not valid JSON/],
    ['queries without a query column', ['--queries', 'q.csv'], 'q.csv', 'Clicks,Impressions\n3,40\n', /^refaudit: queries file .*q\.csv: nothing usable \(line 1: no query column/],
    ['an empty keywords file', ['--keywords', 'kw.txt'], 'kw.txt', '# nothing yet\n', /^refaudit: keywords file .*kw\.txt: nothing usable \(no rows\)/],
  ])('%s: exit 2 before the crawl, or left out with --skip-bad-input', async (_name, flags, name, content, message) => {
    file(name, content);
    const args = [...flags.slice(0, -1), join(work, flags.at(-1)!)];
    requests = 0;
    const refused = await runCli(audit(...args));
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toMatch(message);
    expect(refused.stderr).toMatch(/give --skip-bad-input to audit without it/);
    expect(isOneLine(refused), refused.stderr).toBe(true);
    expect(requests).toBe(0);
    const kept = await runCli(audit(...args, '--skip-bad-input'));
    expect(kept.code, kept.stderr).toBe(0);
    expect((JSON.parse(kept.stdout) as { problems: { message: string }[] }).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/left out: nothing usable/));
  }, 60_000);

  // The config's keywordsFile is read as --keywords is: refused before the crawl with one line
  // naming the config and the file, or left out with --skip-bad-input.
  it.each([
    ['missing', null, /keywordsFile: keywords file .*kw-missing\.txt: no such file$/, false],
    ['a folder', 'dir', /keywordsFile: keywords file .*kw-folder\.txt: is a folder$/, false],
    ['empty', '', /keywordsFile: keywords file .*kw-empty\.txt: nothing usable \(no rows\); fix it, or give --skip-bad-input/, true],
    ['malformed (no usable line)', ';1\nriad;9\nmarrakech;1;beaucoup\n', /keywordsFile: keywords file .*kw-malformed\.txt: nothing usable \(line 1: empty keyword\)/, true],
  ] as const)('a config whose keywordsFile is %s: exit 2 before the crawl', async (what, content, message, skippable) => {
    const dir = mkdtempSync(join(work, 'config-'));
    const name = { missing: 'kw-missing.txt', 'a folder': 'kw-folder.txt', empty: 'kw-empty.txt', 'malformed (no usable line)': 'kw-malformed.txt' }[what];
    if (content === 'dir') mkdirSync(join(dir, name));
    else if (content !== null) writeFileSync(join(dir, name), content);
    const config = join(dir, 'refaudit.config.json');
    writeFileSync(config, JSON.stringify({ site: `${server.origin}/`, keywordsFile: name }));
    const args = ['audit', '--config', config, '--no-history', '--format', 'json'];
    requests = 0;
    const refused = await runCli(args);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr.trim()).toMatch(new RegExp(`^refaudit: ${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(refused.stderr.trim()).toMatch(message);
    expect(isOneLine(refused), refused.stderr).toBe(true);
    expect(requests).toBe(0);
    if (!skippable) return;
    const kept = await runCli([...args, '--skip-bad-input', '--keyword', 'riad']);
    expect(kept.code, kept.stderr).toBe(0);
    expect((JSON.parse(kept.stdout) as { problems: { message: string }[] }).problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/^keywords file left out: nothing usable/));
  }, 60_000);

  // root reads a file whatever its mode: the case only exists for other users.
  it.skipIf(process.getuid?.() === 0)('an unreadable keywordsFile (no read permission) is refused too', async () => {
    const dir = mkdtempSync(join(work, 'perm-'));
    writeFileSync(join(dir, 'kw.txt'), 'riad\n');
    chmodSync(join(dir, 'kw.txt'), 0o000);
    const config = join(dir, 'refaudit.config.json');
    writeFileSync(config, JSON.stringify({ site: `${server.origin}/`, keywordsFile: 'kw.txt' }));
    const r = await runCli(['audit', '--config', config, '--no-history']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/keywordsFile: keywords file .*kw\.txt: permission denied$/);
    expect(isOneLine(r), r.stderr).toBe(true);
  }, 60_000);

  it('a 1 MB cell is left out as a problem, in a few seconds', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const started = Date.now();
    const r = await runCli(['audit', `${server.origin}/`, '--no-config', '--no-history', '--rankings', file('big.csv', `${HEADER}${ROW}"${big}",google,fr-MA,3,/,2026-11-16,10\n`)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/a keyword of 1048576 characters left out \(longer than the 2048 a search engine accepts\)/);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
