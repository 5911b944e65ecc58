import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import { STEP_ORDER } from '../../src/rules/types.js';
import { makeSnapshot, type PageInput } from '../support/make-snapshot.js';
import { testRule } from './tester.js';

const rule = (id: string) => {
  const r = ALL_RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const U = (p: string) => `https://ex.test${p}`;
const site = (...pages: PageInput[]) => makeSnapshot([{ url: U('/') }, ...pages]);
const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).join(' ');

describe('rule metadata', () => {
  it('has unique kebab-case ids, a known step, and a title, help and fix for every rule', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ALL_RULES) {
      expect(r.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(STEP_ORDER).toContain(r.meta.step);
      expect(r.meta.title.length).toBeGreaterThan(5);
      expect(r.meta.help.length).toBeGreaterThan(20);
      expect(r.meta.fix.length).toBeGreaterThan(5);
    }
  });

  it('runRules keeps every item (the report caps what its steps show, never its items)', () => {
    const pages = Array.from({ length: 60 }, (_, i) => ({ url: U(`/p${i}`), html: { title: null } }));
    const f = runRules({ snapshot: makeSnapshot(pages), bots: [] }, [rule('title-missing')]);
    expect(f[0]).toMatchObject({ ruleId: 'title-missing', count: 60 });
    expect(f[0]?.evidence).toHaveLength(60);
  });
});

