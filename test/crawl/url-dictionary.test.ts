import { describe, expect, it } from 'vitest';
import { UrlDecoder, UrlEncoder } from '../../src/crawl/parse/url-dictionary.js';

describe('URL dictionary between threads', () => {
  it('sends each URL once and decodes every page to its own list', () => {
    const enc = new UrlEncoder();
    const dec = new UrlDecoder((s) => s);
    const pages = [
      ['https://ex.test/a', 'https://ex.test/b', 'https://ex.test/a'],
      ['https://ex.test/b', 'https://ex.test/c'],
      [],
      ['https://ex.test/c', 'https://ex.test/a', 'https://ex.test/d'],
    ];
    const sent = pages.map((urls) => enc.encode(urls));
    expect(sent.map((e) => e.fresh)).toEqual([['https://ex.test/a', 'https://ex.test/b'], ['https://ex.test/c'], [], ['https://ex.test/d']]);
    expect(sent.map((e) => dec.decode(e))).toEqual(pages);
  });

  it('hands out one shared copy per URL through the intern table', () => {
    const table = new Map<string, string>();
    const intern = (s: string) => table.get(s) ?? (table.set(s, s), s);
    const dec = new UrlDecoder(intern);
    const enc = new UrlEncoder();
    const a = dec.decode(enc.encode(['https://ex.test/x', 'https://ex.test/x']));
    expect(a[0]).toBe(a[1]);
    expect(table.size).toBe(1);
  });
});
