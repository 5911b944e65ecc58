/**
 * Snapshots on disk: JSON, gzipped when the file name ends in .gz. Reading checks the version and
 * shape, so a wrong file is one clear line rather than a crash deep in an analysis.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { InputError } from '../util/errors.js';
import { SNAPSHOT_VERSION, type SiteSnapshot } from './types.js';

export function writeSnapshot(path: string, snap: SiteSnapshot): void {
  const json = JSON.stringify(snap);
  try {
    writeFileSync(path, path.endsWith('.gz') ? gzipSync(json) : json);
  } catch (err) {
    throw new InputError(`cannot write snapshot ${path}: ${(err as Error).message}`);
  }
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
    const text = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    data = JSON.parse(text);
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
