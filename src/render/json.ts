/**
 * The JSON report: the Report object as it is (schema/report.schema.json), `schemaVersion` first so
 * a reader can tell the shape before reading the rest.
 */
import type { Report } from '../report/types.js';
import { jsonChunks } from './json-chunks.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(ordered(report), null, 2)}\n`;
}

/** The same text in pieces, for writing a large report without holding it whole (json-chunks.ts). */
export function renderJsonChunks(report: Report): Iterable<string> {
  return jsonChunks(ordered(report));
}

function ordered(report: Report): Report {
  const { schemaVersion, ...rest } = report;
  return { schemaVersion, ...rest };
}
