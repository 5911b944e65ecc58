/**
 * The thread a command runs on (run.ts). Its stdout and stderr are streams to the main thread's:
 * they are told whether those are terminals, so colours and progress behave as on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { failIfWanted } from '../util/test-failure.js';

export interface TerminalInfo {
  isTTY: boolean;
  columns: number | null;
}

const { stdout, stderr } = workerData as { stdout: TerminalInfo; stderr: TerminalInfo };
for (const [stream, info] of [
  [process.stdout, stdout],
  [process.stderr, stderr],
] as const) {
  Object.assign(stream, { isTTY: info.isTTY });
  if (info.columns !== null) Object.assign(stream, { columns: info.columns });
}

parentPort!.on('message', (m: unknown) => {
  if (m !== 'SIGINT') return;
  // A command that does not handle Ctrl-C ends, as it would on the main thread.
  if (process.listenerCount('SIGINT') > 0) process.emit('SIGINT');
  else process.exit(130);
});
// The port must not keep the thread alive once the command is done.
parentPort!.unref();

// The test of the command thread's failure path ends it here, before the command runs.
failIfWanted('command-thread');
const code = await main(process.argv);
parentPort!.postMessage({ code });
