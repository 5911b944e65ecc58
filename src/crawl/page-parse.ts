/**
 * The crawl's parse step: a fetched HTML body becomes the page's facts (parsed, or rendered with
 * --render), a page that leaves at once becomes a redirect, and its links go to the frontier.
 */
import type { PageRecord } from '../site/types.js';
import { refreshTarget } from '../site/redirects.js';
import * as shared from './shared-values.js';
import type { Frontier, Task } from './frontier.js';
import type { PageRecorder } from './page-recorder.js';
import type { PageExtractor } from './render/hook.js';
import type { FetchedPage } from './page-fetch.js';

function isHtml(contentType: string | null, body: Buffer): boolean {
  if (contentType) return /text\/html|application\/xhtml\+xml/i.test(contentType);
  return /^\s*<(!doctype html|html)/i.test(body.subarray(0, 200).toString('latin1'));
}

export class PageParser {
  constructor(
    private readonly extractor: PageExtractor,
    private readonly frontier: Frontier,
    private readonly recorder: PageRecorder,
  ) {}

  /** Reads the page if it is HTML, and records it either way. */
  async read(task: Task, { page, res }: FetchedPage): Promise<void> {
    const { recorder } = this;
    if (res.status === null || res.status < 200 || res.status >= 300 || res.leftScope || !res.body.length || !isHtml(page.contentType, res.body)) {
      return recorder.record(page);
    }
    let facts: NonNullable<PageRecord['html']>;
    try {
      facts = await this.extractor.facts(page, res.body, res.status);
    } catch (err) {
      // The fetch stays on record; only the page's content is missing.
      page.error ??= { code: 'other', message: `could not parse the HTML: ${(err as Error).message}` };
      recorder.errors += 1;
      return recorder.record(page);
    }
    const refreshTo = refreshTarget(facts.metaRefresh, res.finalUrl);
    if (refreshTo) {
      // A page that leaves at once is a redirect (site/redirects.ts): recorded as one, without its
      // content, its target followed like a Location.
      page.finalUrl = refreshTo;
      page.redirects = [{ url: res.finalUrl, status: res.status, location: refreshTo, via: 'meta-refresh' }];
      this.frontier.refreshed(task, page.url, refreshTo);
      return recorder.record(page);
    }
    page.html = shared.facts(facts);
    this.frontier.admitLinks(task, page.url, facts);
    return recorder.record(page);
  }
}
