/** `refaudit diff` as text, 80 columns, colour optional. */
import { Chalk } from 'chalk';
import { isRegression, type ReportDiff } from './diff.js';

export function renderDiffText(d: ReportDiff, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  // By code points, not UTF-16 units: an emoji or other astral character is one column, never split.
  const cut = (s: string) => {
    const cps = Array.from(s);
    return cps.length > 78 ? `${cps.slice(0, 77).join('')}…` : s;
  };
  lines.push(c.bold(`refaudit diff: ${d.from.slice(0, 16)} → ${d.to.slice(0, 16)}`));
  const sign = (v: number | null) => (v === null ? 'not measured' : v > 0 ? c.green(`+${v}`) : v < 0 ? c.red(String(v)) : '0');
  lines.push(`scores: coverage ${sign(d.scores.coverage)}, relevance ${sign(d.scores.relevance)}, ranking ${sign(d.scores.ranking)}`);
  const section = (title: string, items: string[]) => {
    lines.push('', c.bold(`${title} (${items.length})`));
    for (const i of items.slice(0, 30)) lines.push(cut(`  ${i}`));
    if (items.length > 30) lines.push(`  … and ${items.length - 30} more`);
  };
  section('new findings', d.newFindings.map((f) => `+ [${f.severity}] ${f.ruleId}${f.url ? ` ${f.url}` : ''}`));
  section('fixed findings', d.fixedFindings.map((f) => `- [${f.severity}] ${f.ruleId}${f.url ? ` ${f.url}` : ''}`));
  section('persisting findings', d.persisting.map((f) => `= [${f.severity}] ${f.ruleId} ${f.before} → ${f.after}`));
  section('ranking moves', d.rankingMoves.map((m) => `${m.keyword} (${m.engine} ${m.market}): ${m.from ?? '–'} → ${m.to ?? '–'}${m.crossing ? ` ${m.crossing === 'up' ? 'onto' : 'fell to'} page ${m.toPage ?? '–'}` : ''}`));
  section('pages', [...d.pagesAdded.map((u) => `+ ${u}`), ...d.pagesRemoved.map((u) => `- ${u}`), ...d.statusChanges.map((s) => `~ ${s.url} ${s.from ?? 'error'} → ${s.to ?? 'error'}`)]);
  const r = isRegression(d);
  lines.push('');
  if (r.regressed) for (const l of wrap(`regression: ${r.reasons.join('; ')}`, 78, '  ')) lines.push(c.red(cut(l)));
  else lines.push(c.green('no regression'));
  return `${lines.join('\n')}\n`;
}

/** Word-wrap to `width` columns, continuation lines indented; a word longer than a line is left to `cut`. */
function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (Array.from(next).length > width && line) {
      out.push(line);
      line = `${indent}${word}`;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
