/**
 * Stored texts (body tokens, anchor texts, heading texts: see text-store.ts) kept in a temporary
 * file instead of memory. They are most of a page's facts and, in an audit, are read while the crawl
 * runs (relevance), then once for anchors and only for the few near-duplicate candidates: on a big
 * crawl most of the memory would hold data seldom read again (bench/RESULTS.md has the figures).
 *
 * A spilled page holds a reference ({ spill, at, length }) in place of the string; text-store.ts
 * reads either form. Writes are batched; the file is unlinked as soon as it is opened where the
 * system allows, so it disappears with the process whatever happens.
 */
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countThreadUse } from '../util/thread-usage.js';
import { failIfWanted } from '../util/test-failure.js';

export interface SpilledText {
  /** Which spill file (one per crawl). */
  spill: number;
  at: number;
  length: number;
}

const FLUSH_BYTES = 1 << 20;
const open = new Map<number, TextSpill>();
let nextId = 1;

export interface SpillFile {
  write(data: Buffer, position: number): number;
  read(into: Buffer, offset: number, length: number, position: number): number;
  close(): void;
}

/** A temporary file, unlinked at once where the system allows, so it goes with the process. */
function tempFile(id: number): SpillFile {
  const path = join(tmpdir(), `refaudit-${process.pid}-${id}-${Math.random().toString(36).slice(2)}.spill`);
  const fd = openSync(path, 'w+', 0o600);
  let unlinked = false;
  try {
    unlinkSync(path);
    unlinked = true;
  } catch {
    // Windows keeps open files: removed on close instead.
  }
  return {
    write: (data, position) => writeSync(fd, data, 0, data.length, position),
    read: (into, offset, length, position) => readSync(fd, into, offset, length, position),
    close() {
      closeSync(fd);
      if (!unlinked) {
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }
    },
  };
}

/**
 * A spill that cannot write (no temporary folder, a full disk) keeps what it holds in memory and
 * takes nothing more: the crawl goes on with its texts in memory, nothing is lost.
 */
export class TextSpill {
  readonly id = nextId++;
  private file: SpillFile | null;
  /** Bytes on disk; the `used` bytes after them wait in `batch`. */
  private flushed = 0;
  /**
   * One buffer reused for every batch. A Buffer per text, held until its batch is written, would
   * live long enough to be promoted, and its memory would wait for a full collection (measured in
   * bench/RESULTS.md, step 20).
   */
  private batch: Buffer | null = null;
  private used = 0;
  private failed = false;

  private readonly onFail: ((message: string) => void) | undefined;

  /** `onFail` is told once if the file cannot be opened or written (the texts then stay in memory). */
  constructor(opts: { file?: SpillFile; onFail?(message: string): void } = {}) {
    this.onFail = opts.onFail;
    try {
      this.file = opts.file ?? tempFile(this.id);
    } catch (err) {
      this.file = null;
      this.fail(err);
    }
    open.set(this.id, this);
  }

  private fail(err: unknown): void {
    this.failed = true;
    countThreadUse('fallbacks');
    this.onFail?.(`the spill file could not be written (${(err as Error).message}): page texts are kept in memory`);
  }

  /** Stores a Latin-1 string (packed bytes) and returns where it is, or the string itself when the spill has failed. */
  put(text: string): string | SpilledText {
    if (this.failed) return text;
    // Latin-1: one byte a character.
    if (this.batch && this.used + text.length > this.batch.length) this.flush();
    if (this.failed) return text;
    if (!this.batch || this.used + text.length > this.batch.length) {
      // Empty here (just flushed, or never used): sized for the batch, or for one text larger than it.
      this.batch = Buffer.allocUnsafe(Math.max(FLUSH_BYTES, text.length));
    }
    const ref = { spill: this.id, at: this.flushed + this.used, length: text.length };
    countThreadUse('spilledTexts');
    this.used += this.batch.write(text, this.used, 'latin1');
    return ref;
  }

  read(ref: SpilledText): string {
    if (ref.at >= this.flushed) {
      const from = ref.at - this.flushed;
      return this.batch!.toString('latin1', from, from + ref.length);
    }
    const buf = Buffer.allocUnsafe(ref.length);
    let got = 0;
    while (got < ref.length) {
      const n = this.file!.read(buf, got, ref.length - got, ref.at + got);
      if (n === 0) throw new Error('spill file shorter than expected');
      got += n;
    }
    return buf.toString('latin1');
  }

  private flush(): void {
    if (!this.used || this.failed || !this.file) return;
    const data = this.batch!.subarray(0, this.used);
    try {
      failIfWanted('spill-write');
      for (let off = 0; off < data.length; ) off += this.file.write(data.subarray(off), this.flushed + off);
    } catch (err) {
      // Part of the batch may be on disk: it is all kept in memory, and read from there.
      this.fail(err);
      return;
    }
    this.flushed += this.used;
    this.used = 0;
    // A batch grown for one large text goes back to the usual size.
    if (this.batch!.length > FLUSH_BYTES) this.batch = null;
  }

  close(): void {
    if (!open.delete(this.id)) return;
    this.file?.close();
  }
}

process.once('exit', () => {
  for (const s of open.values()) s.close();
});

export function isSpilled(v: unknown): v is SpilledText {
  return typeof v === 'object' && v !== null && typeof (v as SpilledText).spill === 'number';
}

/** The string a reference stands for, read from its spill file. */
export function readSpilled(v: SpilledText): string {
  const spill = open.get(v.spill);
  if (!spill) throw new Error('page text was spilled to a file that is closed');
  return spill.read(v);
}
