import { resourceUrl } from '../../site/resources.js';
import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const resourceBroken = defineRule(
  {
    id: 'resource-broken', step: 'content', severity: 'warning', title: 'Image, stylesheet or script of the site that answers 4xx/5xx',
    help:
      'A missing image leaves a hole and loses its alt text and image-search traffic; a missing stylesheet or script can break the layout or the content engines render. Each file was checked once after the crawl (HEAD, GET when HEAD is refused).',
    fix: 'Restore the file at that URL, or change the pages that use it to the right URL.',
  },
  ({ snapshot }) => {
    const broken = (snapshot.resources?.checked ?? []).filter((r) => r.status !== null && r.status >= 400);
    if (!broken.length) return [];
    const users = new Map<string, string[]>(broken.map((r) => [r.url, []]));
    for (const p of snapshot.pages) {
      for (const entry of p.html?.resources ?? []) users.get(resourceUrl(entry))?.push(p.url);
    }
    return broken.map((r) => {
      const on = users.get(r.url)!;
      return item('resource-broken', { kind: r.kind, status: r.status!, usedOn: on.length }, { url: r.url, related: on.slice(0, 10) });
    });
  },
);
