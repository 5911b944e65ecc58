/**
 * The sample report with hostile strings wherever a crawled site or an input file can put text:
 * page titles, URLs, table cells, chart labels, problem messages. Renderers must print them as text.
 */
import type { Report } from '../../src/report/types.js';
import { sampleReport } from '../support/sample-report.js';

export const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

export function xssReport(): Report {
  const r = sampleReport();
  const content = r.steps[3]!;
  content.findings[0]!.title = `Title is ${XSS}`;
  content.findings[0]!.evidence[0] = { url: 'javascript:window.__xss=3', detail: XSS, related: [`https://www.atlas-voyages.ma/"><script>window.__xss=4</script>`] };
  content.tables[0]!.rows[0]!.kind = XSS;
  content.summary = `Summary ${XSS}`;
  const engines = r.steps[2]!;
  const bar = engines.charts[0]!;
  if (bar.kind === 'bar') bar.bars[0]!.label = XSS;
  bar.id = 'x" onmouseover="window.__xss=5';
  const evaluation = r.steps[6]!;
  const positions = evaluation.charts[0]!;
  if (positions.kind === 'positions') positions.points[0]!.keyword = XSS;
  r.problems[0]!.message = XSS;
  r.nextActions[0]!.urls = ['https://www.atlas-voyages.ma/?q=<script>window.__xss=6</script>'];
  return r;
}
