/**
 * The demo audited twice by the real CLI into one history (two runs of one day, so step 8 has a
 * diff and a two-point trend), the second run written in every format, CSV included. Shared by the
 * JSON-contract, i18n and browser-layout tests.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../../src/cli/demo.js';

const BIN = join(import.meta.dirname, '../../bin/refaudit');

export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, cwd: tmpdir() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface DemoOutputs {
  /** Folder with refaudit-report.{json,txt,md,html} and the CSV files. */
  dir: string;
  stderr: string;
}

/** Runs the demo twice with a history, the second time into `dir` in every format. */
export async function demoOutputs(lang: 'fr' | 'en', extra: string[] = []): Promise<DemoOutputs> {
  // A high random base: with 0 the demo's other servers take ports 1, 2, 3…, which another test
  // running at the same time uses as "nothing listens here" (startDemo falls back to a free port).
  const demo = await startDemo({ basePort: 20_000 + Math.floor(Math.random() * 30_000) });
  try {
    const work = mkdtempSync(join(tmpdir(), `refaudit-demo-${lang}-`));
    const history = join(work, 'history');
    const dir = join(work, 'out');
    const first = await runCli(['audit', '--config', demo.configFile, '--history', history, '--format', 'json', '-q']);
    if (first.code !== 0) throw new Error(`first demo run: exit ${first.code}: ${first.stderr}`);
    const formats = ['json', 'text', 'markdown', 'html', 'csv'].flatMap((f) => ['--format', f]);
    const second = await runCli(['audit', '--config', demo.configFile, '--history', history, ...formats, '--output-dir', dir, '--report-lang', lang, ...extra]);
    if (second.code !== 0) throw new Error(`second demo run: exit ${second.code}: ${second.stderr}`);
    return { dir, stderr: second.stderr };
  } finally {
    await demo.close();
  }
}
