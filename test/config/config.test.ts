import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { mergeFlags } from '../../src/config/merge.js';
import { parseKeywordsFile } from '../../src/inputs/keywords-file.js';
import { initConfig } from '../../src/config/init.js';
import { findConfig } from '../../src/config/find.js';

function write(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'refaudit-config-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('loadConfig', () => {
  it('reads JSON, normalises markets and keywords, resolves paths against the file', () => {
    const file = write('refaudit.config.json', JSON.stringify({
      site: 'https://www.example.ma',
      markets: ['fr-ma', 'WW'],
      keywords: ['riad marrakech', { keyword: 'trek toubkal', priority: 1, volume: 1000, category: 'montagne' }],
      rankings: { files: ['data/rankings.csv'] },
      objectives: { coverageMin: 90, page1Keywords: { count: 5, engines: ['Google'] } },
    }));
    const c = loadConfig(file);
    expect(c.site).toBe('https://www.example.ma/');
    expect(c.markets).toEqual([{ id: 'fr-MA', country: 'MA', language: 'fr' }, { id: 'WW', country: 'WW', language: null }]);
    expect(c.keywords.map((k) => [k.keyword, k.priority, k.volume])).toEqual([['riad marrakech', 2, null], ['trek toubkal', 1, 1000]]);
    expect(c.rankings.files).toEqual([join(file, '..', 'data/rankings.csv')]);
    expect(c.objectives.page1Keywords).toEqual({ count: 5, engines: ['google'] });
  });

  it('reads YAML', () => {
    const c = loadConfig(write('refaudit.config.yaml', 'site: https://x.example/\nmarkets: [fr-FR]\nkeywords:\n  - voyage maroc\n'));
    expect(c.markets[0]?.id).toBe('fr-FR');
    expect(c.keywords[0]?.keyword).toBe('voyage maroc');
  });

  it.each([
    [{ markets: ['france'] }, /: markets\[0\]: expected a market like "fr-MA" or "MA", got "france"$/],
    [{ keyword: ['x'] }, /: keyword: unknown field \(did you mean "keywords"\?\)$/],
    [{ site: 'ftp://x' }, /: site: expected an http\(s\) URL, got "ftp:\/\/x"$/],
    [{ objectives: { coverageMin: 120 } }, /: objectives.coverageMin: expected a number from 0 to 100, got 120$/],
    [{ keywords: [{ keyword: 'x', priority: 5 }] }, /: keywords\[0\].priority: expected a number from 1 to 3, got 5$/],
    [{ failOn: ['sometimes'] }, /: failOn\[0\]: expected critical, warning, regression, objectives, got "sometimes"$/],
  ])('one line naming file and field for %j', (data, message) => {
    const file = write('refaudit.config.json', JSON.stringify(data));
    expect(() => loadConfig(file)).toThrow(message);
    try {
      loadConfig(file);
    } catch (e) {
      expect((e as Error).message.startsWith(file)).toBe(true);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('gives line and column for bad JSON', () => {
    const file = write('refaudit.config.json', '{\n  "site": "https://x.example/",\n  "markets": [fr]\n}');
    expect(() => loadConfig(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: not valid JSON`));
  });
});

describe('keywords file and flags', () => {
  it('parses keyword;priority;volume lines and reports bad ones by line', () => {
    const r = parseKeywordsFile('# targets\nriad marrakech;1;9900\ntrek toubkal\nbad;7\n;1\n', 'k.txt');
    expect(r.keywords.map((k) => [k.keyword, k.priority, k.volume])).toEqual([['riad marrakech', 1, 9900], ['trek toubkal', 2, null]]);
    expect(r.problems.map((p) => p.line)).toEqual([4, 5]);
  });

  it('lets flags win over the file', () => {
    const c = loadConfig(write('refaudit.config.json', JSON.stringify({ site: 'https://a.example/', markets: ['fr-FR'], keywords: ['x'] })));
    const m = mergeFlags(c, { site: 'https://b.example/', market: ['MA'], keyword: ['y'], crawl: { maxPages: 10 } });
    expect(m.site).toBe('https://b.example/');
    expect(m.markets.map((x) => x.id)).toEqual(['MA']);
    expect(m.keywords.map((k) => k.keyword)).toEqual(['y']);
    expect(m.crawl.maxPages).toBe(10);
  });

  it('init writes a config that loads, and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-init-'));
    const file = initConfig(dir, { site: 'https://www.example.ma/' });
    expect(loadConfig(file).site).toBe('https://www.example.ma/');
    expect(findConfig(dir)).toBe(file);
    expect(() => initConfig(dir)).toThrow(/already exists/);
  });
});
