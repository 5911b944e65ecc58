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

// Behaviours of Google's parser (google/robotstxt, robots_test.cc), restated as facts: [what,
// robots.txt, token, URL path ('' = the origin with no path), allowed].
const GOOGLE: [string, string, string, string, boolean][] = [
  ['a Sitemap line between two user-agent lines does not end the group (RFC 9309 §2.1)', 'User-agent: barbot\nSitemap: https://ex.test/s.xml\nUser-agent: foobot\nDisallow: /', 'barbot', '/x', false],
  ['the same, for the second agent', 'User-agent: barbot\nSitemap: https://ex.test/s.xml\nUser-agent: foobot\nDisallow: /', 'foobot', '/x', false],
  ['a Crawl-delay line between user-agent lines does not end the group either', 'User-agent: barbot\nCrawl-delay: 3\nUser-agent: foobot\nDisallow: /', 'barbot', '/x', false],
  ['an unknown line does not end the group', 'User-agent: barbot\nHost: ex.test\nUser-agent: foobot\nDisallow: /', 'barbot', '/x', false],
  ['a rule line ends the group: the next user-agent starts a new one', 'User-agent: foobot\nDisallow: /\nAllow: /x/\nUser-agent: barbot\nDisallow: /\nAllow: /y/', 'foobot', '/y/c', false],
  ['rules before any user-agent line are ignored', 'Allow: /foo/bar/\n\nUser-agent: foobot\nDisallow: /', 'foobot', '/foo/bar/', false],
  ['a blank line does not end a group: bazbot shares the next agent\'s rules', 'User-agent: bazbot\n\nUser-agent: foobot\nAllow: /z/\nDisallow: /', 'bazbot', '/z/d', true],
  ['... and its disallow', 'User-agent: bazbot\n\nUser-agent: foobot\nAllow: /z/\nDisallow: /', 'bazbot', '/y/d', false],
  ['a full UTF-8 BOM is skipped', '\uFEFFUser-agent: foobot\nDisallow: /', 'foobot', '/x', false],
  ['a partial BOM (its first two bytes) is skipped', '\uFFFDUser-agent: foobot\nDisallow: /', 'foobot', '/x', false],
  ['a missing colon is assumed (Google)', 'user-agent foobot\ndisallow /', 'foobot', '/x/y', false],
  ['a user-agent value counts up to its first space (Google)', 'User-agent: *\nDisallow: /\nUser-agent: Foo Bar\nAllow: /x/\nDisallow: /', 'foo', '/x/y', true],
  ['an empty Disallow and an empty Allow allow everything', 'User-agent: foobot\nDisallow:\nAllow:', 'foobot', '/x/page.html', true],
  ['an empty path is the root /', 'User-agent: foobot\nAllow: /$\nDisallow: /', 'foobot', '', true],
  ['the root alone is allowed by /$, not a page below it', 'User-agent: foobot\nAllow: /$\nDisallow: /', 'foobot', '/page.html', false],
  ['an allowed /dir/index.html allows /dir/ (Google)', 'User-agent: *\nAllow: /allowed-slash/index.html\nDisallow: /', 'foobot', '/allowed-slash/', true],
  ['... but not /dir/index.htm', 'User-agent: *\nAllow: /allowed-slash/index.html\nDisallow: /', 'foobot', '/allowed-slash/index.htm', false],
  ['the most specific group for an agent replaces *', 'User-agent: *\nDisallow: /x/\nUser-agent: foobot\nDisallow: /y/', 'foobot', '/x/page', true],
  ['allow /p is longer than disallow / (Google docs)', 'User-agent: foobot\nAllow: /p\nDisallow: /', 'foobot', '/page', true],
  ['disallow /*.htm is longer than allow /page', 'User-agent: foobot\nAllow: /page\nDisallow: /*.htm', 'foobot', '/page.htm', false],
  ['a # in a rule starts a comment', 'User-agent: foobot\n# Disallow: /\nDisallow: /foo/quz#qux\nAllow: /', 'foobot', '/foo/quz', false],
];

describe("google/robotstxt's behaviour", () => {
  it.each(GOOGLE)('%s', (_what, body, token, path, allowed) => {
    expect(policy(body).isAllowed(`${ORIGIN}${path}`, token)).toBe(allowed);
  });

  it('keeps the sitemaps and crawl-delays of the text as written', () => {
    const p = policy('\uFFFDUser-agent: bingbot\nSitemap: https://ex.test/s.xml\nCrawl-delay: 4\nUser-agent: googlebot\nDisallow: /');
    expect(p.record.sitemaps).toEqual(['https://ex.test/s.xml']);
    expect(p.record.body?.startsWith('User-agent')).toBe(true);
    expect(p.isAllowed(`${ORIGIN}/x`, 'bingbot')).toBe(false);
  });

  it('a broken BOM leaves the first line unreadable, as Google reads it', () => {
    expect(policy('\uFFFD\u0011\uFFFDUser-agent: foobot\nDisallow: /').isAllowed(`${ORIGIN}/x`, 'foobot')).toBe(true);
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
