/**
 * Parsers for flag values: each turns a bad value into one clear InputError line (exit 2)
 * instead of a NaN travelling into the crawl.
 */
import { InputError } from '../util/errors.js';

export function intOption(flag: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InputError(`${flag}: expected a whole number ≥ ${min}, got "${value}"`);
    }
    return n;
  };
}

export function floatOption(flag: string, min = 0) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n <= min) {
      throw new InputError(`${flag}: expected a number > ${min}, got "${value}"`);
    }
    return n;
  };
}

const SIZE_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `10MB`, `512k`, `1048576`; zero is refused (a limit of nothing would fetch nothing). */
export function sizeOption(flag: string) {
  return (value: string): number => {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = m ? SIZE_UNITS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || unit === undefined) throw new InputError(`${flag}: expected a size like 10MB or 512k, got "${value}"`);
    const n = Math.round(Number(m[1]) * unit);
    if (n < 1) throw new InputError(`${flag}: expected a size above zero, like 10MB or 512k, got "${value}"`);
    return n;
  };
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, '': 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** `15s`, `500ms`, `2m`, `30` (seconds). Returns milliseconds. */
export function durationOption(flag: string) {
  return (value: string): number => {
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = m ? DURATION_UNITS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || unit === undefined) throw new InputError(`${flag}: expected a duration like 15s, 500ms or 2m, got "${value}"`);
    const ms = Math.round(Number(m[1]) * unit);
    // A zero timeout or budget would end every request or the crawl before it starts.
    if (ms < 1) throw new InputError(`${flag}: expected a duration above zero, like 15s, 500ms or 2m, got "${value}"`);
    return ms;
  };
}

/** Repeatable flag: commander calls this with each value and the previous array. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Repeatable flag whose value cannot be empty (`-k ""` would be a keyword of nothing). */
export function collectNonEmpty(flag: string) {
  return (value: string, previous: string[] | undefined): string[] => {
    if (value.trim() === '') throw new InputError(`${flag}: expected a value, got an empty one`);
    return [...(previous ?? []), value];
  };
}

/**
 * An --include / --exclude pattern, checked as the crawl will compile it (src/crawl/scope.ts):
 * `/regex/flags` or a glob, so that a bad regex is a usage error before the crawl, not an internal
 * error in the middle of it.
 */
export function pathPattern(flag: string) {
  return (value: string, previous: string[] | undefined): string[] => {
    if (value.trim() === '') throw new InputError(`${flag}: expected a glob or /regex/, got an empty one`);
    const re = /^\/(.+)\/([a-z]*)$/.exec(value);
    if (re) {
      try {
        new RegExp(re[1]!, re[2]);
      } catch (err) {
        throw new InputError(`${flag}: not a valid regular expression: ${value} (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`);
      }
    }
    return [...(previous ?? []), value];
  };
}

export function choiceOption<T extends string>(flag: string, choices: readonly T[]) {
  return (value: string, previous: T[] | undefined): T[] => {
    const parts = value.split(',').map((v) => v.trim()).filter(Boolean);
    for (const p of parts) {
      if (!(choices as readonly string[]).includes(p)) {
        throw new InputError(`${flag}: expected one of ${choices.join(', ')}, got "${p}"`);
      }
    }
    return [...(previous ?? []), ...(parts as T[])];
  };
}

/** A site URL given on the command line: http(s) only, with a host. */
export function parseSiteUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(`not a URL: "${value}" (expected something like https://www.example.com/)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`unsupported scheme "${url.protocol.replace(/:$/, '')}" in ${value}: refaudit audits http and https sites`);
  }
  if (!url.hostname) throw new InputError(`no host in URL: "${value}"`);
  return url.href;
}
