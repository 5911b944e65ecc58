/**
 * The JSON report: the Report object as it is (schema/report.schema.json), `schemaVersion` first so
 * a reader can tell the shape before reading the rest.
 */
import type { Report } from '../report/types.js';

export function renderJson(report: Report): string {
  const { schemaVersion, ...rest } = report;
  return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`;
}
