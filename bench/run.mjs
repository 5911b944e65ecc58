/**
 * `npm run bench [-- --pages 10000 --latency-ms 0 --full]`: crawls a synthetic site with refaudit and
 * with crawlee's CheerioCrawler at the same concurrency, then times refaudit's full audit, and
 * prints pages/s, CPU seconds and peak RSS for each, the targets beside them, and `ratio: X`.
 * crawlee is a dependency of bench/ only, installed here on first run.
 * `npm run bench -- --render [--pages 200 --render-concurrency 2]`: the rendered mode instead (below).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBenchSite } from './site.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const RENDER = process.argv.includes('--render');
// Rendering costs a browser page load a page: its mode measures a few hundred pages, not 10,000.
const PAGES = arg('--pages', RENDER ? 200 : 10_000);
const RENDER_CONCURRENCY = arg('--render-concurrency', 2);
const LATENCY = arg('--latency-ms', 0);
const CONCURRENCY = arg('--concurrency', 8);
const FULL = process.argv.includes('--full');

// refaudit's children run with the Node flags its executable sets on its #! line, as users get them.
const BIN_FLAGS = (readFileSync(join(HERE, '../bin/refaudit'), 'utf8').split('\n')[0].match(/--[a-z-]+=\S+/g) ?? []);

function child(script, url, pages, extra = []) {
  return new Promise((resolve, reject) => {
    const flags = script.includes('crawlee') ? [] : BIN_FLAGS;
    const p = spawn(process.execPath, [...flags, join(HERE, script), url, String(pages), String(CONCURRENCY), ...extra], { cwd: HERE, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last.slice(last.indexOf('{'))));
      } catch {
        reject(new Error(`${script} exited ${code} without figures`));
      }
    });
  });
}

const fmt = (r) =>
  `${r.tool.padEnd(16)} ${String(r.pages).padStart(7)} pages  ${(r.pages / (r.ms / 1000)).toFixed(0).padStart(6)} pages/s  ${(r.ms / 1000).toFixed(2).padStart(7)} s  CPU ${r.cpuS.toFixed(2).padStart(6)} s  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB`;

if (RENDER) {
  // The rendered mode: the same synthetic pages with a script that adds a section and a link to each,
  // crawled raw and then with --render (Chromium), on the same site.
  console.log(`refaudit render bench — ${new Date().toISOString().slice(0, 10)} — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`);
  console.log(`site: ${PAGES} synthetic pages with a script, latency ${LATENCY} ms, concurrency ${CONCURRENCY}, render concurrency ${RENDER_CONCURRENCY}\n`);
  const site = await startBenchSite({ pages: PAGES, latencyMs: LATENCY, script: true });
  try {
    console.log(fmt(await child('child-refaudit.mjs', site.url, PAGES)));
    const r = await child('child-render.mjs', site.url, PAGES, [String(RENDER_CONCURRENCY)]);
    console.log(`${fmt(r)}   (Chromium: CPU ${r.chromiumCpuS.toFixed(2)} s of it, peak ${r.chromiumPeakMb.toFixed(0)} MB besides; ${r.rendered} rendered, ${r.failed} failed, ${r.linksAdded} with links added by script)`);
  } finally {
    await site.close();
  }
  process.exit(0);
}

if (!existsSync(join(HERE, 'node_modules/crawlee'))) {
  process.stderr.write('installing crawlee for the bench (bench/package.json)...\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit' });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`refaudit bench — ${new Date().toISOString().slice(0, 10)} — ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`site: ${PAGES} synthetic pages (30–80 KB, 50–150 links) on 127.0.0.1, latency ${LATENCY} ms, concurrency ${CONCURRENCY}\n`);

const site = await startBenchSite({ pages: PAGES, latencyMs: LATENCY });
try {
  const ours = await child('child-refaudit.mjs', site.url, PAGES);
  console.log(fmt(ours));
  const theirs = await child('child-crawlee.mjs', site.url, PAGES);
  console.log(fmt(theirs));
  const ratio = ours.pages / (ours.ms / 1000) / (theirs.pages / (theirs.ms / 1000));
  console.log(`ratio: ${ratio.toFixed(2)}   (refaudit pages/s ÷ crawlee pages/s; target ≥ 5)\n`);
  const sizes = FULL ? [PAGES, 100_000] : [PAGES];
  for (const n of sizes) {
    const s = n === PAGES ? site : await startBenchSite({ pages: n, latencyMs: LATENCY });
    const audit = await child('child-audit.mjs', s.url, n);
    console.log(`${fmt(audit)}   (targets: 10k < 15 s and < 250 MB; 100k < 1 GB)`);
    if (s !== site) await s.close();
  }
} finally {
  await site.close();
}
