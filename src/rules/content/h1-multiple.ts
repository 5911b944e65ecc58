import { h1Count, headingTexts } from '../../site/headings.js';
import { defineRule, htmlPages } from '../helpers.js';

export const h1Multiple = defineRule(
  {
    id: 'h1-multiple', step: 'content', severity: 'notice', title: 'Page has several <h1>',
    help: 'Several main headings dilute the page\'s subject.',
    fix: 'Keep one <h1>; turn the others into <h2>.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => h1Count(p.html!.headings) > 1)
      .map((p) => ({ url: p.url, detail: headingTexts(p.html!.headings, (l) => l === 1).map((t) => `"${t}"`).join(', ') })),
);
