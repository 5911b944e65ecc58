// One refaudit crawl of the bench site, in its own process so its CPU and peak RSS are its own.
import { crawlSite } from '../dist/crawl/crawler.js';
import { peakRssMb } from './peak-rss.mjs';

const [url, pages, concurrency] = process.argv.slice(2);
const t0 = performance.now();
const snap = await crawlSite({ startUrl: url, maxPages: Number(pages), concurrency: Number(concurrency), timeoutMs: 30_000 });
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({
  tool: 'refaudit',
  pages: snap.pages.filter((p) => p.status === 200).length,
  links: snap.pages.reduce((s, p) => s + (p.html?.internalLinks.length ?? 0), 0),
  ms,
  cpuS: (cpu.user + cpu.system) / 1e6,
  maxRssMb: peakRssMb(),
}));
