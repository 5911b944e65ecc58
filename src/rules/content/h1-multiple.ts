import { defineRule, htmlPages } from '../helpers.js';

export const h1Multiple = defineRule(
  {
    id: 'h1-multiple', step: 'content', severity: 'notice', title: 'Page has several <h1>',
    help: 'Several main headings dilute the page\'s subject.',
    fix: 'Keep one <h1>; turn the others into <h2>.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.html!.headings.filter((h) => h.level === 1).length > 1)
      .map((p) => ({ url: p.url, detail: p.html!.headings.filter((h) => h.level === 1).map((h) => `"${h.text}"`).join(', ') })),
);
