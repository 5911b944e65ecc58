#!/usr/bin/env node
/**
 * Imported inputs against the demo site: times an audit of the 60-page demo with a rankings file of
 * N rows (and a queries file of N rows), to show the cost is linear in the file's size.
 *   node bench/inputs.mjs [--rows 200000] [--cell-kb 0]
 * Needs `npm run build` first. Runs the audit in this process (no command thread).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDemo } from '../dist/cli/demo.js';
import { main } from '../dist/cli/main.js';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const rows = arg('rows', 200_000);
const cellKb = arg('cell-kb', 0);
const cellText = () => (process.env.CELL === 'word' ? 'x'.repeat(cellKb * 1024) : process.env.CELL === 'quotes' ? 'a""'.repeat(Math.ceil((cellKb * 1024) / 3)) : 'riad marrakech '.repeat(Math.ceil((cellKb * 1024) / 15)));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const engines = ['google', 'bing'];
const words = ['riad', 'marrakech', 'désert', 'circuit', 'merzouga', 'excursion', 'essaouira', 'trek', 'toubkal', 'voyage', 'maroc', 'fès', 'agence', 'location', 'voiture', 'cascades'];
const work = mkdtempSync(join(tmpdir(), 'refaudit-bench-inputs-'));
const kw = (i) => `${words[i % 16]} ${words[(i >> 4) % 16]} ${words[(i >> 8) % 16]} ${i}`;
const rankings = ['keyword,engine,market,position,url,date,volume'];
for (let i = 0; i < rows; i++) rankings.push(`${kw(i)},${engines[i % 2]},fr-MA,${1 + (i % 60)},/riads/,2026-11-16,${i % 5000}`);
if (cellKb) rankings.push(`"${cellText()}",google,fr-MA,3,/,2026-11-16,10`);
const queries = ['Top queries,Clicks,Impressions,CTR,Position'];
for (let i = 0; i < rows; i++) queries.push(`${kw(i)},${i % 40},${100 + (i % 900)},1.2%,${(1 + (i % 300) / 10).toFixed(1)}`);
if (cellKb) queries.push(`"${cellText()}",1,100,1%,3`);
writeFileSync(join(work, 'rankings.csv'), `${rankings.join('\n')}\n`);
writeFileSync(join(work, 'queries.csv'), `${queries.join('\n')}\n`);

const demo = await startDemo();
const sink = { write: () => true, isTTY: false, columns: 80 };
try {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const code = await main(
    ['node', 'refaudit', 'audit', '--config', demo.configFile, '--no-history', '--format', process.env.FORMAT ?? 'json', '-q',
      ...(only !== 'queries' ? ['--rankings', join(work, 'rankings.csv')] : []),
      ...(only !== 'rankings' ? ['--queries', join(work, 'queries.csv')] : [])],
    { stdout: sink, stderr: process.stderr, env: {}, cwd: work },
  );
  const s = (performance.now() - t0) / 1000;
  const c1 = process.cpuUsage(c0);
  const cpu = (c1.user + c1.system) / 1e6;
  console.log(`rows ${rows}${cellKb ? ` + one ${cellKb} KB cell` : ''}: audit of the demo with ${only ?? 'rankings + queries'} file(s) took ${s.toFixed(2)} s (CPU ${cpu.toFixed(2)} s, exit ${code}), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await demo.close();
  rmSync(work, { recursive: true, force: true });
}