testRule(rule('page-4xx'), {
  valid: [{ name: 'all 200', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: '404 and 410', snapshot: site({ url: U('/a'), status: 404, html: null }, { url: U('/b'), status: 410, html: null }), expect: [{ url: U('/a'), detail: 'HTTP 404, found via link' }, { url: U('/b'), detail: 'HTTP 410, found via link' }] }],
});
testRule(rule('page-5xx'), {
  valid: [{ name: '404 is not 5xx', snapshot: site({ url: U('/a'), status: 404, html: null }) }],
  invalid: [{ name: '503', snapshot: site({ url: U('/a'), status: 503, html: null }), expect: [{ url: U('/a'), detail: 'HTTP 503' }] }],
});
testRule(rule('fetch-failed'), {
  valid: [{ name: 'aborted is not a failure of the site', snapshot: site({ url: U('/a'), status: null, error: { code: 'aborted', message: '' }, html: null }) }],
  invalid: [{ name: 'timeout', snapshot: site({ url: U('/a'), status: null, error: { code: 'timeout', message: 't' }, html: null }), expect: [{ url: U('/a'), detail: 'timeout: t' }] }],
});
testRule(rule('redirect-chain'), {
  valid: [{ name: 'one hop', snapshot: site({ url: U('/a'), status: 301, redirects: [{ url: U('/a'), status: 301, location: U('/b') }], html: null }) }],
  invalid: [{ name: 'two hops', snapshot: site({ url: U('/a'), status: 301, redirects: [{ url: U('/a'), status: 301, location: U('/b') }, { url: U('/b'), status: 302, location: U('/c') }], html: null }), expect: [{ url: U('/a'), detail: '2 hops to https://ex.test/a', related: ['301 https://ex.test/a', '302 https://ex.test/b'] }] }],
});
testRule(rule('redirect-loop'), {
  valid: [{ name: 'no loop', snapshot: site({ url: U('/a') }) }],
  invalid: [
    { name: 'loop', snapshot: site({ url: U('/a'), status: 301, error: { code: 'redirect-loop', message: `redirect loop back to ${U('/a')}` }, html: null }), expect: [{ url: U('/a'), detail: `redirect loop back to ${U('/a')}`, related: [] }] },
    { name: 'too many hops', snapshot: site({ url: U('/b'), status: 301, error: { code: 'too-many-redirects', message: 'more than 10 redirects' }, html: null }), expect: [{ url: U('/b'), detail: 'more than 10 redirects', related: [] }] },
  ],
});
testRule(rule('title-missing'), {
  valid: [{ name: 'titled', snapshot: site({ url: U('/a'), html: { title: 'Circuit désert' } }) }],
  invalid: [{ name: 'no title', snapshot: site({ url: U('/a'), html: { title: null } }), expect: [{ url: U('/a') }] }],
});
testRule(rule('title-duplicate'), {
  valid: [
    { name: 'distinct titles', snapshot: makeSnapshot([{ url: U('/'), html: { title: 'A' } }, { url: U('/b'), html: { title: 'B' } }]) },
    { name: 'duplicate on a noindex page does not count', snapshot: makeSnapshot([{ url: U('/'), html: { title: 'A' } }, { url: U('/b'), html: { title: 'A', metaRobots: { generic: ['noindex'], perBot: {} } } }]) },
  ],
  invalid: [{ name: 'same title, case aside', snapshot: makeSnapshot([{ url: U('/'), html: { title: 'Riad' } }, { url: U('/b'), html: { title: 'riad ' } }]), expect: [{ url: U('/'), detail: '"Riad" on 2 pages', related: [U('/b')] }, { url: U('/b'), detail: '"riad " on 2 pages', related: [U('/')] }] }],
});
testRule(rule('title-too-long'), {
  valid: [{ name: '60 characters', snapshot: site({ url: U('/a'), html: { title: 'x'.repeat(60) } }) }],
  invalid: [{ name: '61 characters', snapshot: site({ url: U('/a'), html: { title: 'x'.repeat(61) } }), expect: [{ url: U('/a'), detail: '61 characters' }] }],
});
testRule(rule('meta-description-missing'), {
  valid: [{ name: 'described', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'missing', snapshot: site({ url: U('/a'), html: { metaDescription: null } }), expect: [{ url: U('/a') }] }],
});
testRule(rule('h1-missing'), {
  valid: [{ name: 'has h1', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'only h2', snapshot: site({ url: U('/a'), html: { headings: [{ level: 2, text: 'x' }] } }), expect: [{ url: U('/a') }] }],
});
testRule(rule('h1-multiple'), {
  valid: [{ name: 'one h1', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'two h1', snapshot: site({ url: U('/a'), html: { headings: [{ level: 1, text: 'a' }, { level: 1, text: 'b' }] } }), expect: [{ url: U('/a'), detail: '"a", "b"' }] }],
});
testRule(rule('thin-content'), {
  valid: [{ name: '250 words', snapshot: makeSnapshot([{ url: U('/'), html: { text: words(250) } }]) }],
  invalid: [{ name: '249 words', snapshot: makeSnapshot([{ url: U('/'), html: { text: words(249) } }]), expect: [{ url: U('/'), detail: '249 words' }] }],
});
testRule(rule('head-closed-early'), {
  valid: [{ name: 'clean head', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'div in head', snapshot: site({ url: U('/a'), html: { headClosedEarly: true, ignoredHeadTags: ['meta robots'] } }), expect: [{ url: U('/a'), detail: 'ignored: meta robots' }] }],
});
testRule(rule('image-alt-missing'), {
  valid: [{ name: 'empty alt is decorative', snapshot: site({ url: U('/a'), html: { imagesMissingAlt: [], imagesMissingAltCount: 0, imageCount: 1 } }) }],
  invalid: [{ name: 'no alt attribute', snapshot: site({ url: U('/a'), html: { imagesMissingAlt: [U('/i.png')], imagesMissingAltCount: 1, imageCount: 1 } }), expect: [{ url: U('/a'), detail: '1 of 1 images', related: [U('/i.png')] }] }],
});
testRule(rule('canonical-to-non-200'), {
  valid: [{ name: 'canonical to a live page', snapshot: site({ url: U('/a'), html: { canonical: U('/b') } }, { url: U('/b') }) }],
  invalid: [{ name: 'canonical to a 404', snapshot: site({ url: U('/a'), html: { canonical: U('/b') } }, { url: U('/b'), status: 404, html: null }), expect: [{ url: U('/a'), detail: 'canonical https://ex.test/b: HTTP 404' }] }],
});
testRule(rule('internal-link-broken'), {
  valid: [{ name: 'links to live pages', snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/'), text: 'home' }] } }) }],
  invalid: [{ name: 'link to a 404', snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/gone'), text: 'x' }] } }, { url: U('/gone'), status: 404, html: null }), expect: [{ url: U('/gone'), detail: 'HTTP 404, linked from 1 page', related: [U('/a')] }] }],
});
testRule(rule('orphan-page'), {
  valid: [{ name: 'linked sitemap page', snapshot: site({ url: U('/a'), inSitemap: true, inlinks: 2 }) }],
  invalid: [{ name: 'sitemap page nobody links to', snapshot: site({ url: U('/a'), inSitemap: true, inlinks: 0 }), expect: [{ url: U('/a') }] }],
});
testRule(rule('hreflang-invalid'), {
  valid: [{
    name: 'pair with return links',
    snapshot: site(
      { url: U('/fr'), html: { hreflang: [{ lang: 'en', url: U('/en') }] } },
      { url: U('/en'), html: { hreflang: [{ lang: 'fr', url: U('/fr') }] } },
    ),
  }],
  invalid: [{
    name: 'bad code and a missing return link',
    snapshot: site({ url: U('/fr'), html: { hreflang: [{ lang: 'english', url: U('/en') }, { lang: 'de', url: U('/de') }] } }, { url: U('/de'), html: { hreflang: [] } }),
    expect: [{ url: U('/fr'), detail: 'bad code "english"' }, { url: U('/fr'), detail: 'de → https://ex.test/de has no return link' }],
  }],
});
testRule(rule('doorway-pages'), {
  valid: [{ name: 'one thin page is not a pattern', snapshot: site({ url: U('/a'), html: { title: 'Excursion à Fès', text: 'texte court identique pour tester le motif des pages satellites ' + words(30) } }) }],
  invalid: [{
    name: 'three thin near-identical pages one word apart',
    snapshot: site(
      ...['Fès', 'Rabat', 'Tanger'].map((c) => ({ url: U(`/excursion-${c}`), html: { title: `Excursion à ${c}`, text: `Excursion à ${c} ${words(60)}` } })),
    ),
    expect: [{ url: U('/excursion-Fès'), detail: '"Excursion à Fès" (63 words)', related: [U('/excursion-Rabat'), U('/excursion-Tanger')] }, { url: U('/excursion-Rabat'), detail: '"Excursion à Rabat" (63 words)', related: [U('/excursion-Fès'), U('/excursion-Tanger')] }, { url: U('/excursion-Tanger'), detail: '"Excursion à Tanger" (63 words)', related: [U('/excursion-Fès'), U('/excursion-Rabat')] }],
  }],
});
testRule(rule('robots-txt-unreachable'), {
  valid: [{ name: 'robots 200', snapshot: site() }],
  invalid: [{
    name: 'robots 503',
    snapshot: makeSnapshot([{ url: U('/') }], { robots: [{ origin: U(''), url: U('/robots.txt'), status: 503, mode: 'disallow-all', bytes: 0, body: null, sitemaps: [], crawlDelay: {}, problems: [], looksLikeHtml: false }] }),
    expect: [{ url: U('/robots.txt'), detail: 'HTTP 503' }],
  }],
});
testRule(rule('robots-blocks-bot'), {
  valid: [{ name: 'everyone allowed', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'bingbot kept from an indexable page', snapshot: site({ url: U('/a'), robotsAllowed: { googlebot: true, bingbot: false } }), expect: [{ url: U('/a'), detail: 'bingbot: 1 indexable pages disallowed', related: [U('/a')] }] }],
}, ['googlebot', 'bingbot']);
testRule(rule('sitemap-missing'), {
  valid: [{ name: 'a urlset', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [{ url: U('/sitemap.xml'), source: 'robots', parent: null, status: 200, kind: 'urlset', gzip: false, bytes: 1, entries: 1, overLimit: false, problems: [] }] }) }],
  invalid: [{ name: 'none', snapshot: site(), expect: [{ url: U('/'), detail: 'no sitemap' }] }],
});
testRule(rule('sitemap-url-noindex'), {
  valid: [{ name: 'indexable sitemap page', snapshot: site({ url: U('/a'), inSitemap: true }) }],
  invalid: [{ name: 'X-Robots-Tag noindex in sitemap', snapshot: site({ url: U('/a'), inSitemap: true, headerRobots: { generic: ['noindex'], perBot: {} } }), expect: [{ url: U('/a') }] }],
});
testRule(rule('sitemap-url-non-200'), {
  valid: [{ name: 'live', snapshot: site({ url: U('/a'), inSitemap: true }) }],
  invalid: [{ name: 'redirecting', snapshot: site({ url: U('/a'), inSitemap: true, status: 301, redirects: [{ url: U('/a'), status: 301, location: U('/b') }], html: null }), expect: [{ url: U('/a'), detail: 'redirects to https://ex.test/a' }] }],
});
testRule(rule('verification-missing'), {
  valid: [
    { name: 'all three tags', snapshot: makeSnapshot([{ url: U('/'), html: { verification: { 'google-site-verification': 'a', 'msvalidate.01': 'b', 'yandex-verification': 'c' } } }]) },
    {
      name: 'Google and Yandex tags, Bing by a valid BingSiteAuth.xml',
      snapshot: makeSnapshot([{ url: U('/'), html: { verification: { 'google-site-verification': 'a', 'yandex-verification': 'c' } } }], {
        verificationFiles: [{ file: 'BingSiteAuth.xml', tools: 'Bing Webmaster Tools', url: U('/BingSiteAuth.xml'), status: 200, valid: true }],
      }),
    },
  ],
  invalid: [{ name: 'only Google: one item for the home page', snapshot: makeSnapshot([{ url: U('/'), html: { verification: { 'google-site-verification': 'a' } } }]), expect: [{ url: U('/'), detail: 'Bing Webmaster Tools: no <meta name="msvalidate.01">; Yandex Webmaster: no <meta name="yandex-verification">' }] },
    {
      name: 'a BingSiteAuth.xml that is not Bing\'s file (a soft 404 page) verifies nothing',
      snapshot: makeSnapshot([{ url: U('/'), html: { verification: { 'google-site-verification': 'a', 'yandex-verification': 'c' } } }], {
        verificationFiles: [{ file: 'BingSiteAuth.xml', tools: 'Bing Webmaster Tools', url: U('/BingSiteAuth.xml'), status: 200, valid: false }],
      }),
      expect: [{ url: U('/'), detail: 'Bing Webmaster Tools: no <meta name="msvalidate.01">' }],
    },
  ],
});
testRule(rule('meta-keywords-present'), {
  valid: [{ name: 'none', snapshot: site() }],
  invalid: [{ name: 'present', snapshot: site({ url: U('/a'), html: { metaKeywords: 'riad, maroc' } }), expect: [{ url: U('/a'), detail: 'riad, maroc' }] }],
});

const robotsRecord = (over: Partial<import('../../src/site/types.js').RobotsRecord>) => ({
  origin: U(''), url: U('/robots.txt'), status: 200, mode: 'parsed' as const, bytes: 10, body: 'User-agent: *', sitemaps: [] as string[], crawlDelay: {}, problems: [] as string[], looksLikeHtml: false, ...over,
});
const sitemapRecord = (over: Partial<import('../../src/site/types.js').SitemapRecord>) => ({
  url: U('/sitemap.xml'), source: 'robots' as const, parent: null, status: 200, kind: 'urlset' as const, gzip: false, bytes: 1, entries: 1, overLimit: false, problems: [] as string[], ...over,
});

testRule(rule('body-truncated'), {
  valid: [{ name: 'whole body', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'cut at the cap', snapshot: site({ url: U('/a'), truncated: true }), expect: [{ url: U('/a'), detail: '1000 bytes kept' }] }],
});
testRule(rule('slow-response'), {
  valid: [{ name: '1,500 ms', snapshot: site({ url: U('/a'), responseMs: 1500 }) }],
  invalid: [{ name: '1,501 ms', snapshot: site({ url: U('/a'), responseMs: 1501 }), expect: [{ url: U('/a'), detail: '1501 ms' }] }],
});
testRule(rule('title-too-short'), {
  valid: [{ name: '10 characters', snapshot: makeSnapshot([{ url: U('/a'), html: { title: 'Riad à Fès' } }]) }],
  invalid: [{ name: '5 characters', snapshot: makeSnapshot([{ url: U('/a'), html: { title: 'Riads' } }]), expect: [{ url: U('/a'), detail: '"Riads"' }] }],
});
testRule(rule('meta-description-duplicate'), {
  valid: [{ name: 'distinct', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: 'a' } }, { url: U('/b'), html: { metaDescription: 'b' } }]) }],
  invalid: [{ name: 'shared', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: 'same' } }, { url: U('/b'), html: { metaDescription: 'same' } }]), expect: [{ url: U('/'), detail: '"same" on 2 pages', related: [U('/b')] }, { url: U('/b'), detail: '"same" on 2 pages', related: [U('/')] }] }],
});
testRule(rule('lang-missing'), {
  valid: [{ name: 'lang="fr"', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'no lang', snapshot: site({ url: U('/a'), html: { lang: null } }), expect: [{ url: U('/a') }] }],
});
testRule(rule('page-too-deep'), {
  valid: [{ name: 'depth 4', snapshot: site({ url: U('/a'), depth: 4 }) }],
  invalid: [{ name: 'depth 5', snapshot: site({ url: U('/a'), depth: 5 }), expect: [{ url: U('/a'), detail: 'depth 5' }] }],
});
testRule(rule('internal-link-redirect'), {
  valid: [{ name: 'direct link', snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/'), text: 'home' }] } }) }],
  invalid: [{
    name: 'link through a 301',
    snapshot: site({ url: U('/a'), html: { internalLinks: [{ url: U('/old'), text: 'x' }] } }, { url: U('/old'), status: 301, finalUrl: U('/a'), redirects: [{ url: U('/old'), status: 301, location: U('/a') }], html: null }),
    expect: [{ url: U('/old'), detail: 'redirects to https://ex.test/a, linked from 1 page', related: [U('/a')] }],
  }],
});
testRule(rule('canonical-multiple'), {
  valid: [{ name: 'one canonical', snapshot: site({ url: U('/a'), html: { canonicalCount: 1 } }) }],
  invalid: [{ name: 'two canonicals', snapshot: site({ url: U('/a'), html: { canonicalCount: 2 } }), expect: [{ url: U('/a'), detail: '2 canonicals' }] }],
});
testRule(rule('near-duplicate-pages'), {
  valid: [{ name: 'different texts', snapshot: site({ url: U('/a'), html: { text: words(300) } }, { url: U('/b'), html: { text: Array.from({ length: 300 }, (_, i) => `autre${i}`).join(' ') } }) }],
  invalid: [{
    name: 'same long text',
    snapshot: makeSnapshot([{ url: U('/'), html: { text: 'accueil' } }, { url: U('/a'), html: { text: words(300), fingerprint: 'abcdabcdabcdabcd' } }, { url: U('/b'), html: { text: words(300), fingerprint: 'abcdabcdabcdabcd' } }]),
    expect: [{ url: U('/a'), detail: 'cluster of 2 pages', related: [U('/b')] }, { url: U('/b'), detail: 'cluster of 2 pages', related: [U('/a')] }],
  }],
});
testRule(rule('robots-txt-missing'), {
  valid: [{ name: 'robots 200', snapshot: site() }],
  invalid: [{ name: 'robots 404', snapshot: makeSnapshot([{ url: U('/') }], { robots: [robotsRecord({ status: 404, mode: 'allow-all', body: null })] }), expect: [{ url: U('/robots.txt'), detail: 'HTTP 404' }] }],
});
testRule(rule('robots-txt-malformed'), {
  valid: [{ name: 'clean', snapshot: site() }],
  invalid: [{ name: 'a bad line', snapshot: makeSnapshot([{ url: U('/') }], { robots: [robotsRecord({ problems: ['line 2: not a "field: value" record: oops'] })] }), expect: [{ url: U('/robots.txt'), detail: '1 problem', related: ['line 2: not a "field: value" record: oops'] }] }],
});
testRule(rule('robots-txt-html'), {
  valid: [{ name: 'plain text', snapshot: site() }],
  invalid: [{ name: 'an HTML page', snapshot: makeSnapshot([{ url: U('/') }], { robots: [robotsRecord({ looksLikeHtml: true })] }), expect: [{ url: U('/robots.txt') }] }],
});
testRule(rule('sitemap-invalid'), {
  valid: [{ name: 'a missing default /sitemap.xml is not invalid', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({ source: 'default', kind: 'unreachable', status: 404 })] }) }],
  invalid: [{ name: 'malformed XML', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({ kind: 'invalid', problems: ['malformed XML'] })] }), expect: [{ url: U('/sitemap.xml'), detail: 'malformed XML' }] }],
});
testRule(rule('sitemap-over-limit'), {
  valid: [{ name: 'within limits', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({})] }) }],
  invalid: [{ name: '60,000 URLs', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({ overLimit: true, entries: 50_000, problems: ['60000 entries: over the 50,000 limit, the rest ignored'] })] }), expect: [{ url: U('/sitemap.xml'), detail: '60000 entries: over the 50,000 limit, the rest ignored' }] }],
});
testRule(rule('sitemap-url-blocked'), {
  valid: [{ name: 'allowed for every bot', snapshot: site({ url: U('/a'), inSitemap: true }) }],
  invalid: [{ name: 'blocked for Bingbot', snapshot: site({ url: U('/a'), inSitemap: true, robotsAllowed: { googlebot: true, bingbot: false } }), expect: [{ url: U('/a'), detail: 'blocked for bingbot' }] }],
}, ['googlebot', 'bingbot']);
testRule(rule('sitemap-not-in-robots'), {
  valid: [{ name: 'declared', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({})], robots: [robotsRecord({ sitemaps: [U('/sitemap.xml')] })] }) }],
  invalid: [{ name: 'found at /sitemap.xml only', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({ source: 'default' })], robots: [robotsRecord({})] }), expect: [{ url: U('/robots.txt'), detail: 'no Sitemap: line' }] }],
});
testRule(rule('indexable-not-in-sitemap'), {
  valid: [{ name: 'everything listed', snapshot: makeSnapshot([{ url: U('/'), inSitemap: true }], { sitemaps: [sitemapRecord({})] }) }],
  invalid: [{ name: 'a page missing', snapshot: makeSnapshot([{ url: U('/'), inSitemap: true }, { url: U('/a') }], { sitemaps: [sitemapRecord({})] }), expect: [{ url: U('/a') }] }],
});
testRule(rule('description-ready'), {
  valid: [{ name: '160 characters', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: 'd'.repeat(160) } }]) }],
  invalid: [{ name: 'too long (a missing one is meta-description-missing\'s)', snapshot: makeSnapshot([{ url: U('/'), html: { metaDescription: null } }, { url: U('/a'), html: { metaDescription: 'd'.repeat(161) } }]), expect: [{ url: U('/a'), detail: '161 characters' }] }],
});
testRule(rule('indexnow-key-invalid'), {
  valid: [{ name: 'valid key file', snapshot: makeSnapshot([{ url: U('/') }], { indexNow: { key: 'k', keyUrl: U('/k.txt'), status: 200, valid: true } }) }],
  invalid: [{ name: 'key file 404', snapshot: makeSnapshot([{ url: U('/') }], { indexNow: { key: 'k', keyUrl: U('/k.txt'), status: 404, valid: false } }), expect: [{ url: U('/k.txt'), detail: 'HTTP 404' }] }],
});

