/**
 * The report's words in its language: rule texts, table titles and columns, step summaries and
 * notes, score labels, numbers and dates. English comes from the report itself (the builders' and
 * rules' own texts); French from the catalogues in src/i18n. JSON and CSV stay in English.
 */
import type { Cell, Chart, Column, NamedFigure, ReportStep, Row, Table } from '../report/types.js';
import type { StepId } from '../rules/types.js';
import { FR_RULES } from '../i18n/fr-rules.js';
import { EN_EMPTY, FR_CELL_PATTERNS, FR_CELLS, FR_CHARTS, FR_MEASURED, FR_SOURCES, FR_TABLES } from '../i18n/fr-tables.js';
import { FR_MESSAGES, frDay, frScoreLabel, frTableTitle } from '../i18n/fr-messages.js';
import type { Lang, Message, Param } from '../shared/message.js';
import { UI, type UiStrings } from '../i18n/ui.js';
import { FR_DETAILS, FR_RELATED, frSitemapProblem } from '../i18n/details-fr.js';
import { frSource } from '../i18n/fr-sources.js';
import { frProblem } from '../i18n/fr-problems.js';
import { isFindingId, type Facts } from '../rules/facts.js';
import type { Finding } from '../rules/types.js';
import { sharedCause } from '../report/next-actions.js';

export type { Lang, Message } from '../shared/message.js';
export { defaultLang, isLang, LANGS, msg } from '../shared/message.js';

export interface Translator {
  lang: Lang;
  ui: UiStrings;
  /** A number as the language writes it (fr: narrow no-break space for thousands, decimal comma). */
  num(n: number, digits?: number): string;
  date(iso: string): string;
  /** The day of an ISO date or time, as the language writes it (fr: 30 novembre 2026). */
  day(iso: string): string;
  message(m: Message | undefined | null, english: string): string;
  rule(id: string, field: 'title' | 'help' | 'fix', english: string): string;
  /** A finding item's detail, worded from its facts in the report's language (the English detail as given). */
  detail(ruleId: string, e: { detail?: string | null; facts?: Facts | null }): string | undefined;
  /** A finding item's related value (a URL, or a line the rule quotes) in the report's language. */
  related(ruleId: string, value: string): string;
  /** A problem found in a given file (the readers word it in English for the JSON). */
  problem(message: string): string;
  /** The cause an action's items share, read from their details in the report's language. */
  cause(f: Finding, english: string): string;
  step(id: StepId): string;
  /** What a model data file holds (by its file name), in the report's language. */
  sourceWhat(fileName: string, english: string): string;
  /** A model's published source or formula (a data file's note), in the report's language. */
  sourceText(english: string): string;
  /** What a `measured` origin names (`crawl`, `directory page`). */
  measuredBy(by: string): string;
  tableTitle(t: Pick<Table, 'id' | 'title' | 'market'>): string;
  column(tableId: string, c: Column): string;
  tableNote(t: Pick<Table, 'id' | 'note' | 'noteText'>): string | undefined;
  tableEmpty(tableId: string): string;
  /** A word in a cell (a state, a kind); anything else as given. */
  cell(value: string): string;
  /** A cell read with its row, for the few cells worded from another key (an objective's label from its id). */
  rowCell(tableId: string, key: string, row: Row): Cell;
  chartTitle(c: Pick<Chart, 'id' | 'title'>): string;
  /** `: ` in English, ` : ` in French. */
  colon: string;
  /** `; ` in English, ` ; ` in French. */
  semicolon: string;
  /** A data version (`2025-10`, `2026-11-30`) as the language writes it (fr: octobre 2025, 30 novembre 2026). */
  version(date: string): string;
  scoreLabel(f: Pick<NamedFigure, 'id' | 'label'>): string;
  summary(s: Pick<ReportStep, 'summary' | 'summaryText' | 'reasonText'>): string;
  notes(s: Pick<ReportStep, 'notes' | 'noteTexts'>): string[];
}

const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}${digits}`;
  let f = FORMATS.get(key);
  if (!f) FORMATS.set(key, (f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: digits })));
  return f;
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/;

/** A cell read with its row in French: an objective's label from its id, and the lists the builders join. */
function frRowCell(tableId: string, key: string, row: Row): Cell {
  const v = row[key] ?? null;
  if (tableId === 'objectives' && key === 'objective' && typeof row.id === 'string') return frScoreLabel(`objective-${row.id}`) ?? v;
  // Lists joined by the builders: each part is a word of the catalogue or a reader's problem.
  if (tableId === 'target-keywords' && key === 'fields' && typeof v === 'string' && v.split(', ').every((x) => FR_CELLS[x])) return v.split(', ').map((x) => FR_CELLS[x]).join(', ');
  if (tableId === 'sitemap-files' && key === 'problems' && typeof v === 'string') return v.split('; ').map(frSitemapProblem).join(' ; ');
  return v;
}

/** A data version in French: a day (30 novembre 2026) or a month (octobre 2025). */
function frVersion(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return frDay(date);
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m ? new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m[1]}-${m[2]}-01T00:00:00Z`)) : date;
}

