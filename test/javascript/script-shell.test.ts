/**
 * Script shells judged from the raw HTML alone: what the extraction records (bundles, app root,
 * words in the root and in <main>, hydration markers) and the verdict drawn from it, on hand-made
 * pages and on a real Docusaurus site (ai-safety-atlas, ../shared/real-sites).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/crawl/extract/html.js';
import { scriptShellReason } from '../../src/site/script-shell.js';

const PAGE = 'https://ex.test/p';
const facts = (html: string) => extractHtml(html, { pageUrl: PAGE, isInternal: (u) => u.startsWith('https://ex.test/'), stripTracking: false, botTokens: ['googlebot'] });
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('script signals in the extraction pass', () => {
  it('records nothing for a page with no script bundle and no app root', () => {
    expect(facts(`<html><head><title>T</title><script>var a = 1;</script></head><body><h1>Hi</h1><p>${words(50)}</p></body></html>`).script).toBeNull();
  });

  it('counts script bundles but not JSON-LD or other data blocks', () => {
    const f = facts('<html><head><script src="/a.js"></script><script type="module" src="/b.js"></script><script type="application/ld+json">{"@type":"Thing"}</script><script type="application/json" src="/c.json"></script></head><body><p>x</p></body></html>');
    expect(f.script).toMatchObject({ bundles: 2, appRoot: null, appRootWords: null, mainWords: null, markers: [] });
  });

  it('finds an empty app root (a create-react-app shell) and calls it a shell', () => {
    const f = facts('<!doctype html><html><head><title>App</title></head><body><noscript>You need to enable JavaScript to run this app.</noscript><div id="root"></div><script src="/static/js/main.1234.js"></script></body></html>');
    expect(f.script).toEqual({ bundles: 1, appRoot: '#root', appRootWords: 0, mainWords: null, markers: [] });
    expect(f.wordCount).toBe(0);
    expect(scriptShellReason(f)).toBe('empty app root #root; 0 words (no <h1>, 1 script bundle)');
  });

  it('does not call a server-rendered Next.js page a shell: hydration markers alone are not enough', () => {
    const f = facts(`<html><head><script src="/_next/static/chunks/main.js" defer></script></head><body><div id="__next"><main><h1>Riads in Marrakech</h1><p>${words(300)}</p></main></div><script id="__NEXT_DATA__" type="application/json">{"props":{}}</script></body></html>`);
    expect(f.script).toMatchObject({ bundles: 1, appRoot: '#__next', markers: ['next'] });
    expect(f.script!.appRootWords).toBeGreaterThan(300);
    expect(f.script!.mainWords).toBeGreaterThan(300);
    expect(scriptShellReason(f)).toBeNull();
  });

  it('calls a page with navigation but an empty <main> and no H1 a shell (Docusaurus before hydration)', () => {
    const f = facts(`<html data-has-hydrated="false"><head><script src="/assets/js/main.js" defer></script></head><body><div id="__docusaurus"><nav>${words(120)}</nav><main class="docMainContainer"><div class="container"></div></main><footer>${words(60)}</footer></div></body></html>`);
    expect(f.script).toMatchObject({ bundles: 1, appRoot: '#__docusaurus', mainWords: 0, markers: ['docusaurus'] });
    expect(f.script!.appRootWords).toBe(180);
    expect(scriptShellReason(f)).toBe('empty <main>, no <h1> (180 words, app root #__docusaurus, 1 script bundle, hydration: docusaurus)');
  });

  it('does not flag an empty <main> when the page has its H1 elsewhere, nor a plain page with few words and no script', () => {
    expect(scriptShellReason(facts(`<html><head><script src="/a.js"></script></head><body><h1>Contact</h1><main></main><p>${words(40)}</p></body></html>`))).toBeNull();
    expect(scriptShellReason(facts('<html><body><h1>Short</h1><p>three words here</p></body></html>'))).toBeNull();
  });

  it('does not call a thin page with plain scripts a shell (fmtdocs: the Doxygen main page, its title and a jQuery menu)', () => {
    const doxygen = '<html><head><title>FMT: Main Page</title><script src="jquery.js"></script><script src="menu.js"></script><script src="search/search.js"></script></head>' +
      '<body><div id="top"><div id="titlearea">FMT 0.9.8 Forest management tools for forest planning</div><div id="main-nav"></div></div><div class="header"><div class="headertitle"><div class="title">FMT Documentation</div></div></div></body></html>';
    expect(scriptShellReason(facts(doxygen))).toBeNull();
    // The same few words mounted by a framework are a shell.
    expect(scriptShellReason(facts('<html><head><script src="/app.js"></script></head><body><div id="root"><p>Loading the app…</p></div></body></html>'))).toMatch(/words/);
  });
});

const ATLAS = join(import.meta.dirname, '../../../shared/real-sites/ai-safety-atlas/site');
const hasAtlas = existsSync(ATLAS);
if (!hasAtlas) console.warn(`real-site script-shell tests skipped: ${ATLAS} not found`);

describe.skipIf(!hasAtlas)('on ai-safety-atlas (Docusaurus 3.8, real published HTML)', () => {
  const read = (file: string, url: string) =>
    extractHtml(readFileSync(join(ATLAS, file), 'utf8'), { pageUrl: url, isInternal: (u) => u.startsWith('https://ai-safety-atlas.com/'), stripTracking: false, botTokens: [] });

  it('a chapter page is a shell: navigation, sidebar and footer in #__docusaurus, an empty <main>, no H1', () => {
    // Read by hand first: chapters/03/01.html has <main class="docMainContainer_TBSr"> holding one empty
    // div, no <h1>, the sidebar's chapter list and the footer as its only text, two deferred bundles
    // of the site (runtime~main, main) plus Plausible's and a data: script, and data-has-hydrated="false".
    const f = read('chapters/03/01.html', 'https://ai-safety-atlas.com/chapters/03/01');
    expect(f.script).toMatchObject({ appRoot: '#__docusaurus', mainWords: 0, markers: ['docusaurus'], bundles: 4 });
    expect(f.wordCount).toBeGreaterThan(150);
    expect(f.wordCount).toBeLessThan(250);
    expect(scriptShellReason(f)).toMatch(/^empty <main>, no <h1> \(\d+ words, app root #__docusaurus, 4 script bundles, hydration: docusaurus\)$/);
  });

  it('the FAQ page is not: it has no <main> and its H1 is in the served HTML', () => {
    const f = read('faq.html', 'https://ai-safety-atlas.com/faq');
    expect(f.script?.mainWords).toBeNull();
    expect(scriptShellReason(f)).toBeNull();
  });
});
