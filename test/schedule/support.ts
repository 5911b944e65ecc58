/** The built executable in a child process, as cron and CI run it (npm test builds first). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const ROOT = join(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/refaudit');
export const BASIC_SITE = join(ROOT, 'fixtures/test-sites/basic');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `timeoutMs`: the child is killed (SIGTERM) past it, and `code` is then -1. */
export function runCli(args: string[], opts: { env?: Record<string, string>; cwd?: string; input?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...opts.env }, cwd: opts.cwd ?? tmpdir(), ...(opts.timeoutMs ? { timeout: opts.timeoutMs } : {}) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** One line on stderr, no stack trace, nothing on stdout. */
export function isOneLine(r: RunResult): boolean {
  return r.stderr.trim().split('\n').length === 1 && !/\n\s+at /.test(r.stderr) && r.stdout === '';
}