export function translator(lang: Lang): Translator {
  const fr = lang === 'fr';
  const num = (n: number, digits = 1) => numberFormat(lang, digits).format(n);
  const param = (x: Param | undefined, digits?: number) => (typeof x === 'number' ? num(x, digits ?? 1) : x === null || x === undefined ? '–' : x);
  return {
    lang,
    ui: UI[lang],
    num,
    date(iso) {
      const m = ISO.exec(iso);
      if (!m) return iso;
      if (!fr) return `${m[1]} ${m[2]} UTC`;
      const d = new Date(iso);
      return `${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(d)} à ${m[2]} UTC`;
    },
    day(iso) {
      return fr ? frDay(iso) : iso.slice(0, 10);
    },
    message(m, english) {
      if (!fr || !m) return english;
      const t = FR_MESSAGES[m.id];
      return t ? t(m.params, param) : english;
    },
    rule(id, field, english) {
      return fr ? (FR_RULES[id]?.[field] ?? english) : english;
    },
    detail(ruleId, e) {
      const english = e.detail ?? undefined;
      if (!fr || !e.facts || !isFindingId(ruleId)) return english;
      const template = FR_DETAILS[ruleId] as ((f: Facts, n: (x: number, digits?: number) => string) => string) | null;
      if (!template) return english;
      // Facts of another shape (a report written by another version of refaudit): the English words.
      try {
        return template(e.facts, num) || english;
      } catch {
        return english;
      }
    },
    sourceWhat(fileName, english) {
      return fr ? (FR_SOURCES[fileName] ?? english) : english;
    },
    related(ruleId, value) {
      const say = fr ? FR_RELATED[ruleId] : undefined;
      return say ? say(value) : value;
    },
    problem(message) {
      return fr ? frProblem(message) : message;
    },
    cause(f, english) {
      if (!fr) return english;
      return sharedCause(f, (e) => this.detail(f.ruleId, e)) ?? english;
    },
    sourceText(english) {
      return fr ? frSource(english) : english;
    },
    measuredBy(by) {
      return fr ? (FR_MEASURED[by] ?? by) : by;
    },
    step(id) {
      return UI[lang].steps[id];
    },
    tableTitle(t) {
      if (!fr) return t.title;
      return frTableTitle(t.id, t.market) ?? FR_TABLES[t.id]?.title ?? t.title;
    },
    column(tableId, c) {
      const label = fr ? (FR_TABLES[tableId]?.columns[c.key] ?? c.label) : c.label;
      // Competitor columns are named by the competitor's host in both languages.
      const shown = tableId === 'competitors' && /^competitor\d$/.test(c.key) ? c.label : label;
      return c.unit === 'ms' || c.unit === 'bytes' ? `${shown} (${c.unit === 'bytes' ? (fr ? 'octets' : 'bytes') : 'ms'})` : shown;
    },
    tableNote(t) {
      if (!t.note) return undefined;
      if (!fr) return t.note;
      const built = t.noteText && FR_MESSAGES[t.noteText.id];
      return built ? built(t.noteText!.params, param) : (FR_TABLES[t.id]?.note ?? t.note);
    },
    tableEmpty(id) {
      return fr ? (FR_TABLES[id]?.empty ?? UI.fr.emptyTable) : (EN_EMPTY[id] ?? UI.en.emptyTable);
    },
    cell(value) {
      if (!fr) return value;
      const word = FR_CELLS[value];
      if (word) return word;
      for (const [re, say] of FR_CELL_PATTERNS) {
        const m = re.exec(value);
        if (m) return say(m);
      }
      return value;
    },
    rowCell(tableId, key, row) {
      return fr ? frRowCell(tableId, key, row) : (row[key] ?? null);
    },
    chartTitle(c) {
      return fr ? (FR_CHARTS[c.id] ?? c.title) : c.title;
    },
    colon: fr ? '\u00a0: ' : ': ',
    semicolon: fr ? '\u00a0; ' : '; ',
    version: (date) => (fr ? frVersion(date) : date),
    scoreLabel(f) {
      if (!fr) return f.label;
      return frScoreLabel(f.id) ?? f.label.replace(/: priority keywords on page 1$/, ' : mots-clés prioritaires en page 1');
    },
    summary(s) {
      // The English summary already starts with its reason; another language words both.
      if (!fr || !s.summaryText || !s.reasonText) return this.message(s.summaryText, s.summary);
      return `${this.message(s.reasonText, '')} ${this.message(s.summaryText, s.summary)}`;
    },
    notes(s) {
      return s.notes.map((n, i) => this.message(s.noteTexts?.[i], n));
    },
  };
}
