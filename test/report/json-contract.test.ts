/**
 * The JSON and CSV contract on the demo as the CLI writes it (two runs in one history): the schema
 * validates the real output and lists every table id and column key it holds; one type per column;
 * numbers rounded as shown; every finding item, uncapped; every rule passed / failed / not run; the
 * README's jq examples answer; CSV files are RFC 4180 with a BOM, one row per page / link / item.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { EXPORT_COLUMNS } from '../../src/report/exports.js';
import { demoOutputs, runCli } from '../support/demo-outputs.js';

const ROOT = join(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')) as Record<string, any>;

/** The table ids and column keys the schema lists (its allOf if/then per table id). */
export function schemaTables(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of schema.$defs.table.allOf as any[]) out.set(rule.if.properties.id.const, rule.then.properties.columns.items.properties.key.enum);
  return out;
}

/** A minimal RFC 4180 reader, to check what Excel and LibreOffice will read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += ch;
  }
  return rows;
}

describe('the JSON and CSV contract on the demo', () => {
  let dir: string;
  let report: Record<string, any>;

  beforeAll(async () => {
    ({ dir } = await demoOutputs('en'));
    report = JSON.parse(readFileSync(join(dir, 'refaudit-report.json'), 'utf8'));
  }, 120_000);

  it('validates against the schema, version 2', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report.schemaVersion).toBe(2);
  });

  it('lists every table id and column key it produces in the schema; rows are keyed objects', () => {
    const listed = schemaTables();
    const tables = report.steps.flatMap((s: any) => s.tables);
    expect(tables.length).toBeGreaterThan(20);
    for (const t of tables) {
      expect(listed.has(t.id), `table ${t.id} not in the schema`).toBe(true);
      for (const c of t.columns) expect(listed.get(t.id), `${t.id}.${c.key}`).toContain(c.key);
      for (const r of t.rows) expect(Object.keys(r).sort()).toEqual(t.columns.map((c: any) => c.key).sort());
    }
    // Column keys never come from data: competitors are competitor1.., a directory's rank is a number.
    const competitors = tables.find((t: any) => t.id === 'competitors');
    expect(competitors.columns.map((c: any) => c.key)).toEqual(['keyword', 'site', 'competitor1', 'competitor2']);
    expect(competitors.columns[2].label).toMatch(/^127\.0\.0\.1:\d+$/);
    const directories = tables.find((t: any) => t.id === 'directories');
    const ranked = directories.rows.find((r: any) => r.rank !== null);
    expect(ranked).toMatchObject({ rank: expect.any(Number), listedSites: expect.any(Number), listed: 'listed, followable link', foundAt: null });
    expect(ranked.rank).toBeLessThanOrEqual(ranked.listedSites);
    expect(directories.rows.find((r: any) => r.foundAt !== null)).toMatchObject({ listed: expect.stringMatching(/^listed in another category/), foundAt: expect.stringMatching(/^http/) });
    // A table drawn per market is one id with its market, not an id built from data.
    const audience = tables.filter((t: any) => t.id === 'audience');
    expect(audience.map((t: any) => t.market)).toEqual(['fr-MA', 'fr-FR', 'fr']);
    // The schema rejects an unknown table id.
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    const bad = structuredClone(report);
    bad.steps[3].tables[0].id = 'audience-fr-MA';
    expect(validate(bad)).toBe(false);
  });

  it('gives each column one type and rounds numbers as displayed', () => {
    for (const t of report.steps.flatMap((s: any) => s.tables)) {
      for (const c of t.columns) {
        const types = new Set(t.rows.map((r: any) => r[c.key]).filter((v: unknown) => v !== null).map((v: unknown) => typeof v));
        expect(types.size, `${t.id}.${c.key}: ${[...types].join(', ')}`).toBeLessThanOrEqual(1);
        for (const r of t.rows) if (typeof r[c.key] === 'number') expect(Math.round(r[c.key] * 10) / 10, `${t.id}.${c.key}`).toBe(r[c.key]);
      }
    }
    const status = report.steps[3].tables.find((t: any) => t.id === 'crawl-by-status');
    expect(status.rows).toContainEqual({ status: 200, kind: 'http', error: null, pages: expect.any(Number) });
    expect(status.rows).toContainEqual({ status: 500, kind: 'http', error: null, pages: 1 });
    const objectives = report.steps[0].tables.find((t: any) => t.id === 'objectives');
    for (const r of objectives.rows) if (r.measured !== null) expect(String(r.measured)).toMatch(/^\d+(\.\d)?$/);
  });

  it('lists every finding item, uncapped, with stable ids, and every rule with its state', () => {
    const counted = report.steps.flatMap((s: any) => s.findings).reduce((n: number, f: any) => n + f.count, 0);
    expect(report.items).toHaveLength(counted);
    expect(new Set(report.items.map((i: any) => i.id)).size).toBe(report.items.length);
    expect(report.items).toContainEqual(expect.objectContaining({ id: expect.stringMatching(/^page-5xx:http.*\/panne$/), ruleId: 'page-5xx', severity: 'critical', step: 'content' }));
    // The facts as typed fields, not prose to parse.
    expect(report.items.find((i: any) => i.ruleId === 'page-5xx').facts).toEqual({ status: 500 });
    const thin = report.items.filter((i: any) => i.ruleId === 'thin-content');
    expect(thin.length).toBeGreaterThan(5);
    for (const i of thin) expect(i.facts.words).toBeLessThan(250);
    const states = new Map(report.rules.map((r: any) => [r.id, r]));
    expect(states.get('page-5xx')).toMatchObject({ state: 'failed', count: 1 });
    expect(states.get('title-too-long')?.state).toMatch(/passed|failed/);
    expect(states.get('indexnow-key-invalid')).toMatchObject({ state: 'not-run', reason: 'no IndexNow key configured' });
    expect(report.rules.filter((r: any) => r.state === 'passed').length).toBeGreaterThan(5);
  });

  it('answers the README\'s jq examples', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- jq-examples[^>]*-->\n```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const queries = block.split('\n').filter((l) => l.startsWith('jq ')).map((l) => /^jq -r '(.*)' report\.json$/.exec(l)?.[1]);
    expect(queries).toHaveLength(5);
    const hasJq = spawnSync('jq', ['--version']).status === 0;
    if (!hasJq) {
      console.warn('jq not installed: the README\'s jq examples were not run (apt-get install -y jq)');
      return;
    }
    const file = join(dir, 'refaudit-report.json');
    const [best, critical, byStatus, notRun, thin] = queries.map((q) => execFileSync('jq', ['-r', q!, file], { encoding: 'utf8' }));
    expect(best).toMatch(/^agence de voyage marrakech\thttp:\/\/127\.0\.0\.1:\d+\/\t\d+(\.\d)?$/m);
    expect(critical).toMatch(/^page-5xx\thttp:\/\/127\.0\.0\.1:\d+\/panne$/m);
    expect(byStatus).toMatch(/^200\t\d+$/m);
    expect(byStatus).toMatch(/^500\t1$/m);
    expect(notRun).toContain('indexnow-key-invalid: no IndexNow key configured');
    const words = thin!.trim().split('\n').map((l) => Number(l.split('\t')[0]));
    expect(words.length).toBeGreaterThan(5);
    expect(words).toEqual([...words].sort((a, b) => a - b));
    expect(Math.max(...words)).toBeLessThan(250);
  });

  it('writes the CSV files: BOM, CRLF, documented columns, one row per page, link and item', () => {
    for (const [name, columns] of Object.entries(EXPORT_COLUMNS)) {
      const text = readFileSync(join(dir, `${name}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.endsWith('\r\n'), name).toBe(true);
      const rows = parseCsv(text.slice(1));
      expect(rows[0], name).toEqual(columns);
      for (const r of rows) expect(r.length, `${name}: ${r.join('|')}`).toBe(columns.length);
    }
    const pages = parseCsv(readFileSync(join(dir, 'pages.csv'), 'utf8').slice(1));
    expect(pages).toHaveLength(report.site.pagesCrawled + 1);
    const home = pages.find((r) => r[0] === report.site.homeUrl)!;
    const col = (k: string) => EXPORT_COLUMNS.pages.indexOf(k);
    expect(home[col('status')]).toBe('200');
    expect(home[col('depth')]).toBe('0');
    expect(home[col('indexable')]).toBe('true');
    expect(home[col('title')]).toMatch(/Atlas Évasion/);
    expect(home[col('language')]).toBe('fr');
    expect(Number(home[col('words')])).toBeGreaterThan(100);
    const findings = parseCsv(readFileSync(join(dir, 'findings.csv'), 'utf8').slice(1));
    expect(findings).toHaveLength(report.items.length + 1);
    const links = parseCsv(readFileSync(join(dir, 'links.csv'), 'utf8').slice(1));
    expect(links.length).toBeGreaterThan(report.site.pagesCrawled);
  });

  it('documents every CSV file and its columns in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const documented = new Map([...readme.matchAll(/^\| `(\w+)\.csv` \| [^|]+ \| `([^`]+)`/gm)].map((m) => [m[1]!, m[2]!.split(', ')]));
    expect(Object.fromEntries(documented)).toEqual(EXPORT_COLUMNS);
  });

  it('keeps the labels of a text table apart when it cuts them', () => {
    // A cut label two rows share, with nothing else in words to tell them apart (another column's
    // engine, state...), hides which is which ("Priority keywords on page 1 of …" twice).
    const text = readFileSync(join(dir, 'refaudit-report.txt'), 'utf8');
    const blocks = text.split(/^┌.*$/m).slice(1).map((b) => b.split(/^└.*$/m)[0]!);
    expect(blocks.length).toBeGreaterThan(20);
    let cut = 0;
    for (const b of blocks) {
      const rows = b.split('\n').filter((l) => l.startsWith('│')).slice(1).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
      const seen = new Map<string, string>();
      for (const [first, ...rest] of rows.filter((r) => r[0]!.endsWith('…'))) {
        cut++;
        const words = rest.filter((c) => !/^[\d\s.,%+−-]*$/.test(c) && !/^[≥≤]$/.test(c)).join(' | ');
        const key = `${first} :: ${words}`;
        expect(seen.has(key), `two rows read "${key}"`).toBe(false);
        seen.set(key, first!);
      }
    }
    expect(cut).toBeGreaterThan(0);
  });

  it('refuses an --output-dir it cannot create before crawling: exit 2, one line', async () => {
    const r = await runCli(['audit', 'http://127.0.0.1:9/', '--no-config', '--no-history', '--format', 'csv', '--output-dir', '/sys/refaudit-report-dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^refaudit: --output-dir \/sys\/refaudit-report-dir: cannot create the folder \([^)]+\)\n$/);
  });

  it('refuses --format csv without --output-dir before crawling: exit 2, one line', async () => {
    // An address nothing answers: had it crawled, the exit code would be 3.
    const r = await runCli(['audit', 'http://127.0.0.1:9/', '--no-config', '--no-history', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('refaudit: --format csv writes one file per table: give --output-dir DIR\n');
  });

  it('tells a reader of a version-1 report in one line', async () => {
    const v1 = join(dir, 'old.json');
    const old = { ...report, schemaVersion: 1 };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(v1, JSON.stringify(old));
    const r = await runCli(['diff', v1, join(dir, 'refaudit-report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/schemaVersion 1, written by an older refaudit/);
  });
});
