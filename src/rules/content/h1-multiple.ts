import { pageText } from '../../site/page-text.js';
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
      .filter((p) => pageText(p.html!).h1Count() > 1)
      .map((p) => {
        const text = pageText(p.html!);
        return item('h1-multiple', { count: text.h1Count(), h1s: text.headingTexts(1) }, { url: p.url });
      }),
);
