/**
 * Indexed-pages exports: Search Console's page indexing export, Bing Webmaster's index explorer
 * export, or any CSV / text list whose first URL-looking column holds the indexed URLs.
 */
import { parseCsv } from '../../util/csv.js';
import type { InputProblem } from '../../util/errors.js';
import type { IndexedImport } from './coverage.js';

export function parseIndexedExport(text: string, file: string, engine: string): { imported: IndexedImport; problems: InputProblem[] } {
  const { rows } = parseCsv(text);
  const problems: InputProblem[] = [];
  const header = rows[0]?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const named = header.findIndex((h) => h === 'url' || h === 'page' || h === 'pages' || h === 'adresse url');
  const hasHeader = named >= 0 || (header.length > 0 && !/^https?:\/\//i.test(header[0] ?? ''));
  const col = named >= 0 ? named : 0;
  const urls: string[] = [];
  for (const row of rows.slice(hasHeader ? 1 : 0)) {
    const v = (row.cells[col] ?? '').trim();
    if (!v) continue;
    try {
      const u = new URL(v);
      u.hash = '';
      urls.push(u.href);
    } catch {
      problems.push({ file, line: row.line, message: `"${v.slice(0, 60)}" is not a URL` });
    }
  }
  return { imported: { engine, urls, file }, problems };
}
