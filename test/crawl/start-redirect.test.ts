/**
 * A start URL that redirects inside its own site is followed: the audited site is where it lands.
 * One that redirects to another site still cannot be audited (exit 3).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/crawl/crawler.js';
import { assertAuditable } from '../../src/crawl/auditable.js';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { InputError } from '../../src/util/errors.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/start-redirect');

describe('start URLs that redirect', () => {
  let server: StaticServer;
  const U = (p: string) => new URL(p, server.url).href;
  beforeAll(async () => {
    server = await serveDirectory(SITE);
  });
  afterAll(() => server.close());

  it.each([
    ['/', '/fr/', ['/fr/contact/', '/docs/guide/']],
    ['/docs', '/docs/', ['/docs/guide/']],
    ['/bienvenue/', '/fr/', ['/fr/contact/']],
  ])('%s lands on %s, which is audited', async (start, home, reached) => {
    const snap = await crawlSite({ startUrl: U(start), concurrency: 2 });
    expect(snap.homeUrl).toBe(U(home));
    expect(() => assertAuditable(snap)).not.toThrow();
    for (const p of reached) expect(snap.pages.find((x) => x.url === U(p))?.status).toBe(200);
    expect(snap.pages.find((x) => x.url === U(home))?.depth).toBe(0);
  });

  it('a start URL that redirects to another site is refused with exit 3', async () => {
    const snap = await crawlSite({ startUrl: U('/ailleurs'), concurrency: 2 });
    let err: unknown;
    try {
      assertAuditable(snap);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/redirects out of the audited site \(to http:\/\/example\.invalid\/\)/);
    expect((err as InputError).exitCode).toBe(3);
  });
});
