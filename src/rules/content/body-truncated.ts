import { defineRule } from '../helpers.js';

export const bodyTruncated = defineRule(
  {
    id: 'body-truncated', step: 'content', severity: 'notice', title: 'Response larger than the size limit',
    help: 'The body was cut at --max-bytes (or decompressed beyond it). Engines also stop reading very large pages (Google reads the first 15 MB of an HTML file).',
    fix: 'Make the page lighter: paginate long lists, move inline data out of the HTML.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.truncated).map((p) => ({ url: p.url, detail: `${p.bytes} bytes kept${p.error ? ` (${p.error.message})` : ''}` })),
);
