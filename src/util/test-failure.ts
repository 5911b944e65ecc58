/**
 * Failure injection for the tests of each thread's failure path (test/threads/failures.test.ts) and
 * of an unexpected exception in a command (`command`, test/schedule/internal-error.test.ts):
 * `REFAUDIT_TEST_FAIL=<point>[,<point>...]`, a point being one of FAILURE_POINTS, optionally
 * `<point>@N` to fail on the Nth time the point is reached (default the first). Read from the
 * environment, which worker threads inherit, so a thread can be made to fail from the test that
 * starts it.
 */
import { isMainThread } from 'node:worker_threads';

export const FAILURE_POINTS = ['parse-thread', 'relevance-thread', 'relevance-finish', 'relevance-anchors', 'command-thread', 'command', 'spill-write'] as const;
export type FailurePoint = (typeof FAILURE_POINTS)[number];

const reached = new Map<string, number>();
/**
 * A worker thread's environment is a copy taken when it starts, so it is read once there (reading
 * process.env is slow, and a parsing thread asks on every page). The main thread reads it each time:
 * tests set and clear it between runs.
 */
const threadSpec = isMainThread ? null : (process.env.REFAUDIT_TEST_FAIL ?? '');

/** True when the test asked this point to fail now. */
export function failureWanted(point: FailurePoint): boolean {
  const spec = threadSpec ?? process.env.REFAUDIT_TEST_FAIL;
  if (!spec) return false;
  for (const item of spec.split(',')) {
    const [name, nth = '1'] = item.split('@');
    if (name !== point) continue;
    const n = (reached.get(point) ?? 0) + 1;
    reached.set(point, n);
    return n === Number(nth);
  }
  return false;
}

/** Throws where the test asked this point to fail. */
export function failIfWanted(point: FailurePoint): void {
  if (failureWanted(point)) throw new Error(`test failure injected at ${point} (REFAUDIT_TEST_FAIL)`);
}
