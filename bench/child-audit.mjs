// The full audit (crawl, analyses, report rendering) as the executable runs it (dist/cli/run.js:
// the command on a worker thread), in its own process.
import { run } from '../dist/cli/run.js';
import { peakRssMb } from './peak-rss.mjs';

const [url, pages, concurrency] = process.argv.slice(2);
const t0 = performance.now();
const code = await run(['node', 'refaudit', 'audit', url, '--no-config', '--no-history', '--quiet', '--format', 'json', '--output', '/dev/null', '--max-pages', pages, '--concurrency', concurrency]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage();
process.stdout.write(JSON.stringify({ tool: 'refaudit audit', code, pages: Number(pages), ms, cpuS: (cpu.user + cpu.system) / 1e6, maxRssMb: peakRssMb() }));
