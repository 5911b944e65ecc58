import { defineRule } from '../helpers.js';

export const page4xx = defineRule(
  {
    id: 'page-4xx', step: 'content', severity: 'warning', title: 'Page answers a client error (4xx)',
    help: 'A crawled URL answered 4xx. Links to it waste crawl budget and visitors land on an error; engines drop the URL from their index.',
    fix: 'Restore the page, redirect it (301) to its nearest equivalent, or remove the links to it.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.status >= 400 && p.status < 500).map((p) => ({ url: p.url, detail: `HTTP ${p.status}`, facts: { status: p.status }, ...(p.foundOn ? { related: [p.foundOn] } : {}) })),
);
