/**
 * End to end over fixtures/test-sites/ (#11, findings side): the built CLI audits each small site
 * served on 127.0.0.1 and the JSON report must say what a person reading its HTML sees. Each
 * fixture's README.md says what it plants.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/serve/static-server.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/refaudit');
const SITES = join(ROOT, 'fixtures/test-sites');

interface Finding { ruleId: string; count: number; evidence: { url?: string; detail?: string }[] }
interface Report {
  scores: { coverage: { value: number | null } };
  steps: { id: string; summary: string; notes: string[]; findings: Finding[]; tables: { id: string; rows: unknown[][] }[] }[];
  nextActions: { ruleId?: string; why: string; title: string }[];
}

function audit(url: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'audit', url, '--format', 'json', '--no-config', '--no-history', '-q'], { env: { ...process.env, NO_COLOR: '1' }, cwd: tmpdir() });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Report) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

const servers: { close(): Promise<void> }[] = [];
const reports = new Map<string, Report>();
beforeAll(async () => {
  await Promise.all(['canonical-off-host', 'canonical-relative', 'one-cause', 'near-duplicates', 'verification-file'].map(async (name) => {
    const s = await serveDirectory(join(SITES, name), { port: 0 });
    servers.push(s);
    reports.set(name, await audit(s.url));
  }));
}, 180_000);
afterAll(async () => {
  for (const s of servers) await s.close();
});

const step = (r: Report, id: string) => r.steps.find((s) => s.id === id)!;
const finding = (r: Report, id: string) => r.steps.flatMap((s) => s.findings).find((f) => f.ruleId === id);
const paths = (r: Report, id: string) => (finding(r, id)?.evidence ?? []).map((e) => new URL(e.url!).pathname).sort();

describe('canonicals on another host (as on ai-safety-atlas)', () => {
  it('names the host and the pages, and says why coverage is 0 and which checks left the pages out', () => {
    const r = reports.get('canonical-off-host')!;
    expect(paths(r, 'canonical-off-host')).toEqual(['/', '/faq/', '/guide/']);
    expect(finding(r, 'canonical-off-host')!.evidence[0]!.detail).toBe('canonical on host docs.example.org (3 pages; audited at a local address: right if that is the published host): https://docs.example.org/');
    expect(r.scores.coverage.value).toBe(0);
    expect(step(r, 'engines').summary).toMatch(/^Coverage is 0 because no page is indexable: all 3 HTML pages canonicalise to another URL \(3 to host docs\.example\.org\)\. /);
    expect(step(r, 'content').notes.join('\n')).toMatch(/3 HTML page\(s\) engines will not index were left out of the title-duplicate, meta-description, thin-content, click-depth, sitemap-completeness and near-duplicate checks: 3 canonicalised to another URL \(3 to host docs\.example\.org;/);
    expect(step(r, 'keywords').summary).toMatch(/^Relevance is n\/a because no target keyword was given/);
    const action = r.nextActions.find((a) => a.ruleId === 'canonical-off-host')!;
    expect(action.why).toBe('Canonical points to another host: 3 items, one cause: canonical on host docs.example.org');
  });
});

describe('a relative canonical', () => {
  it('is reported on the page that has one, and only there', () => {
    const r = reports.get('canonical-relative')!;
    expect(paths(r, 'canonical-relative')).toEqual(['/relatif/']);
    expect(finding(r, 'canonical-off-host')).toBeUndefined();
  });
});

describe('one cause, one finding', () => {
  const r = () => reports.get('one-cause')!;
  it('a linked 404 is internal-link-broken only; a 404 only in the sitemap is page-4xx only', () => {
    expect(paths(r(), 'internal-link-broken')).toEqual(['/disparu/']);
    expect(paths(r(), 'page-4xx')).toEqual(['/ancienne/']);
    expect(finding(r(), 'page-4xx')!.evidence[0]!.detail).toBe('HTTP 404, found via sitemap');
  });
  it('a missing description is meta-description-missing only; a long one description-ready only', () => {
    expect(paths(r(), 'meta-description-missing')).toEqual(['/']);
    expect(paths(r(), 'description-ready')).toEqual(['/longue/']);
  });
  it('missing verification tags are one item of verification-missing, not four of engine-not-verified', () => {
    expect(finding(r(), 'engine-not-verified')).toBeUndefined();
    const v = finding(r(), 'verification-missing')!;
    expect(v.count).toBe(1);
    expect(v.evidence[0]!.detail).toBe('Google Search Console: no <meta name="google-site-verification">; Bing Webmaster Tools: no <meta name="msvalidate.01">; Yandex Webmaster: no <meta name="yandex-verification">');
  });
});

describe('a Bing verification file at the root (as on saint-gilles-vieux-marche.net)', () => {
  const r = () => reports.get('verification-file')!;
  it('counts /BingSiteAuth.xml as Bing verified: only Yandex is missing', () => {
    expect(finding(r(), 'verification-missing')!.evidence.map((e) => e.detail)).toEqual(['Yandex Webmaster: no <meta name="yandex-verification">']);
  });
  it('shows the file in the submission step and Bing as verified in the engines step', () => {
    const files = step(r(), 'submission').tables.find((t) => t.id === 'verification-files')!.rows as unknown as Record<string, unknown>[];
    expect(files).toEqual([{ url: expect.stringMatching(/\/BingSiteAuth\.xml$/), tools: 'Bing Webmaster Tools', status: 200, valid: true }]);
    const engines = step(r(), 'engines').tables.find((t) => t.id === 'engine-reachability')!.rows as unknown as Record<string, unknown>[];
    expect(engines.find((e) => e.engine === 'Bing')!.verified).toBe(true);
    expect(engines.find((e) => e.engine === 'Yandex')!.verified).toBe(false);
  });
});

describe('one-cause: no BingSiteAuth.xml', () => {
  it('lists the file as answering 404, not valid', () => {
    const files = step(reports.get('one-cause')!, 'submission').tables.find((t) => t.id === 'verification-files')!.rows as unknown as Record<string, unknown>[];
    expect(files).toEqual([{ url: expect.stringMatching(/\/BingSiteAuth\.xml$/), tools: 'Bing Webmaster Tools', status: 404, valid: false }]);
  });
});

describe('near duplicates and the sitemap overlap', () => {
  const r = () => reports.get('near-duplicates')!;
  it('finds the four pages one city apart, Rennes included, and not the pages sharing a menu', () => {
    expect(paths(r(), 'near-duplicate-pages')).toEqual(['/visite-albi/', '/visite-annecy/', '/visite-colmar/', '/visite-rennes/']);
  });
  it('counts one sitemap-only URL in the overlap table, the depth table and orphan-page alike', () => {
    const content = step(r(), 'content');
    const overlap = content.tables.find((t) => t.id === 'crawl-sitemap-overlap')!.rows;
    const depth = content.tables.find((t) => t.id === 'crawl-by-depth')!.rows;
    expect(overlap).toEqual([{ where: 'in sitemap and linked', count: 2 }, { where: 'sitemap only', count: 1 }, { where: 'linked, not in sitemap', count: 8 }]);
    // A blank depth is a page no link path reaches: found in the sitemap only.
    expect(depth).toContainEqual({ depth: null, pages: 1 });
    expect(paths(r(), 'orphan-page')).toEqual(['/secret/']);
  });
});
