/**
 * Where the crawl's page records go: the snapshot's page list, the audit's onPage hook (relevance
 * reads each page as it arrives), then the spill file, and the progress counters.
 */
import type { PageRecord } from '../site/types.js';
import { mapPackedTexts } from '../site/text-store.js';
import { isIndexable } from '../site/indexability.js';
import type { TextSpill } from '../site/spill.js';
import { pageRecord } from './page-record.js';
import { ResourceUses } from './resource-uses.js';
import type { CrawlRun } from './crawl-run.js';
import type { Task } from './frontier.js';

export interface CrawlProgress {
  done: number;
  queued: number;
  errors: number;
  pagesPerSecond: number;
  bytes: number;
}

export interface CrawlEvents {
  onProgress?(p: CrawlProgress): void;
  /** Each page as it is recorded; a returned promise holds this worker back until it settles (backpressure). */
  onPage?(page: PageRecord): void | Promise<void>;
  /** Something the crawl fell back on (a parsing thread that failed, a spill file that could not be written). */
  onWarn?(message: string): void;
}

export class PageRecorder {
  readonly pages: PageRecord[] = [];
  /** Pages that failed (fetch errors other than too-large, parse failures, internal errors). */
  errors = 0;
  /** Accented word as written → how many indexable pages write it (SiteSnapshot.writtenForms). */
  private readonly written = new Map<string, number>();
  /** The images, stylesheets and scripts the pages use (HtmlFacts.resources, dropped once counted). */
  readonly resources = new ResourceUses();

  constructor(
    private readonly run: CrawlRun,
    private readonly events: CrawlEvents,
    private readonly spill: TextSpill | null,
  ) {}

  /** A page fetched (or refused by robots.txt: `announce` false), shown to onPage, then spilled. */
  async record(page: PageRecord, announce = true): Promise<void> {
    this.countWritten(page);
    this.countResources(page);
    this.pages.push(page);
    if (!announce) return;
    await this.events.onPage?.(page);
    // An audit's memory saving (see spill.ts): the page's packed texts go to the file.
    const spill = this.spill;
    if (spill && page.html) mapPackedTexts(page.html, (v) => (typeof v === 'string' && v ? spill.put(v) : v));
  }

  /** A bug on one page must not lose the crawl: it is recorded like a fetch failure. */
  recordFailure(task: Task, err: Error): void {
    const failed = pageRecord({
      url: task.url, finalUrl: task.url, source: task.source, depth: task.depth, foundOn: task.foundOn, status: null,
      redirects: [], contentType: null, bytes: 0, truncated: false, responseMs: 0, contentEncoding: null, xRobotsTag: [],
      headerRobots: { generic: [], perBot: {} }, robotsAllowed: {}, crawlAllowed: true, inSitemap: false, inlinks: 0,
    });
    failed.error = { code: 'other', message: `internal error: ${err.message}` };
    this.pages.push(failed);
    this.errors += 1;
  }

  /**
   * The page's accented words go to the crawl's count, as relevance reads them: over the pages it
   * ranks (the indexable ones), each page once a word.
   */
  private countWritten(page: PageRecord): void {
    const words = page.html?.writtenWords;
    if (words === undefined) return;
    page.html!.writtenWords = undefined;
    if (!isIndexable(page)) return;
    const written = this.written;
    for (const w of words.split(' ')) written.set(w, (written.get(w) ?? 0) + 1);
  }

  /** The page's images, stylesheets and scripts go to the site's count (every page with HTML, indexable or not). */
  private countResources(page: PageRecord): void {
    const entries = page.html?.resources;
    if (entries === undefined) return;
    page.html!.resources = undefined;
    this.resources.add(page.url, entries);
  }

  /** The accented words counted, sorted by word (the same snapshot whatever order the pages came in). */
  writtenForms(): [string, number][] | undefined {
    if (!this.written.size) return undefined;
    return [...this.written].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  progress(queued: number): void {
    const done = this.pages.length;
    const secs = (performance.now() - this.run.t0) / 1000;
    this.events.onProgress?.({ done, queued, errors: this.errors, pagesPerSecond: secs > 0 ? done / secs : 0, bytes: this.run.stats.bytesReceived });
  }
}
