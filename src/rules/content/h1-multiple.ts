import { h1Count, headingTexts } from '../../site/headings.js';
import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const h1Multiple = defineRule(
  {
    id: 'h1-multiple', step: 'content', severity: 'notice', title: 'Page has several <h1>',
    help: 'Several main headings dilute the page\'s subject.',
    fix: 'Keep one <h1>; turn the others into <h2>.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => h1Count(p.html!.headings) > 1)
      .map((p) => {
        const h1s = headingTexts(p.html!.headings, (l) => l === 1);
        return item('h1-multiple', { count: h1Count(p.html!.headings), h1s }, { url: p.url });
      }),
);
