// One crawlee CheerioCrawler crawl doing the same work: same start URL, same page budget and
// concurrency, every link on the host enqueued, nothing persisted to disk.
import { CheerioCrawler, Configuration } from 'crawlee';

const [url, pages, concurrency] = process.argv.slice(2);
const config = new Configuration({ persistStorage: false, purgeOnStart: true, logLevel: process.env.CRAWLEE_LOG ? 'INFO' : 'OFF' });
let ok = 0;
let links = 0;
const crawler = new CheerioCrawler(
  {
    maxRequestsPerCrawl: Number(pages),
    minConcurrency: Number(concurrency),
    maxConcurrency: Number(concurrency),
    maxRequestRetries: 0,
    requestHandlerTimeoutSecs: 30,
    async requestHandler({ $, enqueueLinks }) {
      ok += 1;
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
process.stdout.write(JSON.stringify({ tool: 'crawlee', pages: ok, links, ms, cpuS: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
