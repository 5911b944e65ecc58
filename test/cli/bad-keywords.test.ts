/**
 * Bad keywords (#12 "Bad input"): an empty keyword, one of stop words only, one longer than ten
 * words, each named in one line of the report while the audit goes on and scores the others;
 * through the executable, against the French blog fixture served on 127.0.0.1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { runCli } from '../support/demo-outputs.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/french-blog-lang-en');
const LONG = 'un deux trois quatre cinq six sept huit neuf dix onze mots';

describe('an audit given bad keywords', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(SITE);
  });
  afterAll(() => server.close());

  it('names each in one line and goes on with the others (exit 0, no stack)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-badkw-'));
    const file = join(dir, 'kw.txt');
    writeFileSync(file, `réemploi des matériaux;1\n;2\nde la les;1\n${LONG};2\n`);
    const { code, stdout, stderr } = await runCli(['audit', server.url, '--keywords', file, '--format', 'markdown', '-q']);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/\n\s+at /);
    const lines = stdout.split('\n');
    const one = (re: RegExp) => expect(lines.filter((l) => re.test(l))).toHaveLength(1);
    // The markdown report lists input problems as a table row: file, line, message.
    one(/\| kw\.txt \| 2 \|.*\| empty keyword \|/);
    one(/Keyword "de la les" not scored: only stop words\./);
    one(new RegExp(`Keyword "${LONG}" not scored: 12 words, more than 10: a sentence, not a search query\\.`));
    // The good keyword is scored on its post.
    expect(stdout).toMatch(/réemploi des matériaux.*\/reemploi-materiaux\//);
  });

  it('refuses an empty --keyword on the command line as a usage error, in one line', async () => {
    const { code, stderr } = await runCli(['audit', server.url, '--keyword', '', '-q']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['refaudit: --keyword: expected a value, got an empty one']);
  });
});
