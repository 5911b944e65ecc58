/**
 * The CLI end to end, as users and schedulers run it: the built bin/refaudit in a child process
 * (npm test builds first), against the demo site served here on 127.0.0.1.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { startDemo, type DemoSetup } from '../../src/cli/demo.js';
import { runCli } from '../support/demo-outputs.js';
import { assertDistFresh, usageFrom } from '../support/threads.js';

const ROOT = join(import.meta.dirname, '../..');

const run = runCli;

describe('bad input: one line on stderr, exit 2 or 3, no stack trace', () => {
  it.each([
    [['audit', 'not-a-url', '--no-config'], 2, /^refaudit: not a URL: "not-a-url"/],
    [['audit', 'ftp://x.example/', '--no-config'], 2, /^refaudit: unsupported scheme "ftp"/],
    [['audit', 'http://127.0.0.1:1/', '--no-config', '--no-history', '--timeout', '2s'], 3, /^refaudit: http:\/\/127\.0\.0\.1:1\/: site unreachable: connection refused/],
    [['audit', 'http://x.example/', '--no-config', '--max-pages', 'lots'], 2, /^refaudit: --max-pages: expected a whole number/],
    [['audit', 'http://x.example/', '--no-config', '--threads', '-1'], 2, /^refaudit: --threads: expected a whole number/],
    [['audit', 'http://x.example/', '--no-config', '--format', 'pdf'], 2, /^refaudit: --format: expected one of text, json, markdown, html, csv, got "pdf"/],
    [['audit', '--no-config', '--from', '/nonexistent/snap.json'], 2, /^refaudit: snapshot \/nonexistent\/snap.json: no such file/],
    [['frobnicate'], 2, /^refaudit: unknown command 'frobnicate'/],
  ])('refaudit %j', async (args, code, message) => {
    const r = await run(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('names the config file and field on a config error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-cfg-'));
    writeFileSync(join(dir, 'refaudit.config.json'), JSON.stringify({ site: 'https://x.example/', markets: ['fr-MA', 'france'] }));
    const r = await run(['audit', '--config', join(dir, 'refaudit.config.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`refaudit: ${join(dir, 'refaudit.config.json')}: markets[1]: expected a market like "fr-MA" or "MA", got "france"`);
  });
});

describe('the demo audit', () => {
  let demo: DemoSetup;
  let work: string;
  beforeAll(async () => {
    demo = await startDemo({ basePort: 0 });
    work = mkdtempSync(join(tmpdir(), 'refaudit-cli-'));
  });
  afterAll(() => demo.close());

  it('prints JSON that parses, validates against the shipped schema and has all eight steps', async () => {
    const r = await run(['audit', '--config', demo.configFile, '--format', 'json', '--no-history']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.steps.map((s: { id: string }) => s.id)).toEqual(['objectives', 'keywords', 'engines', 'content', 'landing-pages', 'submission', 'evaluation', 'periodic']);
    // The malformed rankings row is reported with its line and the audit goes on.
    expect(report.problems).toContainEqual(expect.objectContaining({ line: 38, message: expect.stringContaining('"douze"') }));
  });

  it('finds the defects planted in the demo site (fixtures/demo/README.md)', async () => {
    const r = await run(['audit', '--config', demo.configFile, '--format', 'json', '--no-history']);
    const report = JSON.parse(r.stdout);
    const findings = new Map<string, { evidence: { url?: string; detail?: string }[] }>(report.steps.flatMap((s: { findings: { ruleId: string }[] }) => s.findings.map((f) => [f.ruleId, f])));
    const urls = (id: string) => (findings.get(id)?.evidence ?? []).map((e) => (e.url ? new URL(e.url).pathname : e.detail));
    expect(urls('internal-link-broken')).toContain('/circuits/desert-erg-chigaga/');
    expect(urls('page-4xx')).not.toContain('/circuits/desert-erg-chigaga/');
    expect(urls('page-5xx')).toContain('/panne');
    expect(urls('redirect-chain')).toContain('/promo');
    expect(urls('redirect-loop')).toContain('/ancien-circuit');
    expect(urls('title-missing')).toContain('/faq/');
    expect(urls('title-duplicate')).toEqual(expect.arrayContaining(['/riads/riad-fes/', '/riads/riad-essaouira/']));
    expect(urls('h1-missing')).toContain('/mentions-legales/');
    expect(urls('h1-multiple')).toContain('/avis-clients/');
    expect(urls('sitemap-url-noindex')).toContain('/offres/');
    expect(urls('head-closed-early')).toContain('/circuits/grand-sud/');
    expect(urls('canonical-to-non-200')).toContain('/circuits/desert-zagora/');
    expect(urls('thin-content')).toContain('/contact/');
    expect(urls('doorway-pages')).toEqual(expect.arrayContaining(['/excursion-a-rabat/', '/excursion-a-tanger/', '/excursion-a-agadir/', '/excursion-a-meknes/']));
    // #11: the sitemap-overlap table, the depth table and orphan-page agree on one sitemap-only page.
    const content = report.steps.find((s: { id: string }) => s.id === 'content');
    const table = (id: string) => content.tables.find((t: { id: string }) => t.id === id).rows as Record<string, unknown>[];
    expect(table('crawl-sitemap-overlap')).toContainEqual({ where: 'sitemap only', count: 1 });
    // A blank depth: found in the sitemap only.
    expect(table('crawl-by-depth')).toContainEqual({ depth: null, pages: 1 });
    expect(urls('orphan-page')).toEqual(['/circuits/circuit-secret/']);
    expect(urls('orphan-page')).toContain('/circuits/circuit-secret/');
    expect(urls('meta-keywords-present')).toContain('/riads/');
    expect(urls('hreflang-invalid')).toContain('/en/marrakech-riads/');
    expect(urls('image-alt-missing')).toContain('/circuits/villes-imperiales/');
    expect(findings.get('robots-blocks-bot')?.evidence[0]?.detail).toMatch(/^yandexbot: \d+ indexable pages disallowed/);
    expect(findings.get('directory-link-missing')?.evidence.map((e) => e.detail)).toEqual([expect.stringMatching(/^Guide Tourisme Marrakech/)]);
    expect(findings.get('keyword-not-on-site')?.evidence.map((e) => e.detail)).toEqual(['"location voiture marrakech": absent; the closest page holds only "marrakech"']);
    // The riad page, not a blog post tied with it at a clamped 100 (fixtures/test-sites/keyword-ties).
    const best = report.steps[1].tables.find((t: { id: string }) => t.id === 'target-keywords').rows.find((row: { keyword: string }) => row.keyword === 'riad marrakech');
    expect(new URL(best.page).pathname).toBe('/riads/riad-marrakech-medina/');
    expect(findings.has('lang-contradicts-text')).toBe(false);
    expect(findings.get('ranking-striking-distance')?.evidence.map((e) => e.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^"circuit désert maroc" google fr-MA: #11, 1 place\(s\) from page 1/)]));
  });

  it('writes several formats with --output-dir', async () => {
    const out = join(work, 'out');
    const r = await run(['audit', '--config', demo.configFile, '--format', 'text', '--format', 'markdown', '--format', 'html', '--output-dir', out, '--no-history']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['refaudit-report.html', 'refaudit-report.md', 'refaudit-report.txt']);
    // The demo's first market is fr-MA: the report is in French unless --report-lang says otherwise.
    expect(readFileSync(join(out, 'refaudit-report.md'), 'utf8')).toContain('Pages d’atterrissage dédiées');
  });

  it('keeps history, shows the diff in step 8, and --fail-on regression exits 1 after a change', async () => {
    const site = join(work, 'site');
    cpSync(join(ROOT, 'fixtures/demo-site'), site, { recursive: true });
    const local = await startDemo({ siteDir: site, basePort: 0 });
    try {
      const history = join(work, 'history');
      const first = await run(['audit', '--config', local.configFile, '--history', history, '--format', 'json', '--fail-on', 'regression']);
      expect(first.code).toBe(0);
      expect(JSON.parse(first.stdout).steps[7].summary).toMatch(/baseline/);
      // One fixture change: the Essaouira excursion page disappears (now a 404).
      writeFileSync(join(site, '_redirects'), `${readFileSync(join(site, '_redirects'), 'utf8')}/excursions/essaouira/ /erreur.html 404\n`);
      const second = await run(['audit', '--config', local.configFile, '--history', history, '--format', 'json', '--fail-on', 'regression']);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/^refaudit: --fail-on: regression since \d{4}-\d{2}-\d{2}: .*went from 200 to an error/m);
      const step8 = JSON.parse(second.stdout).steps[7];
      const pages = step8.tables.find((t: { id: string }) => t.id === 'diff-pages');
      expect(pages.rows).toContainEqual({ url: expect.stringMatching(/\/excursions\/essaouira\/$/), change: '200 → 404' });
      // One folder for this site and scope, holding both runs.
      const sites = readdirSync(history);
      expect(sites).toEqual([expect.stringMatching(/^127\.0\.0\.1_\d+-[0-9a-f]{8}$/)]);
      const runs = join(history, sites[0]!);
      expect(readdirSync(runs).filter((f) => f.endsWith('-report.json.gz'))).toHaveLength(2);
      const diff = await run(['diff', ...readdirSync(runs).sort().map((f) => join(runs, f))]);
      expect(diff.code).toBe(0);
      expect(diff.stdout).toMatch(/regression: /);
    } finally {
      await local.close();
    }
  }, 60_000);

  it('crawl --out then audit --from gives the same findings', async () => {
    const snap = join(work, 'snap.json.gz');
    const c = await run(['crawl', demo.siteUrl, '--out', snap]);
    expect(c.code).toBe(0);
    expect(existsSync(snap)).toBe(true);
    const a = await run(['audit', '--from', snap, '--no-config', '--no-history', '--format', 'json']);
    expect(a.code).toBe(0);
    const report = JSON.parse(a.stdout);
    expect(report.site.pagesCrawled).toBeGreaterThan(50);
    expect(report.steps[3].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('page-5xx');
  });

  it('counts relevance during a crawl as it does from the snapshot file', async () => {
    // The crawl feeds relevance page by page, the pages before its modules are loaded included,
    // and splits the anchors between two threads; --from counts everything in one pass.
    const snap = join(work, 'snap-relevance.json.gz');
    expect((await run(['crawl', demo.siteUrl, '--out', snap])).code).toBe(0);
    assertDistFresh();
    const crawled = await run(['audit', '--config', demo.configFile, '--no-history', '--format', 'json'], { REFAUDIT_DEBUG_THREADS: '1' });
    expect(crawled.code).toBe(0);
    // The crawl's side really counted on the relevance thread, and parsed on the parsing threads.
    const usage = usageFrom(crawled.stderr);
    expect(usage.countedOnThread).toBeGreaterThan(40);
    expect(usage.parsedOnThreads).toBeGreaterThan(20);
    expect(usage.fallbacks).toBe(0);
    const fromFile = await run(['audit', '--from', snap, '--config', demo.configFile, '--no-history', '--format', 'json']);
    expect(fromFile.code).toBe(0);
    const relevance = (out: string) => {
      const r = JSON.parse(out);
      return { score: r.scores.relevance, keywords: r.steps[1] };
    };
    const a = relevance(crawled.stdout);
    expect(a.score.value).toBeGreaterThan(0);
    expect(a).toEqual(relevance(fromFile.stdout));
  }, 60_000);

  it('honours NO_COLOR and keeps stdout free of progress', async () => {
    const r = await run(['audit', '--config', demo.configFile, '--no-history', '--report-lang', 'en']);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatch(/== 8\. Periodic audit/);
    expect(r.stdout.split('\n').every((l) => l.length <= 80)).toBe(true);
  });
});
