/** A snapshot written by an older refaudit is refused in one line; the current one round-trips. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshot, writeSnapshot } from '../../src/site/snapshot-io.js';
import { makeSnapshot } from '../support/make-snapshot.js';

describe('snapshot version', () => {
  it('round-trips the new fields and refuses version 4', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-snap-'));
    const snap = makeSnapshot([
      { url: 'https://ex.test/', html: { uncrawlableLinks: { count: 1, examples: ['href="#"'] }, metaRefresh: null, sitemapLinks: [] } },
      { url: 'https://ex.test/tag/', finalUrl: 'https://ex.test/', redirects: [{ url: 'https://ex.test/tag/', status: 200, location: 'https://ex.test/', via: 'meta-refresh' }], html: null },
    ], {
      resources: { checked: [{ url: 'https://ex.test/a.png', kind: 'image', status: 404, pages: 1, usedOn: ['https://ex.test/'] }], unchecked: 0 },
      ignoredRobots: { url: 'https://ex.test/docs/robots.txt', status: 200, sitemaps: [] },
      listUrls: ['https://ex.test/'],
      writtenForms: [['hôtes', 2], ['séjour', 1]],
    });
    const file = join(dir, 'snap.json');
    writeSnapshot(file, snap);
    expect(readSnapshot(file)).toEqual(JSON.parse(JSON.stringify(snap)));
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...snap, snapshotVersion: 4 }));
    expect(() => readSnapshot(join(dir, 'old.json'))).toThrow(/^snapshot .*old\.json: version 4, this refaudit reads version 5$/);
  });
});
