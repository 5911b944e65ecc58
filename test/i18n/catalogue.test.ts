/**
 * Every rule, table, column, step summary and note has its words in both languages, and the French
 * report reads as French: a rule added without French text, a table id the catalogue and schema do
 * not know, or a summary id without a template fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRuleMetas } from '../../src/rules/index.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { FR_RULES } from '../../src/i18n/fr-rules.js';
import { FR_CHARTS, FR_TABLES } from '../../src/i18n/fr-tables.js';
import { FR_MESSAGES } from '../../src/i18n/fr-messages.js';
import { defaultLang, translator } from '../../src/render/translate.js';
import { renderText } from '../../src/render/text.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderHtml } from '../../src/render/html.js';
import { sampleReport } from '../support/sample-report.js';
import { demoOutputs } from '../support/demo-outputs.js';
import { schemaTables } from '../report/json-contract.test.js';

/**
 * Sentences holding an English word, once URLs, quoted text (site text, config text, messages from
 * the network, as found), code, rule ids and file names are set aside.
 */
function englishIn(said: { where: string; text: string }[]): { where: string; text: string }[] {
  const ENGLISH = /\b(the|of|is|are|and|with|from|by|to|for|not|no|none|only|each|this|that|its|found|missing|redirects?|linked|words|left out|costs?|share|best|absent;|pages? need|characters|hops|depth|blocked|canonicals?|link|links|declares|ignored|resolved|cluster|problems)\b/i;
  const bare = (t: string) =>
    t
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/«[^»]*»/g, ' ')
      .replace(/"[^"]*"/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/\b[\w.-]+\.(json|ts|md|txt|csv|xml|gz)\b/g, ' ')
      .replace(/\b[a-z0-9]+(-[a-z0-9]+)+\b/g, ' ')
      // French words spelt like English ones.
      .replace(/\b(pages?|source|absent|description|impressions|robots?|points|sitemaps?|canonique|index)\b/gi, ' ');
  return said.filter((x) => ENGLISH.test(bare(x.text)));
}

