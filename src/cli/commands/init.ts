import { resolve } from 'node:path';
import { initConfig } from '../../config/init.js';
import type { CliIO } from '../main.js';
import { parseSiteUrl } from '../options.js';

export async function runInitCommand(opts: { site?: string; dir: string; force?: boolean }, io: CliIO): Promise<number> {
  const file = initConfig(resolve(io.cwd, opts.dir), { ...(opts.site ? { site: parseSiteUrl(opts.site) } : {}), force: opts.force === true });
  io.stderr.write(`refaudit: wrote ${file}\n`);
  return 0;
}
