/**
 * After the pages: the site's images, stylesheets and scripts (counted by resource-uses.ts), each
 * URL checked once with the crawl's limits and politeness (robots.txt, the host's clock, the
 * concurrency, the timeout). Each is a GET of its first byte (`Range: bytes=0-0`), not a HEAD:
 * undici closes the connection after every HEAD (its answer to servers that send a body with one),
 * so 2,000 HEADs would be 2,000 new connections and TLS handshakes on the audited server. A server
 * that ignores Range sends the file, read up to 64 KB; one that answers 416 (an empty file) is
 * asked again without Range. URLs the crawl already fetched as pages are not asked again. At most
 * MAX_RESOURCES are checked, the most used first; the rest are counted as unchecked.
 */
import type { PageRecord, ResourceCheck } from '../site/types.js';
import { fetchOnce, type FetchOptions } from './fetch.js';
import type { ResourceUse } from './resource-uses.js';

export const MAX_RESOURCES = 2000;
/** What is read of a file from a server that ignores Range: enough to see it answer. */
const BODY_MAX = 64 * 1024;

export async function checkResources(
  uses: ResourceUse[],
  pages: PageRecord[],
  opts: {
    fetch: FetchOptions;
    concurrency: number;
    allowed(url: string): Promise<boolean>;
    wait(url: string): Promise<void>;
    counted(bytes: number): void;
    signal: AbortSignal;
  },
): Promise<{ checked: ResourceCheck[]; unchecked: number } | undefined> {
  const crawled = new Set<string>();
  for (const p of pages) crawled.add(p.url);
  const items = uses.filter((u) => !crawled.has(u.url));
  if (!items.length) return undefined;
  const unchecked = Math.max(0, items.length - MAX_RESOURCES);
  items.length -= unchecked;
  const checked: ResourceCheck[] = [];
  const ask: FetchOptions = { ...opts.fetch, accept: '*/*', maxBytes: BODY_MAX };
  let next = 0;
  const worker = async () => {
    while (next < items.length && !opts.signal.aborted) {
      const { url, kind, pages, usedOn } = items[next++]!;
      const check: ResourceCheck = { url, kind, status: null, pages, usedOn };
      checked.push(check);
      if (!(await opts.allowed(url))) {
        check.robotsBlocked = true;
        continue;
      }
      await opts.wait(url);
      let res = await fetchOnce(url, { ...ask, range: 'bytes=0-0' });
      if (res.status === 416) {
        await opts.wait(url);
        res = await fetchOnce(url, ask);
      }
      opts.counted(res.bytes);
      check.status = res.status;
      if (res.error && res.error.code !== 'too-large') check.error = res.error.code;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, worker));
  checked.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { checked, unchecked: unchecked + (items.length - checked.length) };
}
