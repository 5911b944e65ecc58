/** Waiting for one answer of the relevance thread (thread.ts, thread-anchors.ts). */
import type { Worker } from 'node:worker_threads';
import type { FromThread } from './thread-protocol.js';

/** A worker's next answer of one of these kinds, or null if it fails or ends first. */
export function answerOf<K extends FromThread['kind']>(worker: Worker, kinds: K[], send: () => void): Promise<Extract<FromThread, { kind: K }> | null> {
  return new Promise((resolve) => {
    const onMessage = (msg: FromThread) => {
      if (!(kinds as string[]).includes(msg.kind)) return;
      off();
      resolve(msg as Extract<FromThread, { kind: K }>);
    };
    const onEnd = () => {
      off();
      resolve(null);
    };
    const off = () => {
      worker.off('message', onMessage);
      worker.off('error', onEnd);
      worker.off('exit', onEnd);
    };
    worker.on('message', onMessage);
    worker.on('error', onEnd);
    worker.on('exit', onEnd);
    send();
  });
}
