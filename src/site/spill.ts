/**
 * Packed texts (body tokens, anchor texts, heading texts) kept in a temporary file instead of
 * memory. They are most of a page's facts (~3.5 KB) and, in an audit, are read while the crawl runs
 * (relevance), then once for anchors and only for the few near-duplicate candidates: on a
 * 100,000-page crawl that is 350 MB of memory for data seldom read again.
 *
 * A spilled page holds a reference ({ spill, at, length }) in place of the string; `packedText`
 * reads either form. Writes are batched; the file is unlinked as soon as it is opened where the
 * system allows, so it disappears with the process whatever happens.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A packed text field: the Latin-1 string, or where an audit moved it. */
export type PackedText = string | SpilledText;

export interface SpilledText {
  /** Which spill file (one per crawl). */
  spill: number;
  at: number;
  length: number;
}

const FLUSH_BYTES = 1 << 20;
const open = new Map<number, TextSpill>();
let nextId = 1;

export class TextSpill {
  readonly id = nextId++;
  private readonly fd: number;
  private readonly path: string;
  private readonly unlinked: boolean;
  /** Bytes on disk; bytes after it wait in `pending`. */
  private flushed = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor() {
    this.path = join(tmpdir(), `refaudit-${process.pid}-${this.id}-${Math.random().toString(36).slice(2)}.spill`);
    this.fd = openSync(this.path, 'w+', 0o600);
    let unlinked = false;
    try {
      unlinkSync(this.path);
      unlinked = true;
    } catch {
      // Windows keeps open files: removed in close() instead.
    }
    this.unlinked = unlinked;
    open.set(this.id, this);
  }

  /** Stores a Latin-1 string (packed bytes) and returns where it is. */
  put(text: string): SpilledText {
    const bytes = Buffer.from(text, 'latin1');
    const ref = { spill: this.id, at: this.flushed + this.pendingBytes, length: bytes.length };
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return ref;
  }

  read(ref: SpilledText): string {
    if (ref.at >= this.flushed) this.flush();
    const buf = Buffer.allocUnsafe(ref.length);
    let got = 0;
    while (got < ref.length) {
      const n = readSync(this.fd, buf, got, ref.length - got, ref.at + got);
      if (n === 0) throw new Error('spill file shorter than expected');
      got += n;
    }
    return buf.toString('latin1');
  }

  private flush(): void {
    if (!this.pendingBytes) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    for (let off = 0; off < data.length; ) off += writeSync(this.fd, data, off, data.length - off, this.flushed + off);
    this.flushed += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  close(): void {
    if (!open.delete(this.id)) return;
    closeSync(this.fd);
    if (!this.unlinked) {
      try {
        unlinkSync(this.path);
      } catch {
        // already gone
      }
    }
  }
}

process.once('exit', () => {
  for (const s of open.values()) s.close();
});

export function isSpilled(v: unknown): v is SpilledText {
  return typeof v === 'object' && v !== null && typeof (v as SpilledText).spill === 'number';
}

/** The packed string, from memory or from its spill file. */
export function packedText(v: PackedText): string {
  if (typeof v === 'string') return v;
  const spill = open.get(v.spill);
  if (!spill) throw new Error('page text was spilled to a file that is closed');
  return spill.read(v);
}
