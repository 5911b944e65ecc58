import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compiledWorker } from '../../src/util/worker-file.js';

const ROOT = join(import.meta.dirname, '../..');

describe('compiledWorker', () => {
  it('finds the built worker from a source module (tests run after the build)', () => {
    expect(compiledWorker(pathToFileURL(join(ROOT, 'src/crawl/parse/pool.ts')).href, 'worker')).toBe(join(ROOT, 'dist/crawl/parse/worker.js'));
    expect(compiledWorker(pathToFileURL(join(ROOT, 'src/analyze/relevance/thread.ts')).href, 'thread-worker')).toBe(join(ROOT, 'dist/analyze/relevance/thread-worker.js'));
    expect(compiledWorker(pathToFileURL(join(ROOT, 'dist/crawl/parse/pool.js')).href, 'worker')).toBe(join(ROOT, 'dist/crawl/parse/worker.js'));
  });

  it('says none when there is no such worker', () => {
    expect(compiledWorker(pathToFileURL(join(ROOT, 'src/crawl/parse/pool.ts')).href, 'no-such-worker')).toBeNull();
  });
});
