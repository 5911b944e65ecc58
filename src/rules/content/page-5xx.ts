import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const page5xx = defineRule(
  {
    id: 'page-5xx', step: 'content', severity: 'critical', title: 'Page answers a server error (5xx)',
    help: 'A server error tells engines the page is unavailable; repeated 5xx make them crawl the site less and drop the URL.',
    fix: 'Fix the server error (check the application logs for that URL).',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.status >= 500).map((p) => item('page-5xx', { status: p.status! }, { url: p.url })),
);
