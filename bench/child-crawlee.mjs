// One crawlee CheerioCrawler crawl doing the same work: same start URL, same page budget and
// concurrency, every link on the host enqueued (crawlee's own enqueueLinks), nothing persisted to disk.
//
// Configuration, and why (crawlee 3.18; `CRAWLEE_LOG=1` turns crawlee's log on):
//
// - No `maxRequestsPerCrawl`; the page budget is enforced with `crawler.stop()` once `pages`
//   handlers have run, which lets the requests already in flight finish and starts no new ones.
//   With `maxRequestsPerCrawl` set, crawlee clamps every `enqueueLinks` call to the budget still
//   unused (maxRequestsPerCrawl − handled − pending) and hands it to
//   `RequestQueue.addRequestsBatched({ maxNewRequests })`, which then sends the links in chunks of
//   *that many* links, sleeps `waitBetweenBatchesMillis` (1 s, not settable from enqueueLinks)
//   after each chunk, and waits for every chunk. Once most of the site is queued the unused budget
//   is a handful of URLs while a page still has ~100 links, nearly all already queued: a page with
//   3 URLs of budget left takes ~33 chunks = ~33 s inside `enqueueLinks`. That was the stall:
//   handlers idle in `sleep()`, `requestHandler timed out after 30 seconds`, 125 s wall for 12 s of
//   CPU at 1,000 pages, and the timed-out `enqueueLinks` calls kept the process alive ~2 min more.
//   Without the clamp, enqueueLinks adds a page's links in one batch (one chunk ≤ 1,000, no sleep).
// - `minConcurrency` = `maxConcurrency` = 8 (so `desiredConcurrency` is 8 from the start): the
//   autoscaled pool can neither scale down on the system-status snapshots nor above refaudit's 8.
//   The snapshots were not the cause anyway: during the stall they read memory, CPU, event loop and
//   client all at ratio 0 (`isSystemIdle: true`), so no systemStatusOptions/memoryMbytes change.
// - `useSessionPool: false`, `persistCookiesPerSession: false`: one site of our own with no cookies
//   and no blocking, so sessions do nothing (measured: no difference beyond noise at 1,000 pages).
// - Connections were not the cause: got-scraping keeps the connections alive (8 TCP connections for
//   1,001 requests, the same as refaudit). The answers are text/html, so no additionalMimeTypes.
// - Timeouts of 30 s for navigation and handler, like refaudit's timeoutMs; no retries (refaudit
//   does not retry either; none are needed on 127.0.0.1).
import { CheerioCrawler, Configuration } from 'crawlee';
import { peakRssMb } from './peak-rss.mjs';

const [url, pages, concurrency] = process.argv.slice(2);
const budget = Number(pages);
const config = new Configuration({ persistStorage: false, purgeOnStart: true, logLevel: process.env.CRAWLEE_LOG ? 'INFO' : 'OFF' });
let ok = 0;
let links = 0;
const crawler = new CheerioCrawler(
  {
    minConcurrency: Number(concurrency),
    maxConcurrency: Number(concurrency),
    maxRequestRetries: 0,
    navigationTimeoutSecs: 30,
    requestHandlerTimeoutSecs: 30,
    useSessionPool: false,
    persistCookiesPerSession: false,
    async requestHandler({ $, enqueueLinks, crawler: self }) {
      ok += 1;
      if (ok === budget) self.stop(`page budget of ${budget} reached`);
      links += $('a[href]').length;
      await enqueueLinks({ strategy: 'same-hostname' });
    },
  },
  config,
);
const t0 = performance.now();
await crawler.run([url]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
process.stdout.write(
  JSON.stringify({ tool: 'crawlee', pages: ok, links, ms, cpuS: (cpu.user + cpu.system) / 1e6, maxRssMb: peakRssMb() }),
  () => process.exit(0),
);
