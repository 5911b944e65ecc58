import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const resourceBroken = defineRule(
  {
    id: 'resource-broken', step: 'content', severity: 'warning', title: 'Image, stylesheet or script of the site that answers 4xx/5xx',
    help:
      'A missing image leaves a hole and loses its alt text and image-search traffic; a missing stylesheet or script can break the layout or the content engines render. Each file was checked once after the crawl (a GET of its first byte).',
    fix: 'Restore the file at that URL, or change the pages that use it to the right URL.',
  },
  ({ snapshot }) => {
    const broken = (snapshot.resources?.checked ?? []).filter((r) => r.status !== null && r.status >= 400);
    return broken.map((r) => item('resource-broken', { kind: r.kind, status: r.status!, usedOn: r.pages }, { url: r.url, related: r.usedOn }));
  },
);
