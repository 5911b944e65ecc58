/** Raw against rendered, field by field, on facts extracted from two versions of one page. */
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/crawl/extract/html.js';
import { compareRendered } from '../../src/crawl/render/compare.js';

const facts = (html: string) => extractHtml(html, { pageUrl: 'https://ex.test/p', isInternal: (u) => u.startsWith('https://ex.test/'), stripTracking: false, botTokens: ['googlebot'] });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('compareRendered', () => {
  it('says nothing changed when scripts changed nothing that matters (a few words differ)', () => {
    const raw = facts(`<title>A</title><h1>H</h1><p>${words(200)}</p><a href="/x">x</a>`);
    const rendered = facts(`<title>A</title><h1>H</h1><p>${words(205)}</p><a href="/x">x</a>`);
    const c = compareRendered(raw, rendered);
    expect(c.changed).toEqual([]);
    expect(c.linksAdded).toEqual({ count: 0, sample: [] });
  });

  it('names each field a script changed and the links it added and removed', () => {
    const raw = facts('<head><title>Shop</title><link rel="canonical" href="/p"></head><body><div id="root"></div><a href="/old">old</a><script src="/app.js"></script></body>');
    const rendered = facts(`<head><title>Rugs | Shop</title><meta name="description" content="Rugs."><link rel="canonical" href="/other"><meta name="googlebot" content="noindex"></head><body><div id="root"><h1>Rugs</h1><p>${words(80)}</p><a href="/a">a</a><a href="/b">b</a></div></body>`);
    const c = compareRendered(raw, rendered);
    expect(c.changed).toEqual(['title', 'description', 'canonical', 'robots', 'h1', 'words', 'links']);
    expect(c.raw).toMatchObject({ title: 'Shop', description: null, canonical: 'https://ex.test/p', h1: null, words: 1, internalLinks: 1 });
    expect(c.raw.shell).toBe('empty app root #root; 1 word (no <h1>, 1 script bundle)');
    expect(c.linksAdded).toEqual({ count: 2, sample: ['https://ex.test/a', 'https://ex.test/b'] });
    expect(c.linksRemoved).toEqual({ count: 1, sample: ['https://ex.test/old'] });
  });
});
