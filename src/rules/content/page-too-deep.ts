import { defineRule, indexablePages } from '../helpers.js';
import { item } from '../evidence.js';
import { MAX_CLICK_DEPTH } from '../thresholds.js';

export const pageTooDeep = defineRule(
  {
    id: 'page-too-deep', step: 'content', severity: 'notice', title: 'Page more than 4 clicks from the home page',
    help: 'Deep pages get crawled less often and receive less internal link value.',
    fix: 'Link to the page from a hub or category page closer to the home page.',
  },
  ({ snapshot }) => indexablePages(snapshot).filter((p) => p.depth > MAX_CLICK_DEPTH).map((p) => item('page-too-deep', { depth: p.depth, maxDepth: MAX_CLICK_DEPTH }, { url: p.url })),
);
