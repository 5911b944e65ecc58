import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/crawl/extract/html.js';
import { parseXRobotsTag } from '../../src/crawl/extract/robots-directives.js';
import { decodeHtml } from '../../src/crawl/decode.js';
import { normalizeUrl } from '../../src/crawl/url.js';
import { hammingDistance, simhash64 } from '../../src/text/simhash.js';
import { pageText } from '../../src/site/page-text.js';
import { MAX_BODY_TOKENS } from '../../src/site/types.js';
import { tokenize } from '../../src/text/normalize.js';

const extract = (html: string, pageUrl = 'https://ex.test/dir/page.html') =>
  extractHtml(html, { pageUrl, isInternal: (u) => new URL(u).host === 'ex.test', stripTracking: true, botTokens: ['googlebot', 'bingbot'] });

describe('extractHtml', () => {
  it('reads head, headings, links and images', () => {
    const f = extract(`<!doctype html><html lang="FR-ma"><head><title> Séjour &amp; désert </title>
      <meta name="description" content="Desc"><meta name="robots" content="noindex, NOFOLLOW"><meta name="googlebot" content="noarchive">
      <link rel="canonical" href="/canon"><link rel="alternate" hreflang="en" href="https://ex.test/en/">
      <meta name="google-site-verification" content="abc"><meta name="keywords" content="a, b"></head>
      <body><h1>Titre <em>principal</em></h1><h2>Sous</h2><a href="../x?utm_source=n&amp;id=2#frag">Lien <b>x</b></a>
      <a href="https://other.example/" rel="sponsored nofollow">Pub</a><a href="mailto:a@b.c">mail</a>
      <a href="/img"><img src="i.png" alt="Dunes"></a><img src="j.png"><script>var hidden = 1;</script><p hidden>caché</p></body></html>`);
    expect(f.title).toBe('Séjour & désert');
    expect(f.lang).toBe('fr-ma');
    expect(f.metaDescription).toBe('Desc');
    expect(f.metaRobots).toEqual({ generic: ['noindex', 'nofollow'], perBot: { googlebot: ['noarchive'] } });
    expect(f.canonical).toBe('https://ex.test/canon');
    expect(f.hreflang).toEqual([{ lang: 'en', url: 'https://ex.test/en/' }]);
    expect(f.verification).toEqual({ 'google-site-verification': 'abc' });
    expect(f.metaKeywords).toBe('a, b');
    expect(pageText(f).headings()).toEqual([{ level: 1, text: 'Titre principal' }, { level: 2, text: 'Sous' }]);
    expect(pageText(f).links('internal')).toEqual([{ url: 'https://ex.test/x?id=2', text: 'Lien x' }, { url: 'https://ex.test/img', text: 'Dunes' }]);
    expect(pageText(f).links('external')).toEqual([{ url: 'https://other.example/', text: 'Pub', rel: 'sponsored nofollow' }]);
    expect(f.imageCount).toBe(2);
    expect(f.imagesMissingAlt).toEqual(['https://ex.test/dir/j.png']);
    expect(f.imagesMissingAltCount).toBe(1);
    expect(f.headingCount).toBe(2);
    expect(pageText(f).bodyText()).toContain('titre principal sous');
    expect(pageText(f).bodyText()).not.toContain('hidden');
    expect(pageText(f).bodyText()).not.toContain('cache');
    expect(f.headClosedEarly).toBe(false);
  });

  it('ignores head tags after an element that closes the head, as engines do', () => {
    const f = extract('<html><head><title>T</title><div>bandeau</div><meta name="robots" content="noindex"><link rel="canonical" href="/other"></head><body>x</body></html>');
    expect(f.headClosedEarly).toBe(true);
    expect(f.metaRobots.generic).toEqual([]);
    expect(f.canonical).toBeNull();
    expect(f.ignoredHeadTags).toEqual(['meta robots', 'link canonical']);
  });

  it('resolves links against the first <base href>', () => {
    const f = extract('<html><head><base href="https://ex.test/blog/"><base href="/ignored/"></head><body><a href="post">p</a></body></html>');
    expect(f.baseHref).toBe('https://ex.test/blog/');
    expect(f.internalLinks.urls[0]).toBe('https://ex.test/blog/post');
  });

  it('reads JSON-LD types through @graph and skips bad JSON', () => {
    const f = extract(`<script type="application/ld+json">{"@graph":[{"@type":"TravelAgency"},{"@type":["WebSite","Thing"]}]}</script>
      <script type="application/ld+json">{bad json</script><div itemscope itemtype="https://schema.org/Product"></div>`);
    expect(f.structuredDataTypes.sort()).toEqual(['Product', 'Thing', 'TravelAgency', 'WebSite']);
  });

  it('survives 100,000 nested divs', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}fond${'</div>'.repeat(100_000)}</body></html>`;
    const f = extract(html);
    expect(pageText(f).bodyText()).toBe('fond');
  });
});

describe('extractHtml bounds what it keeps of a huge page', () => {
  it('counts every word, heading and image but keeps a bounded sample', () => {
    const body = Array.from({ length: 300 }, (_, i) => `<h2>Titre ${i}</h2><p>${'mot '.repeat(20)}</p><img src="/i${i}.png">`).join('');
    const f = extract(`<html><body><h1>Un</h1>${body}<h1>Deux</h1></body></html>`);
    expect(f.wordCount).toBe(2 + 300 * 22);
    expect(f.headingCount).toBe(302);
    expect(f.headings.levels).toHaveLength(21);
    expect(pageText(f).headings().filter((h) => h.level === 1).map((h) => h.text)).toEqual(['Un', 'Deux']);
    expect(f.imageCount).toBe(300);
    expect(f.imagesMissingAltCount).toBe(300);
    expect(f.imagesMissingAlt).toHaveLength(20);
    expect(pageText(f).bodyText().split(' ')).toHaveLength(MAX_BODY_TOKENS);
  });
});

describe('X-Robots-Tag', () => {
  it('applies a bot prefix to the directives after it', () => {
    expect(parseXRobotsTag(['noarchive', 'googlebot: noindex, nofollow', 'otherbot: noindex', 'unavailable_after: 25 Jun 2010 15:00:00 PST'], ['googlebot'])).toEqual({
      generic: ['noarchive', 'unavailable_after:25 jun 2010 15:00:00 pst'],
      perBot: { googlebot: ['noindex', 'nofollow'] },
    });
  });
});

describe('decodeHtml', () => {
  it('uses the header charset, then <meta charset>, and replaces invalid bytes', () => {
    expect(decodeHtml(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=windows-1252').text).toBe('café');
    expect(decodeHtml(Buffer.from('<meta charset="iso-8859-1"><p>\xe9</p>', 'latin1'), 'text/html').text).toContain('é');
    const bad = decodeHtml(Buffer.from([0x61, 0xff, 0x62]), 'text/html; charset=utf-8');
    expect(bad).toEqual({ text: 'a\uFFFDb', charset: 'utf-8', replaced: true });
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['HTTPS://Ex.Test:443/a/../b?x=1#f', undefined, 'https://ex.test/b?x=1'],
    ['http://ex.test:80', undefined, 'http://ex.test/'],
    ['page?utm_medium=x&fbclid=y', 'https://ex.test/dir/', 'https://ex.test/dir/page'],
    ['https://bücher.example/', undefined, 'https://xn--bcher-kva.example/'],
    ['mailto:a@b.c', undefined, null],
    ['javascript:void(0)', 'https://ex.test/', null],
    ['ftp://x.test/', undefined, null],
    ['http://', undefined, null],
  ])('%s → %s', (input, base, expected) => {
    expect(normalizeUrl(input, base, { stripTracking: true })).toBe(expected);
  });
});

describe('simhash', () => {
  const text = 'le circuit désert part de marrakech et franchit le haut atlas par le col du tizi n tichka avant les dunes de merzouga où la nuit se passe en bivouac sous les étoiles';
  it('puts near-identical texts close and unrelated texts far apart', () => {
    const a = simhash64(tokenize(text));
    const b = simhash64(tokenize(text.replace('merzouga', 'zagora')));
    const c = simhash64(tokenize('the quarterly financial report shows revenue growth in all regions and a stable operating margin for the group this year'));
    expect(hammingDistance(a, a)).toBe(0);
    expect(hammingDistance(a, b)).toBeLessThan(hammingDistance(a, c));
    expect(hammingDistance(a, c)).toBeGreaterThan(16);
  });
});
