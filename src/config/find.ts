import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_NAMES = ['refaudit.config.json', 'refaudit.config.yaml', 'refaudit.config.yml'];

/** The nearest config file from this folder up to the repository root (or the filesystem root). */
export function findConfig(startDir: string): string | null {
  // Absolute first: dirname('.') is '.', so a relative start would never look above itself.
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(dir, '.git'))) return null;
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
