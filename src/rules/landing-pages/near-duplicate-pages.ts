import { defineRule } from '../helpers.js';
import { nearDuplicateClusters } from './clusters.js';
import { item } from '../evidence.js';

export const nearDuplicatePages = defineRule(
  {
    id: 'near-duplicate-pages', step: 'landing-pages', severity: 'warning', title: 'Near-duplicate pages',
    help: 'Pages whose text is nearly the same split relevance and links between them; engines show one and filter the rest.',
    fix: 'Merge them into one strong page (301 the others) or make each one genuinely different.',
  },
  ({ snapshot }) =>
    nearDuplicateClusters(snapshot).flatMap((c) => c.map((p) => item('near-duplicate-pages', { cluster: c.length }, { url: p.url, related: c.filter((o) => o !== p).map((o) => o.url).slice(0, 10) }))),
);
