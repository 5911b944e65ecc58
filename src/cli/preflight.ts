/**
 * Everything about an audit command that can be wrong before the crawl is checked before it, so a
 * mistake costs a second, not a crawl: flag combinations, markets, output paths and the history
 * folder (each probed by creating and removing a file there). Each failure is one line, exit 2.
 */
import { statSync, unlinkSync, writeFileSync } from 'node:fs';
import { makeFolder } from '../util/make-folder.js';
import { dirname, resolve } from 'node:path';
import type { RefauditConfig } from '../config/types.js';
import { InputError } from '../util/errors.js';
import { tempPathFor } from '../util/atomic-file.js';
import { crawlFlags } from './crawl-flags.js';

const CRAWL_FLAG_NAMES: Record<string, string> = {
  userAgent: '--user-agent', concurrency: '--concurrency', rate: '--rate', maxPages: '--max-pages', maxDepth: '--max-depth',
  maxBytes: '--max-bytes', timeoutMs: '--timeout', timeBudgetMs: '--time-budget', subdomains: '--subdomains', include: '--include',
  exclude: '--exclude', stripTracking: '--strip-tracking',
};

/** Flags that contradict each other or do nothing in this combination. */
export function checkFlagCombinations(url: string | undefined, opts: Record<string, unknown>): void {
  if (typeof opts.from === 'string') {
    if (url) throw new InputError(`give a URL or --from ${opts.from}, not both: a snapshot is audited as the site it was crawled from`);
    // --threads is the whole audit's, not only the crawl's: it holds with --from.
    const given = Object.keys(crawlFlags(opts)).filter((k) => k !== 'threads').map((k) => CRAWL_FLAG_NAMES[k] ?? k);
    if (given.length) throw new InputError(`${given.join(', ')}: crawl flags do nothing with --from (the snapshot is already crawled); crawl again with them`);
  }
  if (opts.output && opts.outputDir) throw new InputError('give --output or --output-dir, not both');
}

/** --fail-on regression compares with the history: without one it could never fire. */
export function checkFailOnHistory(config: RefauditConfig, historyDir: string | null): void {
  if (config.failOn.includes('regression') && historyDir === null) {
    throw new InputError('--fail-on regression needs the history to compare with: drop --no-history (or give --history DIR)');
  }
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Intl gives back the code itself for one it does not know. */
const known = (names: Intl.DisplayNames, code: string) => {
  try {
    const name = names.of(code);
    return name !== undefined && name.toLowerCase() !== code.toLowerCase();
  } catch {
    return false;
  }
};

/**
 * Markets from flags or config: an unknown country or language is an error (not a silent fall back
 * to worldwide shares); a real country without share data says so and uses worldwide.
 */
export function checkMarkets(config: RefauditConfig, shareCountries: ReadonlySet<string>, warn: (m: string) => void): void {
  for (const m of config.markets) {
    if (m.country !== 'WW' && !known(regionNames, m.country)) throw new InputError(`market ${m.id}: "${m.country}" is not a country code (ISO 3166-1, like MA or FR)`);
    if (m.language && !known(languageNames, m.language)) throw new InputError(`market ${m.id}: "${m.language}" is not a language code (ISO 639-1, like fr or ar)`);
    if (!shareCountries.has(m.country)) warn(`market ${m.id}: no audience shares for ${m.country} in the engines data: worldwide shares are used`);
  }
}

/** Can a file be created in `dir`? Probed for real: permissions, read-only mounts, quotas all show. */
function probeFolder(dir: string, what: string): void {
  const probe = tempPathFor(resolve(dir, 'refaudit-probe'));
  try {
    writeFileSync(probe, '', { flag: 'wx' });
    unlinkSync(probe);
  } catch (err) {
    throw new InputError(`${what}: cannot write in ${dir} (${describe(err, 'files')})`);
  }
}

/**
 * The error in words. ENOENT when the folder (or the parent of the one made) exists means its file
 * system takes no new entries there (/proc, /sys), not that the folder is missing.
 */
function describe(err: unknown, made?: 'files' | 'folders'): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'ENOENT') return made ? `its file system takes no new ${made} there` : 'no such folder';
  if (code === 'ENOTDIR') return 'a part of the path is a file';
  return (err as Error).message;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** --output FILE: its folder exists and takes a new file; FILE is not a folder. */
export function checkOutputFile(file: string, flag = '--output'): void {
  const st = statOrNull(file);
  if (st?.isDirectory()) throw new InputError(`${flag} ${file}: is a folder (give a file name${flag === '--output' ? ', or use --output-dir' : ''})`);
  const dir = dirname(file);
  const dst = statOrNull(dir);
  if (!dst) throw new InputError(`${flag} ${file}: folder ${dir} does not exist`);
  if (!dst.isDirectory()) throw new InputError(`${flag} ${file}: ${dir} is not a folder`);
  probeFolder(dir, `${flag} ${file}`);
}

/** --output-dir DIR (created if missing) and the history folder: a folder refaudit can write in. */
export function checkWritableFolder(dir: string, what: string): void {
  const st = statOrNull(dir);
  if (st && !st.isDirectory()) throw new InputError(`${what} ${dir}: is a file, not a folder`);
  if (!st) {
    try {
      makeFolder(dir);
    } catch (err) {
      throw new InputError(`${what} ${dir}: cannot create the folder (${describe(err, 'folders')})`);
    }
  }
  probeFolder(dir, `${what} ${dir}`);
}
