/**
 * Which history folder a run belongs to: one per site and crawl scope, so step 8 and
 * `--fail-on regression` only ever compare like with like. Two sites audited from the same folder
 * (or one site with another --include, start path or page limit) keep separate timelines.
 *
 * The folder's name is readable (`www.example.ma`, `127.0.0.1_8080_blog`) and ends with a short hash
 * of everything that changes what the crawl can see, so a changed scope starts a new baseline.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CrawlSettings } from '../site/types.js';

type Scope = Pick<CrawlSettings, 'subdomains' | 'include' | 'exclude' | 'maxDepth' | 'maxPages'>;

export function siteKey(startUrl: string, scope: Scope): string {
  const u = new URL(startUrl);
  const path = u.pathname.replace(/\/+$/, '');
  const readable = [u.hostname, u.port, path]
    .filter(Boolean)
    .join('_')
    .replace(/[^a-zA-Z0-9.-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 80);
  const identity = JSON.stringify({
    origin: u.origin,
    path: u.pathname,
    search: u.search,
    subdomains: scope.subdomains,
    include: [...scope.include].sort(),
    exclude: [...scope.exclude].sort(),
    maxDepth: scope.maxDepth,
    maxPages: scope.maxPages,
  });
  return `${readable || 'site'}-${createHash('sha256').update(identity).digest('hex').slice(0, 8)}`;
}

/** The run folder of a site under the history folder given by --history / "history" / the default. */
export function siteHistoryDir(root: string, startUrl: string, scope: Scope): string {
  return join(root, siteKey(startUrl, scope));
}
