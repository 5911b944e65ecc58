import { isRedirect } from '../../site/redirects.js';
import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const orphanPage = defineRule(
  {
    id: 'orphan-page', step: 'content', severity: 'warning', title: 'Page in the sitemap but linked from no crawled page',
    help: 'An orphan page receives no internal link value and engines treat it as unimportant.',
    fix: 'Link to it from related pages, or drop it from the sitemap if it should not exist.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.inSitemap && p.inlinks === 0 && p.url !== snapshot.startUrl && p.status === 200 && !isRedirect(p)).map((p) => item('orphan-page', {}, { url: p.url })),
);
