import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const robotsHtml = defineRule(
  {
    id: 'robots-txt-html', step: 'submission', severity: 'warning', title: 'robots.txt is an HTML page',
    help: 'The server answers /robots.txt with an HTML page (often a soft 404): engines find no rules and no sitemap in it.',
    fix: 'Serve a plain-text robots.txt, or a real 404.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.looksLikeHtml).map((r) => item('robots-txt-html', {}, { url: r.url })),
);
