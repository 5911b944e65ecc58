/**
 * Exit 70 is a bug in refaudit, and stays documented (README "Exit codes", `--help`): every other
 * failure has its own code. What still reaches it through the real executable: an exception a
 * command did not expect (caught in main.ts, on the command's thread or on the main thread with
 * `--threads 0`) and the command's thread dying (run.ts; test/threads/failures.test.ts). Each is
 * one line on stderr, the stack only with REFAUDIT_DEBUG=1.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from './support.js';

const LINE = 'refaudit: internal error: test failure injected at command (REFAUDIT_TEST_FAIL) (please report it; run with REFAUDIT_DEBUG=1 for the stack)\n';

describe('an unexpected exception in a command', () => {
  it.each([
    ['on the command thread', ['rules']],
    ['on the main thread (--threads 0)', ['audit', 'http://127.0.0.1:9/', '--no-config', '--no-history', '--threads', '0']],
  ])('%s: exit 70, one line, no stack', async (_name, args) => {
    const r = await runCli(args, { env: { REFAUDIT_TEST_FAIL: 'command' } });
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(LINE);
    expect(r.stdout).toBe('');
  });

  it('prints the stack with REFAUDIT_DEBUG=1', async () => {
    const r = await runCli(['rules'], { env: { REFAUDIT_TEST_FAIL: 'command', REFAUDIT_DEBUG: '1' } });
    expect(r.code).toBe(70);
    expect(r.stderr.startsWith(LINE)).toBe(true);
    expect(r.stderr).toMatch(/\n\s+at .*test-failure\.js/);
  });

  it('--help and the README list 70 as an internal error', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toMatch(/70 internal error \(a bug\)/);
    const { readFileSync } = await import('node:fs');
    const { ROOT } = await import('./support.js');
    expect(readFileSync(`${ROOT}/README.md`, 'utf8')).toMatch(/70 an internal error \(a bug: please report it,\s+`REFAUDIT_DEBUG=1` shows the stack\)/);
  });
});
