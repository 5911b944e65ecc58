/**
 * For the tests that compare the threaded path with the one-thread reference: the threads run the
 * compiled files of dist/ (util/worker-file.ts), so a stale dist/ would test old code on the
 * threads, and a missing one would silently test the main thread against itself.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ThreadUsage } from '../../src/util/thread-usage.js';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Source files whose dist/ counterpart is missing or older than they are. */
export function staleDist(root = ROOT): string[] {
  return sources(join(root, 'src')).filter((src) => {
    const built = join(root, 'dist', relative(join(root, 'src'), src)).replace(/\.ts$/, '.js');
    return !existsSync(built) || statSync(built).mtimeMs < statSync(src).mtimeMs;
  });
}

/** Throws, naming the files, when dist/ does not hold the build of today's src/. */
export function assertDistFresh(): void {
  const stale = staleDist();
  if (stale.length) {
    const names = stale.slice(0, 5).map((f) => relative(ROOT, f)).join(', ');
    throw new Error(`dist/ is missing or older than src/ (${names}${stale.length > 5 ? ` and ${stale.length - 5} more` : ''}): the threads would run old code; run \`npm run build\``);
  }
}

/** The thread usage a command printed with REFAUDIT_DEBUG_THREADS=1 (src/cli/main.ts). */
export function usageFrom(stderr: string): ThreadUsage {
  const line = /^refaudit: threads: (\{.*\})$/m.exec(stderr);
  if (!line) throw new Error(`no thread usage line on stderr: ${stderr.slice(0, 300)}`);
  return JSON.parse(line[1]!) as ThreadUsage;
}
