/**
 * Ctrl-C stops the crawl, not the program: the first SIGINT aborts the crawl so what was gathered
 * is still analysed and written; a second one exits at once.
 */
export function abortOnInterrupt(onFirst: () => void): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  let count = 0;
  const handler = () => {
    count += 1;
    if (count === 1) {
      onFirst();
      controller.abort(new Error('interrupted'));
    } else {
      process.exit(130);
    }
  };
  process.on('SIGINT', handler);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', handler) };
}
