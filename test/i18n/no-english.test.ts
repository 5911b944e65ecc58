/**
 * The French report as a client reads it: the demo's whole report (text, Markdown, HTML) with a
 * history whose first run differs (fewer pages, other positions, so step 8 lists new and fixed
 * findings, pages and ranking moves) and with the demo's rankings and queries, so every step has
 * content. Once what comes from the site or the config is set aside (URLs, paths, quoted text, the
 * config's own words), no sentence of refaudit's English catalogue and no English function word may
 * be left.
 *
 * The catalogue is read from the sources: every English string literal (and the fixed parts of
 * every template literal) of src/ outside the French catalogues, plus the data files' source notes.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type DemoSetup } from '../../src/cli/demo.js';
import { serveDirectory } from '../../src/serve/static-server.js';
import { runCli } from '../support/demo-outputs.js';
import { EN_EMPTY } from '../../src/i18n/fr-tables.js';

const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Files whose strings are French, or never reach a report (the CLI's help and errors). */
const NOT_ENGLISH_REPORT = [/^i18n\/fr-/, /^i18n\/details-fr\.ts$/, /^cli\//, /^config\//, /^serve\//];

const FUNCTION_WORDS = [
  ' the ', ' of the ', ' pages with ', ' is ', ' are ', ' and ', ' with ', ' from ', ' not ', ' only ', ' found ', ' after ', ' before ',
  ' which ', ' their ', ' left out', ' per ', ' best page', ' starts ', ' onto ', ' fell ', ' parsed', ' language:', ' share:', ' also:',
];
const ENGLISH_WORD =
  /\b(the|of|is|are|and|with|from|to|for|not|no|on|in|by|an|this|that|its|has|have|only|each|per|than|when|more|less|best|after|before|over|into|onto|fell|starts|which|who|whose|found|missing|left|out|also|none|every|can|cannot|should|must|will|been|was|were|it|they|or|at|as|if|so|all|any|some|both|words|pages|linked|blocked|parsed|share)\b/i;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The fixed parts of a string or template literal's source text. */
function pieces(body: string): string[] {
  return body
    .split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
    .map((x) => x.replace(/\\n/g, ' ').replace(/\\(['"`])/g, '$1').replace(/\s+/g, ' ').trim());
}

/** English sentences refaudit writes: fragments of three words or more holding an English function word. */
export function englishCatalogue(): string[] {
  const out = new Set<string>();
  const add = (t: string) => {
    for (const part of t.split(/(?<=[.;:!?])\s+|\s*[();]\s*/)) {
      const frag = part.replace(/^[\s,.:;–-]+|[\s,:;–-]+$/g, '');
      const words = frag.split(' ').filter((w) => /[a-z]{2,}/i.test(w));
      if (words.length >= 3 && ENGLISH_WORD.test(frag) && !/[«»’éèàç]/.test(frag)) out.add(frag);
    }
  };
  for (const file of walk(SRC)) {
    const rel = relative(SRC, file).replaceAll('\\', '/');
    if (!file.endsWith('.ts') || NOT_ENGLISH_REPORT.some((re) => re.test(rel))) continue;
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, ' ')
      .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
    for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) for (const p of pieces(m[1] ?? m[2] ?? m[3] ?? '')) add(p);
  }
  // The English sentences kept beside the French catalogues.
  for (const t of Object.values(EN_EMPTY)) add(t);
  for (const file of walk(join(SRC, 'data'))) {
    if (!file.endsWith('.json')) continue;
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const k of ['source', 'description', 'note', 'what']) if (typeof data[k] === 'string') add(data[k]);
  }
  return [...out];
}

/** Visible text of the HTML report: tags out (their title and aria-label kept), entities decoded. */
function htmlText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*?\b(?:title|aria-label|alt)="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

/**
 * The report's own words: URLs, paths, quoted text (the site's titles, the config's share source),
 * code spans and the config's strings set aside; one space for any run of blanks and box lines.
 */
function ownWords(text: string, configStrings: string[]): string {
  let t = text.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ');
  // A wrapped line (text report) ends in the middle of a sentence: join the lines first.
  t = t.replace(/\s+/g, ' ');
  for (const c of configStrings.sort((a, b) => b.length - a.length)) t = t.split(c).join(' ');
  // Cut cells end in "…": the rest of a config string may be cut too.
  for (const c of configStrings) if (c.length > 20) t = t.split(`${c.slice(0, 20)}`).join(' ');
  return t
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/(^|\s)\/\S*/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the French report of the demo, with history and imported data', () => {
  let demo: DemoSetup;
  let dir: string;
  let configStrings: string[];
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'refaudit-no-english-'));
    const basePort = 20_000 + Math.floor(Math.random() * 30_000);
    // The first run: the site without its blog, and other positions (some on another page).
    const before = join(work, 'site-before');
    cpSync(join(ROOT, 'fixtures/demo-site'), before, { recursive: true });
    rmSync(join(before, 'blog'), { recursive: true });
    const first = await startDemo({ siteDir: before, basePort });
    const history = join(work, 'history');
    try {
      const config = JSON.parse(readFileSync(first.configFile, 'utf8')) as Record<string, any>;
      const rankings = join(work, 'rankings-before.csv');
      const lines = readFileSync(join(ROOT, 'fixtures/demo/rankings.csv'), 'utf8').split('\n');
      const moved = (a: string, p: string) => `${a}${Number(p) > 10 ? Number(p) - 5 : Number(p) + 9},`;
      writeFileSync(rankings, lines.map((l, i) => (i === 0 ? l : l.replace(/^([^,]*,[^,]*,[^,]*,)(\d+),/, (_, a: string, p: string) => moved(a, p)))).join('\n'));
      writeFileSync(first.configFile, JSON.stringify({ ...config, rankings: { ...config.rankings, files: [rankings] } }));
      const run = await runCli(['audit', '--config', first.configFile, '--history', history, '--format', 'json', '-q']);
      if (run.code !== 0) throw new Error(`first run: exit ${run.code}: ${run.stderr}`);
    } finally {
      await first.close();
    }
    demo = await startDemo({ basePort });
    const config = JSON.parse(readFileSync(demo.configFile, 'utf8')) as Record<string, any>;
    dir = join(work, 'out');
    const formats = ['json', 'text', 'markdown', 'html'].flatMap((f) => ['--format', f]);
    const second = await runCli(['audit', '--config', demo.configFile, '--history', history, ...formats, '--output-dir', dir, '--report-lang', 'fr', '--width', '120']);
    if (second.code !== 0) throw new Error(`second run: exit ${second.code}: ${second.stderr}`);
    outputs.text = readFileSync(join(dir, 'refaudit-report.txt'), 'utf8');
    outputs.markdown = readFileSync(join(dir, 'refaudit-report.md'), 'utf8');
    outputs.html = htmlText(readFileSync(join(dir, 'refaudit-report.html'), 'utf8'));
    // Words from the config (the consultant's, in whatever language they wrote them).
    configStrings = [
      ...config.directories.flatMap((d: any) => [d.name, d.category, d.shareSource]),
      ...config.keywords.map((k: any) => k.keyword),
    ].filter((x): x is string => typeof x === 'string');
  }, 180_000);

  afterAll(async () => {
    await demo?.close();
  });

  it('has content in every step, step 8 included', () => {
    const report = JSON.parse(readFileSync(join(dir, 'refaudit-report.json'), 'utf8'));
    const periodic = report.steps.find((s: any) => s.id === 'periodic');
    const rows = (id: string) => periodic.tables.find((t: any) => t.id === id)?.rows.length ?? 0;
    expect(rows('diff-new-findings') + rows('diff-fixed-findings')).toBeGreaterThan(0);
    expect(rows('diff-pages')).toBeGreaterThan(0);
    expect(rows('diff-ranking-moves')).toBeGreaterThan(0);
    for (const s of report.steps) expect(s.tables.length + s.findings.length, s.id).toBeGreaterThan(0);
    expect(report.nextActions.length).toBeGreaterThan(0);
    expect(report.sources.length).toBeGreaterThan(0);
  });

  it('the catalogue holds refaudit’s English sentences', () => {
    const cat = englishCatalogue();
    expect(cat.length).toBeGreaterThan(300);
    expect(cat).toContain('No new findings.');
    // It finds English: the same report's JSON (English by contract) is full of it.
    const report = JSON.parse(readFileSync(join(dir, 'refaudit-report.json'), 'utf8'));
    const json = ownWords(JSON.stringify([report.steps, report.nextActions, report.sources]).replace(/\\"/g, '"'), configStrings);
    expect(cat.filter((c) => json.includes(c)).length).toBeGreaterThan(50);
  });

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`leaves no sentence of refaudit’s English catalogue in the ${format} report`, () => {
      const said = ownWords(outputs[format]!, configStrings);
      const left = englishCatalogue().filter((c) => said.includes(c));
      expect(left, left.join('\n')).toEqual([]);
    });

    it(`leaves no English function word outside quoted site text in the ${format} report`, () => {
      const said = ` ${ownWords(outputs[format]!, configStrings)} `;
      const left = FUNCTION_WORDS.flatMap((w) => [...said.matchAll(new RegExp(w.replace(/ /g, '\\s'), 'gi'))].map((m) => said.slice(Math.max(0, m.index - 60), m.index + 60)));
      expect(left, left.join('\n')).toEqual([]);
    });
  }
});

