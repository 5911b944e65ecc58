import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const canonicalMultiple = defineRule(
  {
    id: 'canonical-multiple', step: 'content', severity: 'warning', title: 'Several canonical links on one page',
    help: 'With conflicting canonicals engines ignore them all.',
    fix: 'Keep exactly one <link rel="canonical">.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.canonicalCount > 1).map((p) => item('canonical-multiple', { canonicals: p.html!.canonicalCount }, { url: p.url })),
);
