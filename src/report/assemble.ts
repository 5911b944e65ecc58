/**
 * Puts the step parts in the eight-step order, routes every finding to its step, keys table rows by
 * column key and rounds their numbers as they are displayed, and counts findings by severity. Knows
 * nothing of any one analysis: build.ts hands it the parts.
 */
import type { Finding, Severity, StepId } from '../rules/types.js';
import { EVIDENCE_CAP, SEVERITY_RANK, STEP_ORDER } from '../rules/types.js';
import { UI } from '../i18n/ui.js';
import type { Message } from '../shared/message.js';
import type { Cell, NamedFigure, ReportStep, Row, StepPart, Table, TableDraft } from './types.js';

export const STEP_TITLES: Record<StepId, string> = UI.en.steps;

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId),
  );
}

export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Numbers as the report displays them (one decimal): the JSON says what the reader saw. */
export function roundCell(c: Cell): Cell {
  return typeof c === 'number' && Number.isFinite(c) ? Math.round(c * 10) / 10 : c;
}

/** The one place table rows become objects keyed by column key. */
export function keyTable(d: TableDraft): Table {
  // A loop, not fromEntries over pairs: a 200,000-row table made 1.6 million pair arrays to collect.
  const keys = d.columns.map((c) => c.key);
  const rows: Row[] = d.rows.map((r) => {
    const row: Row = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = roundCell(r[i] ?? null);
    return row;
  });
  return { ...d, rows };
}

function roundFigure(f: NamedFigure): NamedFigure {
  return f.value === null ? f : { ...f, value: roundCell(f.value) as number };
}

/** A step's part as the report holds it: tables keyed, figures rounded, notes with their message ids. */
export function finishPart(part: StepPart): Pick<ReportStep, 'summary' | 'scores' | 'tables' | 'charts' | 'notes'> & Partial<Pick<ReportStep, 'summaryText' | 'reasonText' | 'noteTexts'>> {
  const notes = part.notes.map((n) => (typeof n === 'string' ? n : n.text));
  const texts = part.notes.map((n): Message | null => (typeof n === 'string' ? null : n.message));
  return {
    summary: part.summary,
    ...(part.summaryText ? { summaryText: part.summaryText } : {}),
    ...(part.reasonText ? { reasonText: part.reasonText } : {}),
    scores: part.scores.map(roundFigure),
    tables: part.tables.map(keyTable),
    charts: part.charts,
    notes,
    ...(texts.some(Boolean) ? { noteTexts: texts } : {}),
  };
}

export function assembleSteps(parts: Record<StepId, StepPart>, findings: Finding[]): ReportStep[] {
  return STEP_ORDER.map((id, i) => {
    const part = parts[id];
    const { summary, summaryText, reasonText, scores, tables, charts, notes, noteTexts } = finishPart(part);
    return {
      id,
      number: (i + 1) as ReportStep['number'],
      title: STEP_TITLES[id],
      summary,
      ...(summaryText ? { summaryText } : {}),
      ...(reasonText ? { reasonText } : {}),
      scores,
      findings: stepFindings(id, part, findings),
      tables,
      charts,
      notes,
      ...(noteTexts ? { noteTexts } : {}),
    };
  });
}

/** A step's findings as the report lists them: its builder's and the rules', one per rule id, most severe first. */
export function stepFindings(id: StepId, part: Pick<StepPart, 'findings'>, findings: Finding[]): Finding[] {
  return sortFindings(dedupeFindings([...(part.findings ?? []), ...findings.filter((f) => f.step === id)]));
}

/** The steps' findings keep a few items as evidence; the report's `items` has them all. */
export function capEvidence(steps: ReportStep[]): ReportStep[] {
  return steps.map((s) => ({ ...s, findings: s.findings.map((f) => (f.evidence.length > EVIDENCE_CAP ? { ...f, evidence: f.evidence.slice(0, EVIDENCE_CAP) } : f)) }));
}

/** A step builder and the rule runner may both hand over the same finding: keep one per rule id. */
function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) if (!seen.has(f.ruleId)) seen.set(f.ruleId, f);
  return [...seen.values()];
}
