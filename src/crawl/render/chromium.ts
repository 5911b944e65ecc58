/**
 * Which Chromium `--render` drives: the one given (`--chromium PATH`, `crawl.chromium`), else
 * REFAUDIT_CHROMIUM, else the first of the usual names on the PATH. refaudit never downloads a
 * browser: a system package is kept up to date by the system (Debian's `chromium`).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { InputError } from '../../util/errors.js';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HINT = 'install it (Debian/Ubuntu: apt-get install chromium) or give --chromium PATH (or REFAUDIT_CHROMIUM)';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function findChromium(given: string | null | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (given) {
    if (!isExecutable(given)) throw new InputError(`--chromium ${given}: not an executable file`);
    return given;
  }
  const fromEnv = env.REFAUDIT_CHROMIUM;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new InputError(`REFAUDIT_CHROMIUM=${fromEnv}: not an executable file`);
    return fromEnv;
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const name of CHROMIUM_NAMES) {
      const file = join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  throw new InputError(`--render needs Chromium and none was found on the PATH (${CHROMIUM_NAMES.join(', ')}): ${INSTALL_HINT}`);
}
