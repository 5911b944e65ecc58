/**
 * How the executable runs a command: on a worker thread whose young generation refaudit sizes,
 * while the main thread only relays output, Ctrl-C and the exit code.
 *
 * Why: V8 sizes the main thread's young generation from the machine's memory (16 MB semi-spaces
 * on Node 20, 64 MB on Node 24 on a 24 GB host), and a crawl keeps it at its maximum, holding the
 * socket buffers and page garbage of the last collection cycle. The flag that sizes it
 * (--max-semi-space-size) must be given on Node's command line, which an npm executable cannot do
 * portably; a worker's is set in code. It lowers the audit's peak memory at the same time
 * (bench/RESULTS.md, "Smaller Node nursery").
 *
 * `--threads 0` runs the command on the main thread instead, as it runs everything else (the
 * reference path): it is read here from the command line, before the command is parsed.
 */
import { Worker } from 'node:worker_threads';
import { main } from './main.js';
import { compiledWorker } from '../util/worker-file.js';
import type { TerminalInfo } from './run-worker.js';

/** Young generation of the command's thread: room for a page's working set, small beside the heap. */
const YOUNG_GENERATION_MB = 8;

const terminal = (s: NodeJS.WriteStream): TerminalInfo => ({ isTTY: s.isTTY === true, columns: s.columns ?? null });

/** After the command's exit code arrives, how long its thread may take to flush and end by itself. */
const WORKER_GRACE_MS = 3000;

/**
 * A reader that stops early (`refaudit rules | head -1`) closes the pipe: that is not an error of
 * ours, so the program ends at once, quietly, with 0 (as `seq 1000000 | head -1` does).
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
  }
}

/** `--threads 0` or `--threads=0` on the command line (commander reads it again, with the other flags). */
export function oneThreadWanted(argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return false;
    if (argv[i] === '--threads=0' || (argv[i] === '--threads' && argv[i + 1] === '0')) return true;
  }
  return false;
}

/** Runs the command line and resolves with its exit code (see exit-codes.ts). */
export function run(argv: string[]): Promise<number> {
  endQuietlyOnClosedPipe();
  const file = oneThreadWanted(argv) ? null : compiledWorker(import.meta.url, 'run-worker');
  let worker: Worker | null = null;
  try {
    if (file) {
      worker = new Worker(file, {
        argv: argv.slice(2),
        workerData: { stdout: terminal(process.stdout), stderr: terminal(process.stderr) },
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    }
  } catch {
    // No thread can start here (resource limits of the host): the main thread does the work.
    worker = null;
  }
  if (!worker) return main(argv).catch(internalError);
  const w = worker;
  return new Promise<number>((resolve) => {
    let code: number | null = null;
    let failed = false;
    let interrupts = 0;
    // Signals reach the main thread only: the first goes to the command (it stops the crawl and
    // reports what it has), a second ends the program at once (src/cli/interrupt.ts).
    const onSigint = () => {
      interrupts += 1;
      if (interrupts > 1) process.exit(130);
      w.postMessage('SIGINT');
    };
    process.on('SIGINT', onSigint);
    w.on('message', (m: { code: number }) => {
      code = m.code;
      // Something left running on the thread (a stuck socket, a thread of its own) must not keep
      // the program from ending once the command is done.
      setTimeout(() => void w.terminate(), WORKER_GRACE_MS).unref();
    });
    w.on('error', (err) => {
      failed = true;
      internalError(err);
    });
    w.on('exit', (exitCode) => {
      process.off('SIGINT', onSigint);
      resolve(failed ? 70 : (code ?? exitCode));
    });
  });
}

function internalError(err: unknown): number {
  process.stderr.write(`refaudit: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
  return 70;
}
