import { defineRule } from '../helpers.js';

export const page4xx = defineRule(
  {
    id: 'page-4xx', step: 'content', severity: 'warning', title: 'Page answers a client error (4xx)',
    help: 'A crawled URL answered 4xx. Links to it waste crawl budget and visitors land on an error; engines drop the URL from their index.',
    fix: 'Restore the page, redirect it (301) to its nearest equivalent, or remove the links to it.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.status >= 400 && p.status < 500).map((p) => ({ url: p.url, detail: `HTTP ${p.status}`, ...(p.foundOn ? { related: [p.foundOn] } : {}) })),
);

export const page5xx = defineRule(
  {
    id: 'page-5xx', step: 'content', severity: 'critical', title: 'Page answers a server error (5xx)',
    help: 'A server error tells engines the page is unavailable; repeated 5xx make them crawl the site less and drop the URL.',
    fix: 'Fix the server error (check the application logs for that URL).',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.status >= 500).map((p) => ({ url: p.url, detail: `HTTP ${p.status}` })),
);

export const fetchFailed = defineRule(
  {
    id: 'fetch-failed', step: 'content', severity: 'warning', title: 'Page could not be fetched',
    help: 'No complete HTTP answer was received (timeout, reset, TLS error...). Engines meeting the same fault cannot index the page.',
    fix: 'Check the server for that URL: timeouts, dropped connections or certificate problems.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => p.status === null && p.crawlAllowed && p.error && p.error.code !== 'aborted')
      .map((p) => ({ url: p.url, detail: `${p.error!.code}: ${p.error!.message}` })),
);

export const bodyTruncated = defineRule(
  {
    id: 'body-truncated', step: 'content', severity: 'notice', title: 'Response larger than the size limit',
    help: 'The body was cut at --max-bytes (or decompressed beyond it). Engines also stop reading very large pages (Google reads the first 15 MB of an HTML file).',
    fix: 'Make the page lighter: paginate long lists, move inline data out of the HTML.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.truncated).map((p) => ({ url: p.url, detail: `${p.bytes} bytes kept${p.error ? ` (${p.error.message})` : ''}` })),
);

export const slowResponse = defineRule(
  {
    id: 'slow-response', step: 'content', severity: 'notice', title: 'Slow server response (over 1.5 s)',
    help: 'Time to the last byte over 1.5 s, measured by the crawl. Slow answers reduce how many pages engines crawl and hurt visitors.',
    fix: 'Cache the page, or speed up the server work behind it.',
  },
  ({ snapshot }) => snapshot.pages.filter((p) => p.status !== null && p.responseMs > 1500).map((p) => ({ url: p.url, detail: `${p.responseMs} ms` })),
);
