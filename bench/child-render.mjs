// One refaudit crawl with --render, in its own process. Chromium runs in processes of its own: their
// CPU and memory are read from /proc every 200 ms and added to this process's (Linux only).
import { readFileSync, readdirSync } from 'node:fs';
import { crawlSite } from '../dist/crawl/crawler.js';
import { findChromium } from '../dist/crawl/render/chromium.js';
import { peakRssMb } from './peak-rss.mjs';

const [url, pages, concurrency, renderConcurrency] = process.argv.slice(2);
const TICK = 100; // clock ticks a second (CLK_TCK on Linux)

/** Every process below this one: pid → { cpuS, rssMb }. */
function descendants() {
  const procs = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const st = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
      procs.set(Number(d), { ppid: Number(f[1]), cpuS: (Number(f[11]) + Number(f[12])) / TICK, rssMb: rss ? Number(rss[1]) / 1024 : 0 });
    } catch {
      // ended meanwhile
    }
  }
  const out = new Map();
  const walk = (pid) => {
    for (const [p, v] of procs) if (v.ppid === pid && !out.has(p)) (out.set(p, v), walk(p));
  };
  walk(process.pid);
  return out;
}

const cpuSeen = new Map();
let peakTreeMb = 0;
const sample = () => {
  let rss = 0;
  for (const [pid, v] of descendants()) {
    cpuSeen.set(pid, Math.max(cpuSeen.get(pid) ?? 0, v.cpuS));
    rss += v.rssMb;
  }
  peakTreeMb = Math.max(peakTreeMb, rss);
};
const timer = setInterval(sample, 200);

const t0 = performance.now();
const snap = await crawlSite({
  startUrl: url, maxPages: Number(pages), concurrency: Number(concurrency), timeoutMs: 30_000,
  render: true, renderConcurrency: Number(renderConcurrency), chromium: findChromium(null),
});
const ms = performance.now() - t0;
clearInterval(timer);
const cpu = process.cpuUsage();
const chromiumCpuS = [...cpuSeen.values()].reduce((s, x) => s + x, 0);
const rendered = snap.pages.filter((p) => p.render?.status === 'rendered');
process.stdout.write(JSON.stringify({
  tool: `refaudit --render`,
  pages: snap.pages.filter((p) => p.status === 200).length,
  rendered: rendered.length,
  failed: snap.pages.filter((p) => p.render?.status === 'failed').length,
  linksAdded: rendered.filter((p) => p.render.linksAdded.count > 0).length,
  ms,
  cpuS: (cpu.user + cpu.system) / 1e6 + chromiumCpuS,
  chromiumCpuS,
  maxRssMb: peakRssMb(),
  chromiumPeakMb: peakTreeMb,
}));
