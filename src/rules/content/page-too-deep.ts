import { defineRule, indexablePages } from '../helpers.js';

export const pageTooDeep = defineRule(
  {
    id: 'page-too-deep', step: 'content', severity: 'notice', title: 'Page more than 4 clicks from the home page',
    help: 'Deep pages get crawled less often and receive less internal link value.',
    fix: 'Link to the page from a hub or category page closer to the home page.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => p.depth > 4).map((p) => ({ url: p.url, detail: `depth ${p.depth}`, facts: { depth: p.depth } })),
);
