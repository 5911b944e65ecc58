import { defineRule } from '../helpers.js';

export const slowResponse = defineRule(
  {
    id: 'slow-response', step: 'content', severity: 'notice', title: 'Slow server response (over 1.5 s)',
    help: 'Time to the last byte over 1.5 s, measured by the crawl. Slow answers reduce how many pages engines crawl and hurt visitors.',
    fix: 'Cache the page, or speed up the server work behind it.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.responseMs > 1500).map((p) => ({ url: p.url, detail: `${p.responseMs} ms`, facts: { ms: p.responseMs } })),
);
