import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';
import { SLOW_MS } from '../thresholds.js';

export const slowResponse = defineRule(
  {
    id: 'slow-response', step: 'content', severity: 'notice', title: 'Slow server response (over 1.5 s)',
    help: 'Time to the last byte over 1.5 s, measured by the crawl. Slow answers reduce how many pages engines crawl and hurt visitors.',
    fix: 'Cache the page, or speed up the server work behind it.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.responseMs > SLOW_MS).map((p) => item('slow-response', { ms: p.responseMs, thresholdMs: SLOW_MS }, { url: p.url })),
);
