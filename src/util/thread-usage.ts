/**
 * What the audit's threads really did in this process: the proof, for the tests and for
 * `REFAUDIT_DEBUG_THREADS=1`, that the fast path ran on threads and not on the main thread's
 * fallback (a missing dist/ or a thread that failed to start both fall back silently, with the same
 * results). Counters only; nothing reads them to decide anything.
 */
import { isMainThread } from 'node:worker_threads';

export interface ThreadUsage {
  /** The command ran on its own thread (src/cli/run.ts). */
  commandThread: boolean;
  /** Parsing threads started (the sitemap thread included). */
  parseThreadsStarted: number;
  /** Pages and sitemaps parsed on a parsing thread, as answered. */
  parsedOnThreads: number;
  /** Relevance threads started (one an audit that crawls). */
  relevanceThreadsStarted: number;
  /** Pages whose relevance counts came back from the relevance thread. */
  countedOnThread: number;
  /** Page texts written to a spill file. */
  spilledTexts: number;
  /** Threads or spill files that failed, the work falling back to the main thread or to memory. */
  fallbacks: number;
}

const usage: ThreadUsage = {
  commandThread: !isMainThread,
  parseThreadsStarted: 0,
  parsedOnThreads: 0,
  relevanceThreadsStarted: 0,
  countedOnThread: 0,
  spilledTexts: 0,
  fallbacks: 0,
};

export function countThreadUse(key: Exclude<keyof ThreadUsage, 'commandThread'>, n = 1): void {
  usage[key] += n;
}

/** A copy of the counters so far. */
export function threadUsage(): ThreadUsage {
  return { ...usage };
}
