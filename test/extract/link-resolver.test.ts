import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLinkResolver } from '../../src/crawl/extract/link-resolver.js';
import { normalizeUrl } from '../../src/crawl/url.js';

const isInternal = (u: string) => new URL(u).host === 'ex.test';
const uncached = (href: string, base: string) => {
  const url = normalizeUrl(href, base, { stripTracking: true });
  return url === null ? null : { url, internal: isInternal(url) };
};

describe('link resolution remembered across pages', () => {
  it('gives what resolving each link anew gives, whatever the page and the href', () => {
    const bases = ['https://ex.test/', 'https://ex.test/a/b.html', 'https://ex.test/a/b/?q=1', 'http://ex.test/c', 'https://other.test/x/y', 'https://ex.test:8443/d/'];
    const hrefs = [
      '/p/1', '/p/1?utm_source=x&k=2', '/p/1#top', 'p/1', './p/1', '../p/1', '?page=2', '#frag', '', '  /p/2  ',
      '//cdn.test/x', '\\\\cdn.test\\x', '\\p\\3', 'https://EX.test/Z', 'HTTP://ex.test:80/q', 'http:p/4', 'https:/p/5',
      'mailto:a@ex.test', 'javascript:void(0)', 'https://[::1]/v6', '/%7Euser/', '/é/ü?x=é', 'http://ex.test/a/../b',
    ];
    const resolve = makeLinkResolver({ stripTracking: true, isInternal });
    // Twice over, bases interleaved: answers remembered from one page must hold on the next.
    for (let round = 0; round < 2; round++)
      for (const href of hrefs) for (const base of bases) expect(resolve(href, base), `${href} on ${base}`).toEqual(uncached(href, base));
  });

  it('agrees with resolving anew on random hrefs', () => {
    const resolve = makeLinkResolver({ stripTracking: true, isInternal });
    const base = fc.constantFrom('https://ex.test/', 'https://ex.test/a/b.html', 'http://ex.test/c/', 'https://sub.ex.test/z');
    const href = fc.oneof(
      fc.string(),
      fc.tuple(fc.constantFrom('/', '//', '\\', 'http://', 'https:', './', '../', '?', '#', ''), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(href, base, (h, b) => {
        expect(resolve(h, b)).toEqual(uncached(h, b));
      }),
      { numRuns: 3000 },
    );
  });
});
