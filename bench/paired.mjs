/**
 * Paired runs of two builds on one bench site: `node bench/paired.mjs --a /path/to/old --b /path/to/new
 * [--pages 10000 --rounds 5 --mode crawl,audit --prof /tmp/prof --faults]`. Each build is a checkout with its
 * own `dist/` and `bench/child-*.mjs`; the site is served once and the builds' children run
 * alternately on it (a, b, a, b…), so both see the same machine minute by minute. On a shared
 * machine wall time says little: compare the medians of CPU seconds (all threads of the child) and
 * peak RSS. `--prof DIR` runs the children with `--cpu-prof` (workers inherit it) into DIR/<build>-<mode>-<round>.
 * `--faults` serves the site with relative canonicals and broken images (site.mjs).
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { startBenchSite } from './site.mjs';

const arg = (name, d) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : d;
};
const builds = { a: resolve(arg('--a', '.')), b: resolve(arg('--b', '.')) };
const PAGES = Number(arg('--pages', 10_000));
const ROUNDS = Number(arg('--rounds', 5));
const MODES = arg('--mode', 'crawl,audit').split(',');
const PROF = arg('--prof', null);
const FAULTS = process.argv.includes('--faults');
const CHILD = { crawl: 'child-refaudit.mjs', audit: 'child-audit.mjs' };

function child(dir, mode, url, profDir) {
  const flags = profDir ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [];
  return new Promise((res, rej) => {
    const p = spawn(process.execPath, [...flags, join(dir, 'bench', CHILD[mode]), url, String(PAGES), '8'], { cwd: join(dir, 'bench'), stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        res(JSON.parse(last.slice(last.indexOf('{'))));
      } catch {
        rej(new Error(`${mode} in ${dir} exited ${code} without figures`));
      }
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const site = await startBenchSite({ pages: PAGES, latencyMs: 0, faults: FAULTS });
const rows = [];
try {
  for (let r = 0; r < ROUNDS; r++) {
    for (const mode of MODES) {
      // Alternate which build goes first, so neither always runs after the other.
      const order = r % 2 ? ['b', 'a'] : ['a', 'b'];
      for (const k of order) {
        let profDir = null;
        if (PROF) mkdirSync((profDir = join(PROF, `${k}-${mode}-${r}`)), { recursive: true });
        const load = loadavg()[0];
        const x = await child(builds[k], mode, site.url, profDir);
        const row = { round: r, mode, build: k, wallS: x.ms / 1000, cpuS: x.cpuS, rssMb: x.maxRssMb, load1: load };
        rows.push(row);
        console.log(`${mode.padEnd(5)} round ${r} ${k}: wall ${row.wallS.toFixed(2)} s  CPU ${row.cpuS.toFixed(2)} s  RSS ${row.rssMb.toFixed(0)} MB  load ${load.toFixed(2)}`);
      }
    }
  }
} finally {
  await site.close();
}
for (const mode of MODES) {
  const of = (k, f) => rows.filter((x) => x.mode === mode && x.build === k).map((x) => x[f]);
  const fmt = (k) => `wall ${median(of(k, 'wallS')).toFixed(2)} s  CPU ${median(of(k, 'cpuS')).toFixed(2)} s [${Math.min(...of(k, 'cpuS')).toFixed(2)}–${Math.max(...of(k, 'cpuS')).toFixed(2)}]  RSS ${median(of(k, 'rssMb')).toFixed(0)} MB [${Math.min(...of(k, 'rssMb')).toFixed(0)}–${Math.max(...of(k, 'rssMb')).toFixed(0)}]`;
  // Per round, b's CPU over a's: the pairing cancels the machine's minute-to-minute speed.
  const ratios = [];
  for (let r = 0; r < ROUNDS; r++) {
    const a = rows.find((x) => x.mode === mode && x.build === 'a' && x.round === r);
    const b = rows.find((x) => x.mode === mode && x.build === 'b' && x.round === r);
    if (a && b) ratios.push(b.cpuS / a.cpuS);
  }
  console.log(`\n${mode} medians of ${ROUNDS}: a ${fmt('a')}\n${' '.repeat(mode.length)}               b ${fmt('b')}\n  b/a CPU per pair: ${ratios.map((x) => x.toFixed(3)).join(' ')}  median ${median(ratios).toFixed(3)}`);
}
console.log(`\nload average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
