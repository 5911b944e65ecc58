/**
 * `mkdir -p` that always ends. Node 20's `mkdirSync(dir, { recursive: true })` never returns when a
 * parent exists but cannot hold folders (`/proc/1/nope`: mkdir gives ENOENT, the parent EEXIST,
 * and it retries forever; the same walk hung bun, oven-sh/bun#36162). Here each missing folder is
 * made once, from the deepest existing one down, and the first error is thrown as it is.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeFolder(dir: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  // At most one step a path component: dirname of the root is the root.
  while (!exists(at)) {
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (err) {
      // Made meanwhile by someone else: fine if it is a folder.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw err;
    }
  }
  if (!statSync(resolve(dir)).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${dir}'`), { code: 'ENOTDIR', path: dir });
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
