import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const bodyTruncated = defineRule(
  {
    id: 'body-truncated', step: 'content', severity: 'notice', title: 'Response larger than the size limit',
    help: 'The body was cut at --max-bytes (or decompressed beyond it). Engines also stop reading very large pages (Google reads the first 15 MB of an HTML file).',
    fix: 'Make the page lighter: paginate long lists, move inline data out of the HTML.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.truncated).map((p) => item('body-truncated', { bytes: p.bytes, reason: p.error?.message ?? null }, { url: p.url })),
);
