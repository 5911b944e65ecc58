/**
 * Per-host spacing of requests: the larger of 1/--rate and the robots.txt Crawl-delay for our own
 * user agent. Requests to a host go one after the other through a chain: each leaves at least the
 * gap after the previous one actually left, so a late timer never lets two requests bunch up.
 */
export class HostClock {
  private readonly last = new Map<string, Promise<number>>();
  private readonly gaps = new Map<string, number>();

  constructor(private readonly ratePerSecond: number | null) {}

  setCrawlDelay(host: string, seconds: number | undefined): void {
    const fromRate = this.ratePerSecond ? 1000 / this.ratePerSecond : 0;
    const fromRobots = seconds && seconds > 0 ? Math.min(seconds, 60) * 1000 : 0;
    this.gaps.set(host, Math.max(fromRate, fromRobots));
  }

  /** Resolves when this host may be asked again; returns at once when unthrottled or aborted. */
  async wait(host: string, signal?: AbortSignal): Promise<void> {
    const gap = this.gaps.get(host) ?? (this.ratePerSecond ? 1000 / this.ratePerSecond : 0);
    if (gap <= 0) return;
    const previous = this.last.get(host) ?? Promise.resolve(-Infinity);
    let leave!: (at: number) => void;
    this.last.set(host, new Promise<number>((resolve) => (leave = resolve)));
    const before = await previous;
    const delay = before + gap - Date.now();
    if (delay > 0 && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(done, delay);
        function done() {
          clearTimeout(t);
          signal?.removeEventListener('abort', done);
          resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
      });
    }
    leave(Date.now());
  }
}
