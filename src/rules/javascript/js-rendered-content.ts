import { onlyAfterRendering } from '../../site/script-shell.js';
import { item } from '../evidence.js';
import { defineRule, htmlPages } from '../helpers.js';

export const jsRenderedContent = defineRule(
  {
    id: 'js-rendered-content', step: 'content', severity: 'warning', title: 'Content exists only after JavaScript runs (measured with --render)',
    help: 'Rendering the page in Chromium added text, an H1 or internal links that the HTML as served does not have. Google and Bing render JavaScript (later than they crawl, with limits); engines that do not render never see this content, and links that exist only in the rendered page are found later or not at all. Step 3 gives the audience this costs.',
    fix: 'Put the main text, the H1 and the navigation links in the served HTML (server-side rendering, static generation or prerendering).',
  },
  ({ snapshot }) =>
    htmlPages(snapshot).flatMap((p) => {
      if (!onlyAfterRendering(p)) return [];
      const r = p.render!;
      const h1Added = r.raw.h1 === null && r.changed.includes('h1');
      const wordsAdded = r.changed.includes('words') && p.html!.wordCount > r.raw.words;
      return [item('js-rendered-content', { h1Added, wordsAdded: wordsAdded ? p.html!.wordCount - r.raw.words : 0, words: p.html!.wordCount, rawWords: r.raw.words, linksAdded: r.linksAdded.count }, { url: p.url })];
    }),
);
