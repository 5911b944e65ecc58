/**
 * `refaudit init`: a config file with every section filled by example. JSON has no comments, so
 * each section carries a "$comment" (a keyword JSON Schema reserves for exactly that).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../util/errors.js';

/** The config schema shipped with this refaudit (package.json "files" includes schema/). */
export const CONFIG_SCHEMA_FILE = fileURLToPath(new URL('../../schema/config.schema.json', import.meta.url));

/**
 * `$schema` as a path relative to the config file, to the schema of the refaudit that wrote it:
 * editors resolve it from the file, with no network (no registry or CDN serves refaudit's schema).
 */
export function schemaRef(configDir: string): string {
  const rel = relative(configDir, CONFIG_SCHEMA_FILE).split(sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export function initConfig(dir: string, opts: { site?: string; force?: boolean } = {}): string {
  const file = resolve(join(dir, 'refaudit.config.json'));
  if (existsSync(file) && !opts.force) throw new InputError(`${file} already exists (use --force to overwrite it)`);
  const config = {
    $schema: schemaRef(resolve(dir)),
    $comment: 'refaudit config. Every audit flag can be set here; a flag on the command line wins. Paths are relative to this file.',
    site: opts.site ?? 'https://www.example.com/',
    markets: ['fr-FR'],
    keywords: [
      { keyword: 'exemple de mot-clé principal', priority: 1, volume: 1000, category: 'offre' },
      'mot-clé secondaire',
    ],
    competitors: [],
    engines: [],
    directories: [],
    objectives: {
      $comment: 'Step 1 scores each objective against what was measured. page1Keywords counts priority-1 keywords on page 1 of each engine.',
      coverageMin: 90,
      relevanceMin: 60,
      page1Keywords: { count: 10, engines: ['google', 'bing'] },
      maxCritical: 0,
    },
    crawl: { $comment: 'concurrency, rate (requests/s per host), maxPages, maxDepth, timeoutMs, include/exclude globs', concurrency: 8, maxPages: 10000 },
    rankings: { $comment: 'CSV (keyword,engine,market,position,url,date,volume), JSON, or Search Console exports', files: [] },
    queries: [],
    indexNowKey: null,
    history: '.refaudit',
    failOn: [],
  };
  try {
    writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  } catch (err) {
    throw new InputError(`cannot write ${file}: ${(err as Error).message}`);
  }
  return file;
}
