/**
 * `--threads 0` is the reference path: the whole audit on the main thread (no command, parsing or
 * relevance thread, no spill file). The default path must give the same report on every fixture,
 * and must really have run on its threads (a missing dist/ falls back to the main thread silently).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/serve/static-server.js';
import { startDemo, type DemoSetup } from '../../src/cli/demo.js';
import { runCli } from '../support/demo-outputs.js';
import { assertDistFresh, usageFrom } from '../support/threads.js';
import type { ThreadUsage } from '../../src/util/thread-usage.js';

const SITES = join(import.meta.dirname, '../../fixtures/test-sites');
const FIXTURES = ['near-duplicates', 'meta-refresh', 'start-redirect', 'keyword-ties', 'french-blog-lang-en'];

/** Keys holding times: the run's date, the crawl's duration and response times. */
const TIMING_KEYS = new Set(['generatedAt', 'startedAt', 'finishedAt', 'durationMs', 'responseMs', 'ms', 'seconds', 'medianMs']);

/** The report without what differs from run to run: its date and the crawl's timings, in fields and sentences. */
function comparable(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => {
    if (TIMING_KEYS.has(key)) return undefined;
    return typeof value === 'string' ? value.replace(/\b\d+(?:\.\d+)? m?s\b/g, '<time>') : value;
  });
}

/**
 * A page answering in over 1.5 s is a finding (slow-response), with its place in the counts and the
 * next actions: on a local server only a loaded machine makes one, and the other run may not see it.
 */
const slow = (json: string) => /"ruleId": ?"slow-response"/.test(json);
const ATTEMPTS = 3;

async function auditBothWays(args: string[]): Promise<{ threaded: unknown; oneThread: unknown; usage: ThreadUsage; reference: ThreadUsage }> {
  const env = { REFAUDIT_DEBUG_THREADS: '1' };
  const common = [...args, '--no-history', '--format', 'json'];
  for (let attempt = 1; ; attempt++) {
    const [fast, one] = await Promise.all([runCli(['audit', ...common], env), runCli(['audit', ...common, '--threads', '0'], env)]);
    expect([fast.code, one.code], fast.stderr + one.stderr).toEqual([0, 0]);
    if ((slow(fast.stdout) || slow(one.stdout)) && attempt < ATTEMPTS) continue;
    expect(slow(fast.stdout) || slow(one.stdout), `responses over 1.5 s in ${ATTEMPTS} attempts: the machine is too loaded to compare`).toBe(false);
    return { threaded: comparable(fast.stdout), oneThread: comparable(one.stdout), usage: usageFrom(fast.stderr), reference: usageFrom(one.stderr) };
  }
}

const NOTHING_ON_THREADS: ThreadUsage = { commandThread: false, parseThreadsStarted: 0, parsedOnThreads: 0, relevanceThreadsStarted: 0, countedOnThread: 0, spilledTexts: 0, fallbacks: 0 };

beforeAll(() => assertDistFresh());

describe('the demo audit, threaded and on one thread', () => {
  let demo: DemoSetup;
  beforeAll(async () => {
    demo = await startDemo({ basePort: 0 });
  });
  afterAll(() => demo.close());

  it('gives the same findings and scores, and the threaded run really used its threads', async () => {
    const r = await auditBothWays(['--config', demo.configFile]);
    expect(r.threaded).toEqual(r.oneThread);
    expect((r.oneThread as { scores: { relevance: { value: number } } }).scores.relevance.value).toBeGreaterThan(0);
    expect(r.reference).toEqual(NOTHING_ON_THREADS);
    expect(r.usage.commandThread).toBe(true);
    // 50-odd pages: past the first 16 parsed inline, the parsing threads take the rest.
    expect(r.usage.parseThreadsStarted).toBeGreaterThan(0);
    expect(r.usage.parsedOnThreads).toBeGreaterThan(20);
    expect(r.usage.relevanceThreadsStarted).toBe(1);
    expect(r.usage.countedOnThread).toBeGreaterThan(40);
    expect(r.usage.spilledTexts).toBeGreaterThan(40);
    expect(r.usage.fallbacks).toBe(0);
  }, 300_000);
});

describe.each(FIXTURES)('fixtures/test-sites/%s, threaded and on one thread', (name) => {
  it('gives the same report, and the threaded run used its command and relevance threads', async () => {
    const server = await serveDirectory(join(SITES, name), { port: 0 });
    try {
      const r = await auditBothWays([server.url, '--no-config', '--keyword', 'visite', '--keyword', 'riad marrakech']);
      expect(r.threaded).toEqual(r.oneThread);
      expect(r.reference).toEqual(NOTHING_ON_THREADS);
      expect(r.usage.commandThread).toBe(true);
      expect(r.usage.relevanceThreadsStarted).toBe(1);
      expect(r.usage.countedOnThread).toBeGreaterThan(0);
      expect(r.usage.fallbacks).toBe(0);
    } finally {
      await server.close();
    }
  }, 300_000);
});
