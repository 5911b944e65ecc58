/**
 * Snapshots on disk: JSON, gzipped when the file name ends in .gz. Reading checks the version and
 * shape, so a wrong file is one clear line rather than a crash deep in an analysis.
 *
 * A 100,000-page snapshot is over a gigabyte of JSON: more than one JavaScript string can hold. So
 * the file is written one page a line (still one valid JSON document: the header's fields, then
 * `"pages":[`, a page a line, `]}`) and read back line by line when it has that layout.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../util/errors.js';
import { isSpilled, packedText } from './spill.js';
import { SNAPSHOT_VERSION, type PageRecord, type SiteSnapshot } from './types.js';

const PAGES_OPEN = ',"pages":[\n';
const PAGES_CLOSE = ']}\n';
// Pages are gzipped in batches: each batch is a gzip member, and a file of members is one gzip stream.
const BATCH_BYTES = 8 * 1024 * 1024;

export function writeSnapshot(path: string, snap: SiteSnapshot, batchBytes = BATCH_BYTES): void {
  const gz = path.endsWith('.gz');
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw new InputError(`cannot write snapshot ${path}: ${(err as Error).message}`);
  }
  try {
    const { pages, ...header } = snap;
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      const text = batch.join('');
      const data = gz ? gzipSync(text, { level: constants.Z_BEST_SPEED }) : Buffer.from(text, 'utf8');
      for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
      batch = [];
      size = 0;
    };
    const push = (s: string) => {
      batch.push(s);
      size += s.length;
      if (size >= batchBytes) flush();
    };
    push(JSON.stringify(header).slice(0, -1) + PAGES_OPEN);
    // Page text an audit moved to a spill file is written back as the string it stands for.
    const inline = (key: string, value: unknown) => ((key === 'bodyTokensPacked' || key === 'textsPacked') && isSpilled(value) ? packedText(value) : value);
    pages.forEach((p, i) => push(JSON.stringify(p, inline) + (i < pages.length - 1 ? ',\n' : '\n')));
    push(PAGES_CLOSE);
    flush();
  } catch (err) {
    throw new InputError(`cannot write snapshot ${path}: ${(err as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** Lines of a page-a-line snapshot, or null when the file has another layout. */
function pageLines(buf: Buffer): { header: string; lines: Buffer[] } | null {
  const first = buf.indexOf(0x0a);
  if (first < 0) return null;
  const headerLine = buf.subarray(0, first).toString('utf8');
  if (!headerLine.endsWith(PAGES_OPEN.slice(0, -1))) return null;
  const lines: Buffer[] = [];
  let at = first + 1;
  for (;;) {
    const end = buf.indexOf(0x0a, at);
    const line = buf.subarray(at, end < 0 ? buf.length : end);
    if (end < 0 || line.toString('latin1') === PAGES_CLOSE.trim()) break;
    lines.push(line[line.length - 1] === 0x2c ? line.subarray(0, -1) : line);
    at = end + 1;
  }
  return { header: headerLine.slice(0, -PAGES_OPEN.length + 1) + '}', lines };
}

function parseSnapshot(raw: Buffer): unknown {
  const layout = pageLines(raw);
  if (!layout) return JSON.parse(raw.toString('utf8'));
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
    throw new InputError(`snapshot ${path}: not a snapshot file (${(err as Error).message.split('\n')[0]})`);
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
