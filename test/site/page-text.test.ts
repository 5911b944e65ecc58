import { describe, expect, it } from 'vitest';
import { anchorTexts, anchorTextsForThread, anchorTextsFromThread, isNofollow, pageText, textsForThread } from '../../src/site/page-text.js';
import { TextSpill } from '../../src/site/spill.js';
import { mapPackedTexts, packText } from '../../src/site/text-store.js';
import { makeHtml } from '../support/make-snapshot.js';

const facts = () =>
  makeHtml({
    text: 'Séjour à l’Atlas, en été',
    headings: [{ level: 1, text: 'Atlas' }, { level: 2, text: 'Prix' }, { level: 1, text: 'Encore' }],
    internalLinks: [{ url: 'https://ex.test/a', text: 'Accueil' }, { url: 'https://ex.test/b', text: 'Suivre', rel: 'nofollow ugc' }],
    externalLinks: [{ url: 'https://other.test/', text: 'Ailleurs' }],
  });

describe('page text API', () => {
  it('gives back the body tokens, headings and links the crawl stored', () => {
    const t = pageText(facts());
    expect(t.bodyTokens()).toEqual(['sejour', 'a', 'l', 'atlas', 'en', 'ete']);
    expect(t.bodyText()).toBe('sejour a l atlas en ete');
    expect(t.headings()).toEqual([{ level: 1, text: 'Atlas' }, { level: 2, text: 'Prix' }, { level: 1, text: 'Encore' }]);
    expect(t.headingTexts(1)).toEqual(['Atlas', 'Encore']);
    expect(t.h1Count()).toBe(2);
    expect(t.links('internal')).toEqual([{ url: 'https://ex.test/a', text: 'Accueil' }, { url: 'https://ex.test/b', text: 'Suivre', rel: 'nofollow ugc' }]);
    expect(t.anchorTexts('external')).toEqual(['Ailleurs']);
    const f = facts();
    expect([isNofollow(f.internalLinks, 0), isNofollow(f.internalLinks, 1)]).toEqual([false, true]);
    expect(pageText(makeHtml({ headings: [] })).headings()).toEqual([]);
    expect(anchorTexts(makeHtml().internalLinks)).toEqual([]);
  });

  it('reads texts from an audit\'s spill file, only the ones asked for, each once', () => {
    const f = facts();
    const spill = new TextSpill();
    mapPackedTexts(f, (v) => (typeof v === 'string' && v ? spill.put(v) : v));
    const t = pageText(f);
    expect(t.headingTexts(1)).toEqual(['Atlas', 'Encore']);
    const body = t.bodyText();
    spill.close();
    // Read once and kept by this PageText; the rest was never read, so it now cannot be.
    expect(t.bodyText()).toBe(body);
    expect(t.h1Count()).toBe(2);
    expect(() => t.anchorTexts('internal')).toThrow(/closed/);
    expect(() => pageText(f).bodyText()).toThrow(/closed/);
  });

  it('hands texts to a thread compact and out of the spill file', () => {
    const f = facts();
    const spill = new TextSpill();
    mapPackedTexts(f, (v) => (typeof v === 'string' && v ? spill.put(v) : v));
    const sent = structuredClone(textsForThread(f));
    const anchors = structuredClone(anchorTextsForThread(f.internalLinks));
    spill.close();
    expect(typeof sent.bodyTokensPacked).toBe('string');
    expect(sent.bodyTokensPacked).toBe(packText('sejour a l atlas en ete'));
    expect(pageText({ ...sent, internalLinks: f.internalLinks, externalLinks: f.externalLinks }).headings().map((h) => h.text)).toEqual(['Atlas', 'Prix', 'Encore']);
    expect(anchorTextsFromThread(anchors)).toEqual(['Accueil', 'Suivre']);
  });
});