const english = 'The house stands at the end of the old street and it is open to visitors from the spring until the end of the autumn. You can walk through the garden, see the rooms where the family lived for more than two hundred years, and have tea in the kitchen. The guides tell the story of the people who built it and of those who saved it when it was about to be sold. There is a shop with books about the region and a small room for children with games and pictures.';
testRule(rule('meta-refresh-redirect'), {
  valid: [{ name: 'a refresh after 5 seconds stays a page', snapshot: site({ url: U('/a'), html: { metaRefresh: { delay: 5, url: U('/b') } } }) }],
  invalid: [{
    name: 'an instant refresh, linked from one page',
    snapshot: site({ url: U('/old'), finalUrl: U('/a'), inlinks: 1, redirects: [{ url: U('/old'), status: 200, location: U('/a'), via: 'meta-refresh' }] }),
    expect: [{ url: U('/old'), detail: 'meta refresh to https://ex.test/a, linked from 1 page' }],
  }],
});
testRule(rule('lang-contradicts-text'), {
  valid: [{ name: 'English text under lang="en"', snapshot: site({ url: U('/a'), html: { lang: 'en', text: english } }) }],
  invalid: [{ name: 'English text under lang="fr"', snapshot: site({ url: U('/a'), html: { lang: 'fr', text: english } }), expect: [{ url: U('/a'), detail: 'lang="fr", text reads as en' }] }],
});
testRule(rule('link-not-crawlable'), {
  valid: [{ name: 'plain links', snapshot: site({ url: U('/a') }) }],
  invalid: [{ name: 'two links without an href', snapshot: site({ url: U('/a'), html: { uncrawlableLinks: { count: 2, examples: ['href="#" Menu', '<a onclick> Contact'] } } }), expect: [{ url: U('/a'), detail: '2 links: href="#" Menu, <a onclick> Contact' }] }],
});
testRule(rule('resource-broken'), {
  valid: [{ name: 'every resource answers 200', snapshot: makeSnapshot([{ url: U('/') }], { resources: { checked: [{ url: U('/logo.png'), kind: 'image', status: 200, pages: 1, usedOn: [U('/')] }], unchecked: 0 } }) }],
  invalid: [{
    name: 'an image answering 404 on 12 pages, 10 of them named',
    snapshot: makeSnapshot([{ url: U('/') }], { resources: { checked: [{ url: U('/logo.png'), kind: 'image', status: 404, pages: 12, usedOn: [U('/'), U('/a')] }, { url: U('/ok.css'), kind: 'stylesheet', status: 200, pages: 1, usedOn: [U('/')] }], unchecked: 0 } }),
    expect: [{ url: U('/logo.png'), detail: 'image, HTTP 404, used on 12 pages', related: [U('/'), U('/a')] }],
  }],
});
testRule(rule('robots-txt-below-root'), {
  valid: [{ name: 'robots.txt at the root only', snapshot: site() }],
  invalid: [{
    name: 'a robots.txt in the project folder of a github.io site',
    snapshot: makeSnapshot([{ url: U('/') }], { robots: [robotsRecord({ status: 404, mode: 'allow-all', body: null })], ignoredRobots: { url: U('/projet/robots.txt'), status: 200, sitemaps: [U('/projet/sitemap.xml')] } }),
    expect: [{ url: U('/projet/robots.txt'), detail: 'declares Sitemap: https://ex.test/projet/sitemap.xml; /robots.txt: HTTP 404', related: [U('/projet/sitemap.xml')] }],
  }],
});
testRule(rule('sitemap-loc-invalid'), {
  valid: [{ name: 'absolute <loc> on the site', snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({})] }) }],
  invalid: [{
    name: 'relative and off-host <loc>',
    snapshot: makeSnapshot([{ url: U('/') }], { sitemaps: [sitemapRecord({ badLocs: { relative: 2, otherHost: 1, examples: ['/a', '/b', 'https://other.test/c'] } })] }),
    expect: [{ url: U('/sitemap.xml'), detail: '2 relative <loc>s, 1 <loc> on another host, left out; e.g. /a, /b, https://other.test/c', related: ['/a', '/b', 'https://other.test/c'] }],
  }],
});
testRule(rule('sitemap-url-beyond-max-depth'), {
  valid: [{ name: 'every sitemap URL fetched', snapshot: site() }],
  invalid: [{
    name: 'a sitemap URL past --max-depth 2',
    snapshot: (() => { const s = site(); s.settings.maxDepth = 2; s.stats.sitemapBeyondMaxDepth = [U('/deep/page')]; return s; })(),
    expect: [{ url: U('/deep/page'), detail: 'not fetched (--max-depth 2)' }],
  }],
});
