/**
 * Progress on stderr, only when stderr is a terminal and the user did not ask for --quiet:
 * stdout carries nothing but the report, so `refaudit audit URL --format json | jq` keeps working.
 *
 * During the crawl one live line: a bar of pages done over pages known (done + queued: the total
 * grows as links are found, so the bar can step back), the rate and an ETA at that rate. Each later
 * stage (competitors and directories, analysis, report) gets a line of its own when it ends, with
 * its duration. The live line is erased before anything else is written to stderr, and before the
 * report goes to stdout (done()), so the two never share a line on the terminal.
 */
export interface ProgressSink {
  crawl(p: { done: number; queued: number; errors: number; pagesPerSecond: number }): void;
  stage(label: string): void;
  /** Lines worth keeping (a competitor could not be crawled...). Shown unless --quiet. */
  warn(message: string): void;
  verbose(message: string): void;
  done(): void;
}

const BAR_CELLS = 20;

export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** `[#######.............]  120/340 pages  45/s  ETA 5s  2 errors`: plain characters, no colour. */
export function crawlLine(p: { done: number; queued: number; errors: number; pagesPerSecond: number }): string {
  const known = p.done + p.queued;
  const filled = known ? Math.min(BAR_CELLS, Math.round((p.done / known) * BAR_CELLS)) : 0;
  const eta = p.queued === 0 ? 'ETA –' : p.pagesPerSecond > 0 ? `ETA ${formatEta(p.queued / p.pagesPerSecond)}` : 'ETA –';
  const errors = p.errors ? `  ${p.errors} error${p.errors > 1 ? 's' : ''}` : '';
  return `crawling [${'#'.repeat(filled)}${'.'.repeat(BAR_CELLS - filled)}] ${p.done}/${known} pages  ${p.pagesPerSecond.toFixed(0)}/s  ${eta}${errors}`;
}

export function makeProgress(opts: { stream: NodeJS.WriteStream; quiet: boolean; verbose: boolean; env?: NodeJS.ProcessEnv }): ProgressSink {
  const { stream, quiet } = opts;
  const live = !quiet && stream.isTTY === true && opts.env?.TERM !== 'dumb';
  let lastDraw = 0;
  let drawn = false;
  let current: string | null = null;
  let stage: { label: string; started: number } | null = null;

  const clear = () => {
    if (drawn) {
      stream.write('\r\x1b[2K');
      drawn = false;
    }
  };
  const draw = (text: string) => {
    if (!live) return;
    // Code points, not UTF-16 units: a line one column too wide wraps, and the wrapped part stays.
    // A terminal that reports no size (0: a pty without a window) is taken as 80 columns.
    const width = Math.max(20, (stream.columns || 80) - 1);
    const chars = [...text];
    stream.write(`\r\x1b[2K${chars.length > width ? chars.slice(0, width - 1).join('') + '…' : text}`);
    drawn = true;
    current = text;
  };
  const endStage = () => {
    if (!stage || !live) return;
    clear();
    stream.write(`${stage.label}: done in ${((Date.now() - stage.started) / 1000).toFixed(1)} s\n`);
    stage = null;
    current = null;
  };

  return {
    crawl(p) {
      const now = Date.now();
      // Redrawing more than ~10 times a second costs more than it tells.
      if (now - lastDraw < 100) return;
      lastDraw = now;
      draw(crawlLine(p));
    },
    stage(label) {
      endStage();
      stage = { label, started: Date.now() };
      draw(`${label}…`);
    },
    warn(message) {
      if (quiet) return;
      clear();
      stream.write(`refaudit: warning: ${message}\n`);
      if (current) draw(current);
    },
    verbose(message) {
      if (!opts.verbose || quiet) return;
      clear();
      stream.write(`refaudit: ${message}\n`);
      if (current) draw(current);
    },
    done() {
      endStage();
      clear();
      current = null;
    },
  };
}
