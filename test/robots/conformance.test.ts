/**
 * robots.txt matching per RFC 9309, restated from the behaviours that Google's open-source
 * robotstxt library tests (robots_test.cc): user-agent matching, group merging, longest match,
 * Allow winning ties, `*` and `$`, percent-encoding, case rules, and the status rules.
 */
import { describe, expect, it } from 'vitest';
import { productToken, robotsPolicy } from '../../src/crawl/robots.js';

const ORIGIN = 'https://ex.test';
const policy = (body: string, status = 200) => robotsPolicy({ origin: ORIGIN, url: `${ORIGIN}/robots.txt`, status, body, bytes: body.length }, ['googlebot', 'bingbot']);

const CASES: [string, string, string, string, boolean][] = [
  // [what, robots.txt, token, path, allowed]
  ['user-agent value is case-insensitive', 'User-agent: GoogleBot\nDisallow: /', 'googlebot', '/x', false],
  ['field names are case-insensitive', 'USER-AGENT: googlebot\nDISALLOW: /', 'googlebot', '/x', false],
  ['rule paths are case-sensitive', 'User-agent: *\nDisallow: /Private', 'googlebot', '/private', true],
  ['a specific group replaces the * group', 'User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nDisallow: /no', 'googlebot', '/yes', true],
  ['the * group applies to bots without their own group', 'User-agent: *\nDisallow: /\n\nUser-agent: googlebot\nAllow: /', 'bingbot', '/x', false],
  ['consecutive user-agent lines share one group', 'User-agent: bingbot\nUser-agent: googlebot\nDisallow: /shared', 'googlebot', '/shared/x', false],
  ['groups for the same agent are merged', 'User-agent: googlebot\nDisallow: /a\n\nUser-agent: googlebot\nDisallow: /b', 'googlebot', '/b', false],
  ['longest match wins (allow longer)', 'User-agent: *\nDisallow: /dir\nAllow: /dir/page', 'googlebot', '/dir/page', true],
  ['longest match wins (disallow longer)', 'User-agent: *\nAllow: /dir\nDisallow: /dir/page', 'googlebot', '/dir/page', false],
  ['allow wins a tie', 'User-agent: *\nDisallow: /page\nAllow: /page', 'googlebot', '/page', true],
  ['* matches any sequence', 'User-agent: *\nDisallow: /*.pdf', 'googlebot', '/docs/a.pdf', false],
  ['$ anchors the end', 'User-agent: *\nDisallow: /*.pdf$', 'googlebot', '/a.pdf?x=1', true],
  ['$ anchors the end (match)', 'User-agent: *\nDisallow: /*.pdf$', 'googlebot', '/a.pdf', false],
  ['empty Disallow allows everything', 'User-agent: *\nDisallow:', 'googlebot', '/x', true],
  ['percent-encoded rule matches the raw path', 'User-agent: *\nDisallow: /caf%C3%A9', 'googlebot', '/café', false],
  ['query strings are part of the path', 'User-agent: *\nDisallow: /search?q=', 'googlebot', '/search?q=riad', false],
  ['comments are ignored', 'User-agent: * # all\nDisallow: /x # not this', 'googlebot', '/x', false],
  ['no rule for the path means allowed', 'User-agent: *\nDisallow: /private', 'googlebot', '/public', true],
];

describe('RFC 9309 matching', () => {
  it.each(CASES)('%s', (_what, body, token, path, allowed) => {
    expect(policy(body).isAllowed(`${ORIGIN}${path}`, token)).toBe(allowed);
  });
});

describe('RFC 9309 status rules and records', () => {
  it('4xx means no restrictions', () => {
    const p = policy('', 404);
    expect(p.record.mode).toBe('allow-all');
    expect(p.isAllowed(`${ORIGIN}/x`, 'googlebot')).toBe(true);
  });

  it('5xx or no answer means disallow all', () => {
    expect(policy('', 503).isAllowed(`${ORIGIN}/x`, 'googlebot')).toBe(false);
    const none = robotsPolicy({ origin: ORIGIN, url: `${ORIGIN}/robots.txt`, status: null, body: null, bytes: 0, error: { code: 'timeout', message: 't' } }, ['googlebot']);
    expect(none.record.mode).toBe('disallow-all');
    expect(none.record.error?.code).toBe('timeout');
  });

  it('records sitemaps, crawl-delay per bot, malformed lines and an HTML body', () => {
    const p = policy('User-agent: bingbot\nCrawl-delay: 5\nDisalow: /typo\nthis is not a record\nSitemap: https://ex.test/s.xml');
    expect(p.record.sitemaps).toEqual(['https://ex.test/s.xml']);
    expect(p.record.crawlDelay).toEqual({ bingbot: 5 });
    expect(p.record.problems).toEqual(['line 3: unknown field "Disalow" (ignored by engines)', 'line 4: not a "field: value" record: this is not a record']);
    expect(policy('<!DOCTYPE html><html><body>404</body></html>').record.looksLikeHtml).toBe(true);
  });

  it('reads the product token of a user agent', () => {
    expect(productToken('refaudit/0.1.0 (+https://example)')).toBe('refaudit');
    expect(productToken('Mozilla/5.0 (compatible; Googlebot/2.1)')).toBe('mozilla');
  });
});
