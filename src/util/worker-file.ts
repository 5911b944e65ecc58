/**
 * The compiled file of a worker thread beside the module asking for it: in dist/ when refaudit runs
 * compiled, and dist/'s copy when it runs from its TypeScript sources (the tests, after `npm run
 * build`). Null when there is none: the caller then does the work on the main thread.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export function compiledWorker(moduleUrl: string, name: string): string | null {
  const here = fileURLToPath(moduleUrl);
  let dir = dirname(here);
  if (here.endsWith('.ts')) {
    // src/<path> → dist/<path>, from the package root (the folder holding src/).
    const parts = dir.split(sep);
    const at = parts.lastIndexOf('src');
    if (at < 0) return null;
    const root = parts.slice(0, at).join(sep) || sep;
    dir = join(root, 'dist', relative(join(root, 'src'), dir));
  }
  const file = join(dir, `${name}.js`);
  return existsSync(file) ? file : null;
}
