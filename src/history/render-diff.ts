/** `refaudit diff` as text, 80 columns, colour optional. */
import { Chalk } from 'chalk';
import { isRegression, type ReportDiff } from './diff.js';

export function renderDiffText(d: ReportDiff, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  const cut = (s: string) => (s.length > 78 ? `${s.slice(0, 77)}…` : s);
  lines.push(c.bold(`refaudit diff: ${d.from.slice(0, 16)} → ${d.to.slice(0, 16)}`));
  const sign = (v: number | null) => (v === null ? 'not measured' : v > 0 ? c.green(`+${v}`) : v < 0 ? c.red(String(v)) : '0');
  lines.push(`scores: coverage ${sign(d.scores.coverage)}, relevance ${sign(d.scores.relevance)}, ranking ${sign(d.scores.ranking)}`);
  const section = (title: string, items: string[]) => {
    lines.push('', c.bold(`${title} (${items.length})`));
    for (const i of items.slice(0, 30)) lines.push(cut(`  ${i}`));
    if (items.length > 30) lines.push(`  … and ${items.length - 30} more`);
  };
  section('new findings', d.newFindings.map((f) => `+ [${f.severity}] ${f.ruleId} ${f.url ?? ''}`));
  section('fixed findings', d.fixedFindings.map((f) => `- [${f.severity}] ${f.ruleId} ${f.url ?? ''}`));
  section('ranking moves', d.rankingMoves.map((m) => `${m.keyword} (${m.engine} ${m.market}): ${m.from ?? '–'} → ${m.to ?? '–'}${m.crossing ? ` ${m.crossing === 'up' ? 'onto' : 'fell to'} page ${m.toPage ?? '–'}` : ''}`));
  section('pages', [...d.pagesAdded.map((u) => `+ ${u}`), ...d.pagesRemoved.map((u) => `- ${u}`), ...d.statusChanges.map((s) => `~ ${s.url} ${s.from ?? 'error'} → ${s.to ?? 'error'}`)]);
  const r = isRegression(d);
  lines.push('', r.regressed ? c.red(`regression: ${r.reasons.join('; ')}`) : c.green('no regression'));
  return `${lines.join('\n')}\n`;
}
