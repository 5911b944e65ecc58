import { pageText } from '../../site/page-text.js';
import { defineRule, htmlPages } from '../helpers.js';

export const h1Multiple = defineRule(
  {
    id: 'h1-multiple', step: 'content', severity: 'notice', title: 'Page has several <h1>',
    help: 'Several main headings dilute the page\'s subject.',
    fix: 'Keep one <h1>; turn the others into <h2>.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => pageText(p.html!).h1Count() > 1)
      .map((p) => ({ url: p.url, detail: pageText(p.html!).headingTexts(1).map((t) => `"${t}"`).join(', ') })),
);
