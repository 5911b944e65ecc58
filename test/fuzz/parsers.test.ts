/**
 * Property tests of the parsers we own: thousands of random inputs, and each parser either returns
 * a value or throws our typed InputError, never anything else; plus one invariant each.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/crawl/url.js';
import { parseSitemapBody } from '../../src/crawl/sitemaps.js';
import { robotsPolicy } from '../../src/crawl/robots.js';
import { parseRankingsCsv } from '../../src/analyze/ranking/import-csv.js';
import { validateConfig } from '../../src/config/load.js';
import { InputError } from '../../src/util/errors.js';

const RUNS = { numRuns: 2000 };

describe('fuzz', () => {
  it('normalizeUrl is idempotent and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string()), (s) => {
        const n = normalizeUrl(s, 'https://ex.test/base/');
        if (n !== null) expect(normalizeUrl(n)).toBe(n);
      }),
      RUNS,
    );
  });

  it('parseSitemapBody never throws and keeps at most 50,000 entries', () => {
    const xmlish = fc.array(fc.oneof(fc.constantFrom('<urlset>', '</urlset>', '<url>', '</url>', '<loc>', '</loc>', '<sitemapindex>', 'https://ex.test/a', '&amp;', '<![CDATA[', ']]>', '<?xml version="1.0"?>'), fc.string()), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string()), (s) => {
        const r = parseSitemapBody(Buffer.from(s), 'https://ex.test/sitemap.xml');
        expect(['urlset', 'index', 'invalid']).toContain(r.kind);
        expect(r.urls.length).toBeLessThanOrEqual(50_000);
      }),
      RUNS,
    );
  });

  it('robotsPolicy never throws and answers booleans', () => {
    const lines = fc.array(fc.oneof(fc.constantFrom('User-agent: *', 'User-agent: googlebot', 'Disallow: /', 'Allow: /a*$', 'Disallow: /%E9', 'Crawl-delay: x', 'Sitemap: /s.xml'), fc.string()), { maxLength: 20 }).map((a) => a.join('\n'));
    fc.assert(
      fc.property(lines, fc.string(), (body, path) => {
        const p = robotsPolicy({ origin: 'https://ex.test', url: 'https://ex.test/robots.txt', status: 200, body, bytes: body.length }, ['googlebot']);
        expect(typeof p.isAllowed(`https://ex.test/${path}`, 'googlebot')).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('parseRankingsCsv never throws; every row is an observation or a problem', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', ';', ',', '\n', 'google', '12', ''));
    const rows = fc.array(fc.array(cell, { maxLength: 8 }).map((c) => c.join(',')), { maxLength: 20 });
    fc.assert(
      fc.property(rows, (r) => {
        const text = ['keyword,engine,market,position,url,date,volume', ...r].join('\n');
        const out = parseRankingsCsv(text, 'f.csv');
        for (const o of out.observations) expect(o.position === null || o.position >= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('validateConfig returns a config or throws InputError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (a, b) => {
        for (const data of [a, b, { markets: b }, { keywords: a }, { objectives: b }]) {
          try {
            validateConfig(data, '/tmp/refaudit.config.json');
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        }
      }),
      RUNS,
    );
  });
});
