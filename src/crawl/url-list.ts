/**
 * The file of `--list`: one URL a line, `#` starts a comment (a whole line, or after a space),
 * blank lines skipped. A line that is not an absolute http(s) URL, or names another site than the
 * first URL, is reported with its line number and left out; none usable is an input error.
 */
import { readFileSync } from 'node:fs';
import { InputError, type InputProblem } from '../util/errors.js';
import { normalizeUrl } from './url.js';
import { hostnameOf } from './scope.js';

export interface UrlList {
  urls: string[];
  problems: InputProblem[];
}

export function parseUrlList(text: string, file: string): UrlList {
  const urls: string[] = [];
  const problems: InputProblem[] = [];
  let host: string | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const url = /^https?:\/\//i.test(line) ? normalizeUrl(line) : null;
    if (!url) return void problems.push({ file, line: i + 1, message: `not an absolute http(s) URL: ${line.slice(0, 100)}` });
    const h = hostnameOf(url);
    if (host !== null && h !== host) return void problems.push({ file, line: i + 1, message: `${url} is not on ${host}, the site of the first URL (one site an audit)` });
    host ??= h;
    if (!urls.includes(url)) urls.push(url);
  });
  return { urls, problems };
}

export function readUrlList(path: string): UrlList {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`--list ${path}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const list = parseUrlList(text, path);
  if (!list.urls.length) {
    const first = list.problems[0];
    throw new InputError(`--list ${path}: no usable URL${first ? ` (line ${first.line}: ${first.message})` : ' (the file is empty)'}`);
  }
  return list;
}
