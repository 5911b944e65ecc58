/**
 * Rendering is the crawler's work: an engine whose results come from the bots of engines that render
 * sees what they render (fmtdocs, 2026-11-30: Yahoo was reported as missing two Doxygen pages that
 * Bingbot renders).
 */
import { describe, expect, it } from 'vitest';
import { loadModelData } from '../../src/data/load.js';
import { javascriptCoverage, renderingBots } from '../../src/analyze/coverage/javascript.js';
import type { PageRecord } from '../../src/site/types.js';

// One crawlable page whose content needs JavaScript: an empty app root and a bundle.
const shell = { status: 200, html: { script: { bundles: 3, appRoot: '#root', appRootWords: 0, mainWords: null, markers: [] }, wordCount: 5, headings: { levels: '', textsPacked: '' } } } as unknown as PageRecord;

describe('which engines see rendered pages', () => {
  const data = loadModelData();
  const engine = (id: string) => data.engines.find((e) => e.id === id)!;
  const rendering = renderingBots(data.engines);

  it('takes the bots of the engines documented to render', () => {
    expect([...rendering].sort()).toEqual(['bingbot', 'googlebot']);
  });

  it('gives Yahoo and Ecosia what Bingbot and Googlebot render, and DuckDuckGo, fed by its own bot too, the served HTML', () => {
    expect(javascriptCoverage(engine('yahoo'), [shell], rendering).sees).toBe('rendered');
    expect(javascriptCoverage(engine('ecosia'), [shell], rendering).sees).toBe('rendered');
    expect(javascriptCoverage(engine('duckduckgo'), [shell], rendering).sees).toBe('raw');
    expect(javascriptCoverage(engine('yandex'), [shell], rendering).sees).toBe('raw');
  });
});
