#!/usr/bin/env node
/**
 * npm run real-sites: audits every real site of real-sites/manifest.json that is present on this
 * machine (../shared/real-sites/<name>/, or the cache folder for the others) and checks the
 * expectations of real-sites/expectations.mjs, each verified by reading the site's HTML.
 *
 *   node scripts/real-sites.mjs [--only name[,name]] [--reuse] [--cache DIR] [--out DIR]
 *
 * It fetches nothing: a site whose folder is absent is reported as skipped (CI has no cache).
 * --reuse reads the JSON report of an earlier run from --out instead of crawling again.
 * Exit code: 0 when every checked expectation holds, 1 otherwise. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTATIONS } from '../real-sites/expectations.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '..', 'shared', 'real-sites');

function parseArgs(argv) {
  const opts = { only: null, reuse: false, cache: process.env.REAL_SITES_CACHE ?? resolve(ROOT, '..', 'real-sites-cache'), out: join(tmpdir(), 'refaudit-real-sites') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = new Set(argv[++i].split(','));
    else if (a === '--reuse') opts.reuse = true;
    else if (a === '--cache') opts.cache = resolve(argv[++i]);
    else if (a === '--out') opts.out = resolve(argv[++i]);
    else {
      console.error(`real-sites: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

function siteFolder(site, opts) {
  return site.source === 'shared' ? join(SHARED, site.name) : join(opts.cache, site.name);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts serve.py (or the cache wrapper around it) and waits for the port it writes. */
async function serve(site, opts) {
  const portFile = join(opts.out, `${site.name}.port`);
  rmSync(portFile, { force: true });
  const args = site.source === 'shared'
    ? [join(SHARED, 'serve.py'), site.name, portFile]
    : [join(ROOT, 'scripts', 'real-sites', 'serve-cached.py'), opts.cache, site.name, portFile];
  const child = spawn('python3', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  for (let i = 0; i < 600 && !existsSync(portFile); i++) {
    if (child.exitCode !== null) throw new Error(`serve.py exited: ${err.trim()}`);
    await sleep(100);
  }
  if (!existsSync(portFile)) throw new Error('serve.py wrote no port within 60 s');
  return { child, port: Number(readFileSync(portFile, 'utf8').trim()) };
}

function audit(url, jsonFile) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'refaudit'), 'audit', url, '--format', 'json', '-o', jsonFile, '--no-config', '--no-history', '-q'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => resolveRun({ code, err: err.trim() }));
  });
}

async function reportFor(site, opts) {
  const jsonFile = join(opts.out, `${site.name}.json`);
  if (opts.reuse && existsSync(jsonFile)) return { report: JSON.parse(readFileSync(jsonFile, 'utf8')), origin: null, seconds: 0 };
  const { child, port } = await serve(site, opts);
  try {
    const origin = `http://127.0.0.1:${port}`;
    const t0 = Date.now();
    rmSync(jsonFile, { force: true });
    const run = await audit(origin + site.base, jsonFile);
    if (!existsSync(jsonFile)) throw new Error(`audit exited ${run.code} without a report: ${run.err}`);
    return { report: JSON.parse(readFileSync(jsonFile, 'utf8')), origin, seconds: (Date.now() - t0) / 1000 };
  } finally {
    child.kill('SIGTERM');
  }
}

/** The top next actions and critical findings, printed so that a person can judge them. */
function summarise(report) {
  const lines = [`  pages crawled ${report.site.pagesCrawled}; scores: coverage ${report.scores.coverage.value}, relevance ${report.scores.relevance.value}, ranking ${report.scores.ranking.value}`];
  for (const a of report.nextActions.slice(0, 10)) lines.push(`  #${a.rank} [${a.ruleId ?? a.step}] ${a.title} — ${a.why}`);
  for (const s of report.steps) for (const f of s.findings) if (f.severity === 'critical') lines.push(`  critical ${f.ruleId} (${f.count}): ${f.title}`);
  return lines.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'real-sites', 'manifest.json'), 'utf8'));
  const tally = { pass: 0, fail: 0, skipped: 0 };
  const failed = [];
  for (const site of manifest.sites) {
    if (opts.only && !opts.only.has(site.name)) continue;
    const checks = EXPECTATIONS[site.name] ?? [];
    if (!existsSync(join(siteFolder(site, opts), 'site')) && !existsSync(join(siteFolder(site, opts), 'site.tar.xz'))) {
      console.log(`SKIP ${site.name}: no copy at ${siteFolder(site, opts)} (${checks.length} expectations not checked)`);
      tally.skipped += checks.length;
      continue;
    }
    let got;
    try {
      got = await reportFor(site, opts);
    } catch (e) {
      console.log(`FAIL ${site.name}: could not be audited: ${e.message}`);
      tally.fail += checks.length;
      failed.push(`${site.name}: not audited`);
      continue;
    }
    console.log(`\n== ${site.name} (${site.repo}@${site.commit.slice(0, 7)})${got.seconds ? `, audited in ${got.seconds.toFixed(0)} s` : ', earlier report'}`);
    console.log(summarise(got.report));
    for (const x of checks) {
      let verdict;
      try {
        verdict = x.check(got.report, { origin: got.origin, base: site.base });
      } catch (e) {
        verdict = `check threw: ${e.message}`;
      }
      const ok = verdict === true;
      tally[ok ? 'pass' : 'fail'] += 1;
      if (!ok) failed.push(`${site.name}: ${x.id}${x.pendingOn ? ` (pending: ${x.pendingOn})` : ''}`);
      const pending = !ok && x.pendingOn ? ` (expected until merged: ${x.pendingOn})` : '';
      console.log(`${ok ? 'PASS' : 'FAIL'} ${site.name} ${x.id}: ${x.claim}${ok ? '' : `${pending}\n     -> ${verdict === false ? 'does not hold' : verdict}`}`);
    }
  }
  console.log(`\nreal-sites: ${tally.pass} passed, ${tally.fail} failed, ${tally.skipped} skipped (site not present)`);
  for (const f of failed) console.log(`  failed: ${f}`);
  process.exitCode = tally.fail ? 1 : 0;
}

main().catch((e) => {
  console.error(`real-sites: ${e.message}`);
  process.exitCode = 3;
});
