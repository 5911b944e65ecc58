/**
 * The accented words pages write are counted by the crawl (SiteSnapshot.writtenForms) instead of kept
 * on every page: over the pages relevance ranks (the indexable ones), each page once a word, sorted
 * so the snapshot does not depend on the order pages arrived in.
 */
import { describe, expect, it } from 'vitest';
import { PageRecorder } from '../../src/crawl/page-recorder.js';
import type { CrawlRun } from '../../src/crawl/crawl-run.js';
import { writtenForms } from '../../src/analyze/relevance/written-forms.js';
import { makePage } from '../support/make-snapshot.js';

const recorder = () => new PageRecorder({} as CrawlRun, {}, null);

describe('the crawl’s count of written forms', () => {
  it('counts each indexable page once a word, drops the words from the pages, and sorts by word', async () => {
    const r = recorder();
    const pages = [
      makePage({ url: 'https://a.example/1', html: { writtenWords: 'séjour hôtes' } }),
      makePage({ url: 'https://a.example/2', html: { writtenWords: 'hôtes' } }),
      // Not ranked by relevance: their words must not vote.
      makePage({ url: 'https://a.example/3', html: { writtenWords: 'hôtes hotês', metaRobots: { generic: ['noindex'], perBot: {} } } }),
      makePage({ url: 'https://a.example/4', html: { writtenWords: 'hotês', canonical: 'https://a.example/1' } }),
      makePage({ url: 'https://a.example/5', status: 404, html: { writtenWords: 'hotês' } }),
      makePage({ url: 'https://a.example/6', html: {} }),
    ];
    for (const p of pages) await r.record(p);
    expect(r.writtenForms()).toEqual([
      ['hôtes', 2],
      ['séjour', 1],
    ]);
    for (const p of pages) expect(p.html?.writtenWords).toBeUndefined();
    expect(JSON.stringify(pages)).not.toContain('writtenWords');
  });

  it('has nothing to give when no page writes an accented word', async () => {
    const r = recorder();
    await r.record(makePage({ url: 'https://a.example/', html: {} }));
    expect(r.writtenForms()).toBeUndefined();
  });

  it('shows a folded word in the form most pages write, the first by alphabet on a tie', () => {
    const snapshot = { writtenForms: [['hôtel', 3], ['hötel', 5], ['hôtés', 3], ['hotél', 5], ['séjour', 2]] as [string, number][] };
    const forms = writtenForms(snapshot, new Set(['hotel', 'hotes']));
    expect(Object.fromEntries(forms)).toEqual({ hotel: { form: 'hotél', pages: 5 }, hotes: { form: 'hôtés', pages: 3 } });
    expect(writtenForms({}, new Set(['hotel'])).size).toBe(0);
  });
});
