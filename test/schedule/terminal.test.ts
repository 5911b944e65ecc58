/**
 * The terminal: a reader that closes the pipe early ends refaudit quietly; the progress line (a bar
 * with pages done / known, rate and ETA, then a line per stage) goes to a terminal's stderr only,
 * and is erased before anything else is written.
 */
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { crawlLine, formatEta, makeProgress } from '../../src/cli/progress.js';
import { BASIC_SITE, BIN } from './support.js';

/** A stderr stand-in that records writes; a terminal or not. */
function fakeStream(isTTY: boolean, columns = 80) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes, text: () => writes.join('') };
}

describe('EPIPE', () => {
  it('`refaudit rules | head -1`: one line out, exit 0, nothing on stderr (no EPIPE stack)', async () => {
    const child = spawn('/bin/bash', ['-c', `"${process.execPath}" "${BIN}" rules | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((res) => child.on('close', res));
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toBe('exit 0\n');
  }, 30_000);
});

describe('progress', () => {
  it('draws a bar of pages done over known, the rate and an ETA', () => {
    expect(crawlLine({ done: 120, queued: 240, errors: 2, pagesPerSecond: 40 })).toBe('crawling [#######.............] 120/360 pages  40/s  ETA 6s  2 errors');
    expect(crawlLine({ done: 10, queued: 0, errors: 0, pagesPerSecond: 0 })).toBe('crawling [####################] 10/10 pages  0/s  ETA –');
    expect(formatEta(75)).toBe('1m15s');
    expect(formatEta(3720)).toBe('1h02m');
  });

  it('on a terminal: erases its line before a warning and before the report, and keeps a line per finished stage', () => {
    const t = fakeStream(true);
    const p = makeProgress({ stream: t.stream, quiet: false, verbose: false, env: {} });
    p.stage('crawling');
    p.crawl({ done: 3, queued: 5, errors: 0, pagesPerSecond: 10 });
    p.warn('something');
    p.stage('analysing');
    p.done();
    const text = t.text();
    // The warning starts on an erased line, and the live line comes back after it.
    expect(text).toMatch(/\r\x1b\[2Krefaudit: warning: something\n\r\x1b\[2Kcrawling \[/);
    expect(text).toMatch(/\r\x1b\[2Kcrawling: done in \d+\.\d s\n/);
    expect(text).toMatch(/\r\x1b\[2Kanalysing: done in \d+\.\d s\n$/);
    // Nothing is left drawn: what follows (the report) starts on a clean line.
    expect(text.endsWith('\n')).toBe(true);
  });

  it('never cuts a line wider than the terminal in the middle of a character, nor wraps it', () => {
    const t = fakeStream(true, 30);
    const p = makeProgress({ stream: t.stream, quiet: false, verbose: false, env: {} });
    p.stage('rassemblement des concurrents, annuaires et positions');
    const drawn = t.writes.at(-1)!.replace('\r\x1b[2K', '');
    expect([...drawn].length).toBeLessThanOrEqual(29);
    expect(drawn.endsWith('…')).toBe(true);
  });

  it('writes nothing but warnings when stderr is not a terminal, and nothing at all with --quiet', () => {
    const pipe = fakeStream(false);
    const p = makeProgress({ stream: pipe.stream, quiet: false, verbose: false, env: {} });
    p.stage('crawling');
    p.crawl({ done: 3, queued: 5, errors: 0, pagesPerSecond: 10 });
    p.warn('w');
    p.done();
    expect(pipe.text()).toBe('refaudit: warning: w\n');
    const quiet = fakeStream(true);
    const q = makeProgress({ stream: quiet.stream, quiet: true, verbose: false, env: {} });
    q.stage('crawling');
    q.warn('w');
    q.done();
    expect(quiet.text()).toBe('');
  });
});

describe('on a real terminal (a pty from util-linux script)', () => {
  const hasScript = spawnSyncOk('script', ['--version']);
  it.skipIf(!hasScript)('the progress bar and stage lines go before the report, which starts on a clean line; NO_COLOR holds', async () => {
    const { serveDirectory } = await import('../../src/serve/static-server.js');
    const site = await serveDirectory(BASIC_SITE, { port: 0 });
    try {
      const cmd = `"${process.execPath}" "${BIN}" audit ${site.url} --no-config --no-history`;
      const child = spawn('script', ['-qfec', cmd, '/dev/null'], { env: { ...process.env, NO_COLOR: '1', TERM: 'xterm' } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const code = await new Promise<number | null>((res) => child.on('close', res));
      expect(code, out).toBe(0);
      expect(out).toMatch(/crawling \[[#.]{20}\] \d+\/\d+ pages +\d+\/s +ETA /);
      expect(out).toMatch(/\r\x1b\[2Kanalysing: done in \d+\.\d s\r?\n/);
      expect(out).toMatch(/\r\x1b\[2Kwriting the report: done in \d+\.\d s\r?\n/);
      const title = out.indexOf('refaudit 0.1.0 - référencement audit');
      expect(title).toBeGreaterThan(0);
      // The report's first line starts a line of its own: no progress fragment before it.
      expect(out.slice(title - 1, title)).toBe('\n');
      // No colour anywhere (only the line-erasing sequence of the progress line).
      expect(out.replace(/\x1b\[2K/g, '')).not.toMatch(/\x1b\[/);
    } finally {
      await site.close();
    }
  }, 60_000);
});

function spawnSyncOk(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args).status === 0;
  } catch {
    return false;
  }
}
