/**
 * Progress on stderr, only when stderr is a terminal and the user did not ask for --quiet:
 * stdout carries nothing but the report, so `refaudit audit URL --format json | jq` keeps working.
 */
export interface ProgressSink {
  crawl(p: { done: number; queued: number; errors: number; pagesPerSecond: number }): void;
  stage(label: string): void;
  /** Lines worth keeping (a competitor could not be crawled...). Shown unless --quiet. */
  warn(message: string): void;
  verbose(message: string): void;
  done(): void;
}

export function makeProgress(opts: { stream: NodeJS.WriteStream; quiet: boolean; verbose: boolean }): ProgressSink {
  const { stream, quiet } = opts;
  const live = !quiet && stream.isTTY === true;
  let lastDraw = 0;
  let drawn = false;

  const clear = () => {
    if (drawn) {
      stream.write('\r\x1b[2K');
      drawn = false;
    }
  };
  const draw = (text: string) => {
    if (!live) return;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(`\r\x1b[2K${text.length > width ? text.slice(0, width - 1) + '…' : text}`);
    drawn = true;
  };

  return {
    crawl(p) {
      const now = Date.now();
      // Redrawing more than ~10 times a second costs more than it tells.
      if (now - lastDraw < 100) return;
      lastDraw = now;
      draw(`crawling: ${p.done} done, ${p.queued} queued, ${p.errors} errors, ${p.pagesPerSecond.toFixed(0)} pages/s`);
    },
    stage(label) {
      draw(`${label}…`);
    },
    warn(message) {
      if (quiet) return;
      clear();
      stream.write(`refaudit: warning: ${message}\n`);
    },
    verbose(message) {
      if (!opts.verbose || quiet) return;
      clear();
      stream.write(`refaudit: ${message}\n`);
    },
    done() {
      clear();
    },
  };
}
