/**
 * --max-depth with depths that are shortest paths (site/depth.ts). During the crawl a URL is
 * first met by whichever link arrives first; with requests in flight that may be a longer path
 * than its shortest, and the pages below it would look deeper than they are and be refused.
 * Here each URL keeps the smallest depth it was reached at: a queued task is lowered, and a page
 * already fetched passes its lower depth on to the URLs it leads to, which are admitted if they
 * now fit. Used only when --max-depth is set: without it no page is ever refused for its depth.
 */
export interface Edge {
  url: string;
  /** 1 for a link (canonical, hreflang alike), 0 for a redirect to its target. */
  step: 0 | 1;
}

export class DepthBound {
  private readonly best = new Map<string, number>();
  private readonly waiting = new Map<string, { depth: number }>();
  private readonly out = new Map<string, Edge[]>();

  constructor(
    private readonly isSeen: (url: string) => boolean,
    private readonly admitAt: (url: string, depth: number, foundOn: string, step: 0 | 1) => void,
  ) {}

  /** A task entered the queue. */
  queued(task: { url: string; depth: number }): void {
    this.best.set(task.url, task.depth);
    this.waiting.set(task.url, task);
  }

  /** A task left the queue: its depth is fixed for the links it is about to give. */
  started(url: string): void {
    this.waiting.delete(url);
  }

  /** The URLs a fetched page leads to; those already seen may now be closer than they were. */
  expanded(from: string, depth: number, edges: Edge[]): void {
    // Lowered while it was in flight: the crawl admitted its links a step too deep.
    const d = Math.min(this.best.get(from) ?? depth, depth);
    this.best.set(from, d);
    this.out.set(from, edges);
    for (const e of edges) {
      if (this.isSeen(e.url)) this.relax(e.url, d + e.step);
      else if (d < depth) this.admitAt(e.url, d + e.step, from, e.step);
    }
  }

  private relax(url: string, depth: number): void {
    const known = this.best.get(url);
    if (known === undefined || known <= depth) return;
    this.best.set(url, depth);
    const task = this.waiting.get(url);
    if (task) task.depth = depth;
    for (const e of this.out.get(url) ?? []) {
      if (this.isSeen(e.url)) this.relax(e.url, depth + e.step);
      else this.admitAt(e.url, depth + e.step, url, e.step);
    }
  }
}
