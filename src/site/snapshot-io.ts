/**
 * Snapshots on disk: JSON, gzipped when the file name ends in .gz. Reading checks the version and
 * shape, so a wrong file is one clear line rather than a crash deep in an analysis.
 *
 * A 100,000-page snapshot is over a gigabyte of JSON: more than one JavaScript string can hold. So
 * the file is written one page a line (still one valid JSON document: the header's fields, then
 * `"pages":[`, a page a line, `],"pageCount":N}`) and read back line by line when it has that layout.
 *
 * The closing line carries the page count: a file cut short (a full disk, a copy interrupted) lacks
 * it or disagrees with it, and is refused instead of being audited as a smaller site. Files are
 * written through a temporary file and a rename, so a failed write leaves no such file behind.
 * Files without the count (closing with `]}`, as earlier versions wrote them) are read when their
 * closing line is there.
 */
import { readFileSync } from 'node:fs';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../util/errors.js';
import { writeFileAtomic } from '../util/atomic-file.js';
import { isSpilled } from './spill.js';
import { packedString } from './text-store.js';
import { SNAPSHOT_VERSION, type PageRecord, type SiteSnapshot } from './types.js';

const PAGES_OPEN = ',"pages":[\n';
const LEGACY_CLOSE = ']}';
const pagesClose = (count: number) => `],"pageCount":${count}}\n`;
const CLOSE_LINE = /^\],"pageCount":(\d+)\}$/;
// Pages are gzipped in batches: each batch is a gzip member, and a file of members is one gzip stream.
const BATCH_BYTES = 8 * 1024 * 1024;

export function writeSnapshot(path: string, snap: SiteSnapshot, batchBytes = BATCH_BYTES): void {
  try {
    writeFileAtomic(path, snapshotChunks(snap, path.endsWith('.gz'), batchBytes));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(`cannot write snapshot ${path}: ${e.code === 'ENOSPC' ? 'no space left on the device' : e.message} (no partial file was left)`, 2);
  }
}

/** The file's bytes in batches: one string of the whole snapshot would not fit at 100,000 pages. */
function* snapshotChunks(snap: SiteSnapshot, gz: boolean, batchBytes: number): Generator<Uint8Array> {
  const { pages, ...header } = snap;
  let batch: string[] = [];
  let size = 0;
  const take = (): Uint8Array => {
    const text = batch.join('');
    batch = [];
    size = 0;
    return gz ? gzipSync(text, { level: constants.Z_BEST_SPEED }) : Buffer.from(text, 'utf8');
  };
  batch.push(JSON.stringify(header).slice(0, -1) + PAGES_OPEN);
  // Page text an audit moved to a spill file is written back as the string it stands for.
  const inline = (key: string, value: unknown) => ((key === 'bodyTokensPacked' || key === 'textsPacked') && isSpilled(value) ? packedString(value) : value);
  for (let i = 0; i < pages.length; i++) {
    const line = JSON.stringify(pages[i], inline) + (i < pages.length - 1 ? ',\n' : '\n');
    batch.push(line);
    size += line.length;
    if (size >= batchBytes) yield take();
  }
  batch.push(pagesClose(pages.length));
  yield take();
}

/** Lines of a page-a-line snapshot, or null when the file has another layout. Throws when cut short. */
function pageLines(buf: Buffer): { header: string; lines: Buffer[] } | null {
  const first = buf.indexOf(0x0a);
  if (first < 0) return null;
  const headerLine = buf.subarray(0, first).toString('utf8');
  if (!headerLine.endsWith(PAGES_OPEN.slice(0, -1))) return null;
  const lines: Buffer[] = [];
  let at = first + 1;
  for (;;) {
    const end = buf.indexOf(0x0a, at);
    // The closing line ends with a newline: without one the file stops mid-page.
    if (end < 0) throw new Error(`truncated: ${lines.length} whole pages, then the file stops (no closing line with the page count)`);
    const line = buf.subarray(at, end);
    // A closing line is 40 bytes at most; a page line is far longer: only short lines are compared.
    if (line.length < 40) {
      const text = line.toString('latin1');
      const count = CLOSE_LINE.exec(text);
      if (count) {
        if (Number(count[1]) !== lines.length) throw new Error(`truncated or damaged: it says ${count[1]} pages and holds ${lines.length}`);
        break;
      }
      if (text === LEGACY_CLOSE) break;
    }
    lines.push(line[line.length - 1] === 0x2c ? line.subarray(0, -1) : line);
    at = end + 1;
  }
  return { header: headerLine.slice(0, -PAGES_OPEN.length + 1) + '}', lines };
}

function parseSnapshot(raw: Buffer): unknown {
  const layout = pageLines(raw);
  if (!layout) {
    // Re-indented by a tool, still one document: the count, when there, must agree too.
    const data = JSON.parse(raw.toString('utf8')) as { pages?: unknown[]; pageCount?: number } | null;
    if (data && typeof data.pageCount === 'number') {
      if (!Array.isArray(data.pages) || data.pages.length !== data.pageCount) throw new Error(`truncated or damaged: it says ${data.pageCount} pages and holds ${Array.isArray(data.pages) ? data.pages.length : 0}`);
      delete data.pageCount;
    }
    return data;
  }
  const header = JSON.parse(layout.header) as Record<string, unknown>;
  header.pages = layout.lines.map((l) => JSON.parse(l.toString('utf8')) as PageRecord);
  return header;
}

export function readSnapshot(path: string): SiteSnapshot {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`snapshot ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseSnapshot(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
  } catch (err) {
    const message = (err as Error).message.split('\n')[0]!;
    throw new InputError(/^truncated/.test(message) ? `snapshot ${path}: ${message}; crawl again` : `snapshot ${path}: not a snapshot file (${message})`);
  }
  const s = data as Partial<SiteSnapshot> | null;
  if (!s || typeof s !== 'object' || s.snapshotVersion === undefined) {
    throw new InputError(`snapshot ${path}: not a refaudit snapshot (no snapshotVersion)`);
  }
  if (s.snapshotVersion !== SNAPSHOT_VERSION) {
    throw new InputError(`snapshot ${path}: version ${String(s.snapshotVersion)}, this refaudit reads version ${SNAPSHOT_VERSION}`);
  }
  if (!Array.isArray(s.pages) || typeof s.startUrl !== 'string' || !Array.isArray(s.robots) || !s.stats || !s.settings) {
    throw new InputError(`snapshot ${path}: incomplete snapshot (pages, startUrl, robots, stats or settings missing)`);
  }
  return s as SiteSnapshot;
}
