import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/site/page-text.js';
import { makeSnapshot } from './make-snapshot.js';

describe('makeSnapshot', () => {
  it('fills neutral defaults and derives body tokens from text', () => {
    const snap = makeSnapshot([{ url: 'https://ex.test/', html: { text: "Séjour à l'Atlas" } }]);
    expect(pageText(snap.pages[0]!.html!).bodyText()).toBe('sejour a l atlas');
    expect(snap.pages[0]?.html?.wordCount).toBe(4);
    expect(snap.robots[0]?.url).toBe('https://ex.test/robots.txt');
    expect(snap.pages[0]?.robotsAllowed.googlebot).toBe(true);
  });
});
