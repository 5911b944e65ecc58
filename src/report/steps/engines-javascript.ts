/**
 * Step 3's table of what each engine sees of the site's JavaScript content: whether the engine
 * renders (its own documentation, src/data/engines.json), how many of its crawlable pages need
 * JavaScript, and the coverage points that costs (src/analyze/coverage/javascript.ts).
 */
import type { CoverageResult } from '../../analyze/coverage/coverage.js';
import { javascriptPointsLost } from '../../analyze/coverage/javascript.js';
import type { ModelData } from '../../data/load.js';
import { measured, type Origin } from '../../shared/origin.js';
import type { TableDraft } from '../types.js';
import { msg } from '../note.js';

export function javascriptTable(cov: CoverageResult, data: ModelData, rendered: boolean): TableDraft | null {
  const withJs = cov.engines.filter((e) => e.javascript);
  if (!withJs.some((e) => e.javascript!.pagesNeedingJs > 0)) return null;
  const lost = javascriptPointsLost(cov);
  // The engines file's own date is its other fields'; the JavaScript entries carry theirs.
  const read = [...new Set(data.engines.map((e) => e.javascript.date).filter((d): d is string => !!d))].sort().pop() ?? 'unknown';
  const documented: Origin = { kind: 'model', file: 'src/data/engines.json', source: 'each engine\'s own documentation on JavaScript ("javascript" of each engine)', date: read };
  const analysis: Origin = { kind: 'model', file: 'src/analyze/coverage/javascript.ts', source: 'engines that do not document rendering index the served HTML (README, "Coverage")', date: '2026-11' };
  return {
    id: 'engine-javascript',
    title: 'What each engine sees of content that needs JavaScript',
    columns: [
      { key: 'engine', label: 'Engine' },
      { key: 'renders', label: 'Renders JS', origin: documented },
      { key: 'sees', label: 'Indexes' },
      { key: 'pages', label: 'Pages needing JS', align: 'right', origin: measured(rendered ? 'crawl (--render)' : 'crawl (raw HTML)') },
      { key: 'lost', label: 'Pts lost', align: 'right', origin: analysis },
      { key: 'source', label: 'Source' },
    ],
    rows: withJs.map((e) => {
      const js = e.javascript!;
      return [e.name, js.renders, js.sees === 'rendered' ? 'rendered DOM' : 'served HTML', `${js.pagesNeedingJs}/${js.crawlablePages}`, Math.round((lost.get(e.engine) ?? 0) * 10) / 10, js.source];
    }),
    note: rendered
      ? 'Pages needing JS: measured by rendering each page in Chromium (its H1 or most of its words appear only after scripts run).'
      : 'Pages needing JS: judged from the raw HTML (script shells); run with --render to measure.',
    noteText: msg(rendered ? 'engine-javascript.rendered' : 'engine-javascript.raw'),
  };
}
