/**
 * Every finding item carries its facts as typed fields (#14): the list in src/rules/facts.ts covers
 * every rule and analysis finding, the schema lists the same facts per rule id, and in real audits
 * (the demo and the test sites, served on 127.0.0.1) every item validates, has exactly its rule's
 * facts, and its English detail is the one its facts word: no figure of the detail is missing from
 * the facts, and every detail can be worded in French.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FACTS, type Facts } from '../../src/rules/facts.js';
import { EN_DETAILS } from '../../src/rules/details-en.js';
import { FR_DETAILS } from '../../src/i18n/details-fr.js';
import { translator } from '../../src/render/translate.js';
import { allRuleMetas } from '../../src/rules/index.js';
import { serveDirectory } from '../../src/serve/static-server.js';
import { startDemo } from '../../src/cli/demo.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/refaudit');
const SITES = join(ROOT, 'fixtures/test-sites');
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/report.schema.json'), 'utf8')) as Record<string, any>;

interface Item { id: string; ruleId: string; url: string | null; detail: string | null; facts: Facts }

function audit(args: string[]): Promise<any> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'audit', ...args, '--format', 'json', '--no-history', '-q'], { env: { ...process.env, NO_COLOR: '1' }, cwd: tmpdir() });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`exit ${code}: ${err}`))));
  });
}

/** The figures a detail states, outside URLs and quoted text (site text may hold any number). */
function figures(detail: string): number[] {
  const bare = detail.replace(/https?:\/\/\S+/g, ' ').replace(/"[^"]*"/g, ' ').replace(/--max-depth|\/100\b/g, ' ');
  return [...bare.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** Every number the facts hold, with the numbers written inside their strings. */
function factNumbers(facts: Facts): Set<number> {
  const out = new Set<number>();
  for (const v of Object.values(facts).flat()) {
    if (typeof v === 'number') out.add(v);
    if (typeof v === 'string') for (const m of v.matchAll(/\d+(?:\.\d+)?/g)) out.add(Number(m[0]));
  }
  return out;
}

describe('the facts list', () => {
  it('has facts, an English and a French template for every rule and analysis finding, and nothing else', () => {
    const ids = allRuleMetas().map((m) => m.id).sort();
    expect(Object.keys(FACTS).sort()).toEqual(ids);
    expect(Object.keys(EN_DETAILS).sort()).toEqual(ids);
    expect(Object.keys(FR_DETAILS).sort()).toEqual(ids);
    for (const id of ids) expect(EN_DETAILS[id as keyof typeof EN_DETAILS] === null, id).toBe(FR_DETAILS[id as keyof typeof FR_DETAILS] === null);
  });

  it('is the one the schema lists per rule id (npm run schema:tables writes it)', () => {
    const byRule = schema.$defs.factsByRule as Record<string, { required: string[]; properties: Record<string, unknown> }>;
    expect(Object.keys(byRule).sort()).toEqual(Object.keys(FACTS).sort());
    for (const [id, facts] of Object.entries(FACTS)) expect(byRule[id]!.required.slice().sort(), id).toEqual(Object.keys(facts).sort());
    expect(schema.$defs.findingId.enum.slice().sort()).toEqual(Object.keys(FACTS).sort());
  });
});

describe('the facts of every item in real audits', () => {
  const reports = new Map<string, any>();
  const closers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    const demo = await startDemo({ basePort: 20_000 + Math.floor(Math.random() * 30_000) });
    closers.push(() => demo.close());
    const sites = ['basic', 'broken-resources', 'canonical-off-host', 'canonical-relative', 'meta-refresh', 'near-duplicates', 'sitemap-locs', 'spa', 'uncrawlable', 'one-cause', 'start-redirect'];
    const jobs: Promise<void>[] = [audit(['--config', demo.configFile]).then((r) => void reports.set('demo', r))];
    for (const name of sites) {
      const s = await serveDirectory(join(SITES, name), { port: 0 });
      closers.push(() => s.close());
      jobs.push(audit([s.url, '--no-config']).then((r) => void reports.set(name, r)));
    }
    await Promise.all(jobs);
  }, 240_000);
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('validates each report against the schema, facts per rule id included', () => {
    const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    for (const [name, r] of reports) expect(validate(r), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    // The schema rejects an item whose facts are not its rule's.
    const demo = structuredClone(reports.get('demo'));
    const thin = demo.items.find((i: Item) => i.ruleId === 'thin-content');
    thin.facts = { words: '132 words', threshold: 250 };
    expect(validate(demo)).toBe(false);
  });

  it('gives each item exactly its rule\'s facts, and the detail those facts word', () => {
    const seen = new Set<string>();
    for (const [name, r] of reports) {
      for (const i of r.items as Item[]) {
        seen.add(i.ruleId);
        const spec = FACTS[i.ruleId as keyof typeof FACTS];
        expect(spec, `${name}: ${i.ruleId} has no facts list`).toBeDefined();
        expect(Object.keys(i.facts).sort(), `${name}: ${i.id}`).toEqual(Object.keys(spec).sort());
        const template = EN_DETAILS[i.ruleId as keyof typeof EN_DETAILS] as ((f: Facts) => string) | null;
        expect(i.detail, `${name}: ${i.id}`).toBe(template ? template(i.facts) || null : null);
        // Every figure of the detail is a fact (or written in one), never prose only.
        const held = factNumbers(i.facts);
        for (const x of figures(i.detail ?? '')) expect([...held].some((h) => Math.abs(h - x) < 0.051), `${name}: ${i.id}: ${x} in "${i.detail}" is not in ${JSON.stringify(i.facts)}`).toBe(true);
      }
    }
    // The fixtures must exercise most rules, or this test says little.
    expect(seen.size, [...seen].sort().join(' ')).toBeGreaterThanOrEqual(40);
  });

  it('words every item\'s detail in French from the same facts', () => {
    const fr = translator('fr');
    for (const [name, r] of reports) {
      for (const i of r.items as Item[]) {
        const french = fr.detail(i.ruleId, i);
        if (i.detail === null) expect(french ?? null, `${name}: ${i.id}`).toBeNull();
        else {
          expect(french, `${name}: ${i.id}`).toBeTruthy();
          // Built from the French template, not the English detail handed back.
          const template = FR_DETAILS[i.ruleId as keyof typeof FR_DETAILS] as (f: Facts, n: (x: number) => string) => string;
          expect(french, `${name}: ${i.id}`).toBe(template(i.facts, fr.num));
        }
      }
    }
  });
});
