/**
 * Per-host spacing of requests: the larger of 1/--rate and the robots.txt Crawl-delay for our own
 * user agent. Each request books the next free slot of its host, so concurrency never bursts past it.
 */
export class HostClock {
  private readonly next = new Map<string, number>();
  private readonly gaps = new Map<string, number>();

  constructor(private readonly ratePerSecond: number | null) {}

  setCrawlDelay(host: string, seconds: number | undefined): void {
    const fromRate = this.ratePerSecond ? 1000 / this.ratePerSecond : 0;
    const fromRobots = seconds && seconds > 0 ? Math.min(seconds, 60) * 1000 : 0;
    this.gaps.set(host, Math.max(fromRate, fromRobots));
  }

  /** Resolves when this host may be asked again; rejects nothing, returns at once when unthrottled. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const gap = this.gaps.get(host) ?? (this.ratePerSecond ? 1000 / this.ratePerSecond : 0);
    if (gap <= 0) return;
    const now = Date.now();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + gap);
    const delay = slot - now;
    if (delay <= 0) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, delay);
      signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
      }, { once: true });
    });
  }
}
