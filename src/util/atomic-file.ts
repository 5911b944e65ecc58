/**
 * Files written whole or not at all: the data goes to a temporary file in the same folder, which is
 * renamed over the target once every byte is on disk. A full disk or a killed process leaves the
 * previous file (or none) and no truncated one that a later run would choke on.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** A temporary name beside `target`, hidden, unique to this process. */
export function tempPathFor(target: string): string {
  counter += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}.${counter}.tmp`);
}

/**
 * Writes `data` to `target` through a temporary file and a rename. `chunks` lets a caller stream a
 * large file (a snapshot) without one big buffer. Throws the write's error after removing the
 * temporary file.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string | Uint8Array>): void {
  const tmp = tempPathFor(target);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (err) {
    throw Object.assign(err as Error, { path: target });
  }
  try {
    const parts = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    for (const part of parts) writeAll(fd, typeof part === 'string' ? Buffer.from(part, 'utf8') : part, target);
    fsyncSync(fd);
    closeSync(fd);
  } catch (err) {
    closeQuietly(fd);
    unlinkQuietly(tmp);
    throw Object.assign(err as Error, { path: target });
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    unlinkQuietly(tmp);
    throw Object.assign(err as Error, { path: target });
  }
}

function writeAll(fd: number, buf: Uint8Array, target: string): void {
  injectedFault(target, buf.length);
  for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off);
}

/**
 * Tests of a full disk set REFAUDIT_TEST_ENOSPC to a part of the target's path: writes to such a
 * target fail as a full disk would (a real small tmpfs needs root; this works everywhere).
 */
function injectedFault(target: string, size: number): void {
  const match = process.env.REFAUDIT_TEST_ENOSPC;
  if (match && size > 0 && target.includes(match)) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC' });
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* never created, or already gone */
  }
}