/**
 * Two fixtures the demo does not cover: a script shell (step 3's JavaScript table and its finding)
 * and canonicals that all point to one other host (a next action naming its one cause).
 */
describe('the French report of the JavaScript and one-cause fixtures', () => {
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    for (const site of ['spa', 'canonical-off-host']) {
      const server = await serveDirectory(join(ROOT, 'fixtures/test-sites', site), { port: 0 });
      try {
        const dir = mkdtempSync(join(tmpdir(), `refaudit-no-english-${site}-`));
        const formats = ['text', 'markdown', 'html'].flatMap((f) => ['--format', f]);
        const run = await runCli(['audit', server.url, '--no-config', '--no-history', '--market', 'fr', ...formats, '--output-dir', dir, '--report-lang', 'fr', '--width', '120', '-q']);
        if (run.code !== 0) throw new Error(`${site}: exit ${run.code}: ${run.stderr}`);
        outputs[`${site} text`] = readFileSync(join(dir, 'refaudit-report.txt'), 'utf8');
        outputs[`${site} markdown`] = readFileSync(join(dir, 'refaudit-report.md'), 'utf8');
        outputs[`${site} html`] = htmlText(readFileSync(join(dir, 'refaudit-report.html'), 'utf8'));
      } finally {
        await server.close();
      }
    }
  }, 120_000);

  it('shows the JavaScript table and the shared cause, in French', () => {
    expect(outputs['spa text']).toContain('Ce que chaque moteur voit du contenu qui exige JavaScript');
    expect(outputs['spa text']).toMatch(/HTML servi|DOM rendu/);
    expect(outputs['canonical-off-host text']!.replace(/\s+/g, ' ')).toMatch(/une seule cause\s: canonique sur l’hôte docs\.example\.org/);
  });

  it('leaves no sentence of the English catalogue and no English function word', () => {
    const cat = englishCatalogue();
    for (const [name, out] of Object.entries(outputs)) {
      const said = ` ${ownWords(out, [])} `;
      const left = cat.filter((c) => said.includes(c));
      expect(left, `${name}: ${left.join('\n')}`).toEqual([]);
      const words = FUNCTION_WORDS.filter((w) => new RegExp(w.replace(/ /g, '\\s'), 'i').test(said));
      expect(words, `${name}: ${words.join(', ')}`).toEqual([]);
    }
  });
});
