import { basename } from 'node:path';
import type { ReportDiff } from './diff.js';
import type { RunSummary } from './store.js';
import type { Origin } from '../shared/origin.js';
import type { StepPart, TrendChart } from '../report/types.js';
import { msg, note } from '../report/note.js';
import { itemWhere } from './identity.js';

/**
 * Step 8: what changed since the last run, and the scores over time. A partial run (interrupted)
 * is not compared and says so.
 */
export function buildPeriodicStep(diff: ReportDiff | null, history: RunSummary[], historyDir: string | null, opts: { partial?: boolean } = {}): StepPart {
  const part = periodicPart(diff, history, historyDir);
  if (!opts.partial) return part;
  return {
    ...part,
    summary: 'Interrupted run: not compared with earlier runs, and kept apart so that it is never the baseline of the next one.',
    summaryText: msg('periodic.partial'),
    tables: [],
  };
}

function periodicPart(diff: ReportDiff | null, history: RunSummary[], historyDir: string | null): StepPart {
  const origin: Origin = { kind: 'imported', file: historyDir ?? 'history' };
  const trend: TrendChart = {
    kind: 'trend',
    id: 'score-trend',
    title: 'The three criteria over time',
    unit: 'score',
    origin,
    series: (['coverage', 'relevance', 'ranking'] as const).map((k) => ({
      name: k,
      // The run's full time: two runs of one day are two points, not one stacked dot.
      points: history.filter((h) => h[k] !== null).map((h) => ({ date: h.date, value: h[k]! })),
    })),
  };
  if (!diff) {
    return {
      summary: historyDir ? 'First run in this history: it is the baseline for the next periodic audit.' : 'History disabled (--no-history): no comparison with earlier runs.',
      summaryText: msg(historyDir ? 'periodic.first' : 'periodic.off'),
      scores: [],
      tables: [],
      charts: history.length > 1 ? [trend] : [],
      notes: historyDir ? [note(`Runs are kept in the ${basename(historyDir)} folder; the next run will be compared with this one.`, 'periodic.kept', { dir: historyDir })] : [],
    };
  }
  return {
    summary: `Since ${diff.from.slice(0, 10)}: ${diff.newFindings.length} new and ${diff.fixedFindings.length} fixed finding item(s); ${diff.rankingMoves.filter((m) => m.crossing).length} page-break crossing(s); ${diff.pagesAdded.length} page(s) added, ${diff.pagesRemoved.length} removed.`,
    summaryText: msg('periodic.summary', { since: diff.from.slice(0, 10), newItems: diff.newFindings.length, fixedItems: diff.fixedFindings.length, crossings: diff.rankingMoves.filter((m) => m.crossing).length, added: diff.pagesAdded.length, removed: diff.pagesRemoved.length }),
    scores: [],
    tables: [
      {
        id: 'diff-scores',
        title: 'Score changes since the last run',
        columns: [{ key: 'criterion', label: 'Criterion' }, { key: 'delta', label: 'Change', align: 'right', signed: true, origin }],
        rows: (['coverage', 'relevance', 'ranking'] as const).map((k) => [k, diff.scores[k]]),
      },
      {
        id: 'diff-new-findings',
        title: 'New findings',
        columns: [{ key: 'rule', label: 'Rule' }, { key: 'severity', label: 'Severity' }, { key: 'url', label: 'Where' }],
        // An item without a URL is shown by what it is about (a query), not by its figures of the day.
        rows: diff.newFindings.slice(0, 30).map((f) => [f.ruleId, f.severity, itemWhere(f.url)]),
        ...(diff.newFindings.length > 30 ? { omitted: diff.newFindings.length - 30 } : {}),
      },
      {
        id: 'diff-fixed-findings',
        title: 'Fixed findings',
        columns: [{ key: 'rule', label: 'Rule' }, { key: 'severity', label: 'Severity' }, { key: 'url', label: 'Where' }],
        rows: diff.fixedFindings.slice(0, 30).map((f) => [f.ruleId, f.severity, itemWhere(f.url)]),
        ...(diff.fixedFindings.length > 30 ? { omitted: diff.fixedFindings.length - 30 } : {}),
      },
      {
        id: 'diff-ranking-moves',
        title: 'Ranking moves (page-break crossings first)',
        columns: [
          { key: 'keyword', label: 'Keyword' },
          { key: 'engine', label: 'Engine' },
          { key: 'from', label: 'From', align: 'right', origin },
          { key: 'to', label: 'To', align: 'right', origin },
          { key: 'crossing', label: 'Crossing' },
        ],
        rows: diff.rankingMoves.map((m) => [m.keyword, m.engine, m.from, m.to, m.crossing === 'up' ? `onto page ${m.toPage}` : m.crossing === 'down' ? `fell to page ${m.toPage ?? '–'}` : null]),
      },
      {
        id: 'diff-pages',
        title: 'Pages added, removed or changed status',
        columns: [{ key: 'url', label: 'URL' }, { key: 'change', label: 'Change' }],
        rows: [
          ...diff.pagesAdded.slice(0, 20).map((u) => [u, 'added'] as [string, string]),
          ...diff.pagesRemoved.slice(0, 20).map((u) => [u, 'removed'] as [string, string]),
          ...diff.statusChanges.slice(0, 20).map((s) => [s.url, `${s.from ?? 'error'} → ${s.to ?? 'error'}`] as [string, string]),
        ],
      },
    ],
    charts: [trend],
    notes: [],
  };
}