describe('the catalogues', () => {
  it('has a title, help and fix in English and French for every rule and analysis check', () => {
    const metas = allRuleMetas();
    expect(metas.length).toBeGreaterThanOrEqual(ALL_RULES.length);
    for (const m of metas) {
      for (const field of ['title', 'help', 'fix'] as const) {
        expect(m[field].trim(), `${m.id}.${field} (en)`).not.toBe('');
        expect(FR_RULES[m.id]?.[field]?.trim() ?? '', `${m.id}.${field} (fr)`).not.toBe('');
      }
    }
    // No French entry for a rule that does not exist (a renamed id would leave its text behind).
    const ids = new Set(metas.map((m) => m.id));
    expect(Object.keys(FR_RULES).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lists the same table ids and column keys as the schema', () => {
    const listed = schemaTables();
    expect([...listed.keys()].sort()).toEqual(Object.keys(FR_TABLES).sort());
    for (const [id, t] of Object.entries(FR_TABLES)) expect(listed.get(id)!.slice().sort(), id).toEqual(Object.keys(t.columns).sort());
  });

  it('formats numbers and dates the French way', () => {
    const fr = translator('fr');
    expect(fr.num(1234.5)).toBe('1\u202f234,5');
    expect(fr.date('2026-11-24T06:00:00.000Z')).toBe('24 novembre 2026 à 06:00 UTC');
    expect(translator('en').num(1234.5)).toBe('1,234.5');
  });

  it('picks the report language from the first market', () => {
    expect(defaultLang([{ language: 'fr' }])).toBe('fr');
    expect(defaultLang([{ language: 'en' }, { language: 'fr' }])).toBe('en');
    expect(defaultLang([{ language: 'ar' }, { language: 'fr' }])).toBe('en');
    expect(defaultLang([{ language: null }])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });
});

describe('the French report of the demo', () => {
  let dir: string;
  let report: Record<string, any>;
  let text: string;

  beforeAll(async () => {
    ({ dir } = await demoOutputs('fr', ['--width', '100']));
    report = JSON.parse(readFileSync(join(dir, 'refaudit-report.json'), 'utf8'));
    text = readFileSync(join(dir, 'refaudit-report.txt'), 'utf8');
  }, 120_000);

  it('has French words for every table, column, chart, summary and note it shows', () => {
    for (const s of report.steps) {
      for (const t of s.tables) {
        expect(FR_TABLES[t.id], t.id).toBeDefined();
        for (const c of t.columns) expect(FR_TABLES[t.id]!.columns[c.key], `${t.id}.${c.key}`).toBeDefined();
      }
      for (const c of s.charts) expect(FR_CHARTS[c.id], c.id).toBeDefined();
      expect(s.summaryText, `${s.id} summary has no message id`).toBeDefined();
      expect(FR_MESSAGES[s.summaryText.id], s.summaryText.id).toBeDefined();
      for (const n of s.noteTexts ?? []) if (n) expect(FR_MESSAGES[n.id], n.id).toBeDefined();
      expect((s.noteTexts ?? []).filter(Boolean)).toHaveLength(s.notes.length);
    }
  });

  it('words every detail, summary and note in French: no English sentence left', () => {
    const fr = translator('fr');
    const said: { where: string; text: string }[] = [];
    for (const s of report.steps) {
      said.push({ where: `${s.id} summary`, text: fr.summary(s) });
      for (const n of fr.notes(s)) said.push({ where: `${s.id} note`, text: n });
      for (const t of s.tables) if (t.note) said.push({ where: `${t.id} note`, text: fr.tableNote(t)! });
    }
    // Every item, not only those the report shows.
    for (const i of report.items) if (i.detail) said.push({ where: i.id, text: fr.detail(i.ruleId, i)! });
    // As the HTML report prints them, too.
    const html = readFileSync(join(dir, 'refaudit-report.html'), 'utf8');
    for (const m of html.matchAll(/<span class="detail">([^<]*)<\/span>/g)) said.push({ where: 'html detail', text: m[1]!.replaceAll('&quot;', '"').replaceAll('&#34;', '"').replaceAll('&amp;', '&') });
    expect(said.filter((x) => x.where.includes(':')).length).toBe(report.items.filter((i: any) => i.detail).length);
    expect(said.filter((x) => x.where === 'html detail').length).toBeGreaterThan(20);
    const english = englishIn(said);
    expect(english, english.map((x) => `${x.where}: ${x.text}`).join('\n')).toEqual([]);
    // The check does find English: the English report's details fail it.
    expect(englishIn(report.items.filter((i: any) => i.detail).map((i: any) => ({ where: i.id, text: i.detail }))).length).toBeGreaterThan(report.items.length / 2);
  });

  it('keeps the JSON in English ids and keys', () => {
    expect(report.steps[0].title).toBe('Objectives and strategy');
    expect(report.steps[3].tables[0].columns.map((c: any) => c.key)).toEqual(['status', 'kind', 'error', 'pages']);
    const csv = readFileSync(join(dir, 'pages.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFurl,final_url,status,depth,indexable,not_indexable_reason,title,description,h1,words,inlinks,language,canonical,in_sitemap,response_ms,best_keyword,relevance_score,critical,warnings,notices');
  });

  it('writes the text report in French with French numbers, at the width asked', () => {
    expect(text).toContain('== 1. Objectifs et stratégie');
    expect(text).toContain('== 8. Audit périodique');
    expect(text).toMatch(/Couverture +\d+,\d\/100/);
    expect(text).toContain('Correction\u00a0: ');
    expect(text).toContain('Actions prioritaires');
    expect(text).toContain('Page en erreur serveur (5xx)');
    expect(text).not.toMatch(/\bFix: |Next actions|Findings  |not met\b/);
    expect(text.split('\n').every((l) => [...l].length <= 100)).toBe(true);
    expect(text.split('\n').some((l) => [...l].length > 80)).toBe(true);
  });

  it('writes Markdown and HTML in French, html lang="fr"', () => {
    const md = readFileSync(join(dir, 'refaudit-report.md'), 'utf8');
    expect(md).toContain('## 3. Moteurs et annuaires');
    expect(md).toContain('Tableau de bord des objectifs');
    const html = readFileSync(join(dir, 'refaudit-report.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Pages d’atterrissage dédiées');
    expect(html).toContain('Soumission');
  });
});

describe('the text report', () => {
  it('does not print the objectives twice, and keeps the per-engine objective labels distinct', async () => {
    const { dir } = await demoOutputs('en');
    const text = readFileSync(join(dir, 'refaudit-report.txt'), 'utf8');
    const step1 = text.slice(text.indexOf('== 1.'), text.indexOf('== 2.'));
    expect(step1.match(/priority keywords on page 1/g)).toHaveLength(2);
    expect(step1).toContain('google: priority keywords on page 1');
    expect(step1).toContain('bing: priority keywords on page 1');
    // Step 8 compares two runs: before and after read with an arrow, not "greater than".
    const step8 = text.slice(text.indexOf('== 8.'));
    expect(step8).toMatch(/coverage: \d+(\.\d)? → \d+(\.\d)?/);
    expect(step8).not.toMatch(/\d > \d/);
  }, 120_000);

  it('says an empty table in one sentence instead of drawing its header', () => {
    const r = sampleReport();
    r.steps[3]!.tables[0]!.rows = [];
    const out = renderText(r, { color: false });
    expect(out).toContain('Pages by status\nNothing to list.');
    const fr = renderText(r, { color: false, lang: 'fr' });
    expect(fr).toContain('Pages par statut HTTP\nRien à signaler.');
    expect(renderMarkdown(r)).toContain('### Pages by status\n\nNothing to list.');
    expect(renderHtml(r)).toContain('<h3>Pages by status</h3><p class="empty">Nothing to list.</p>');
    expect(renderHtml(r)).not.toContain('<h3>Pages by status</h3><div class="scroll">');
  });
});
