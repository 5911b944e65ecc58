/**
 * Directory audience shares in the config: a mistake is one line naming the field, exit 2.
 * (Shares past 100 in a market cannot be said in JSON Schema: the validator alone checks them.)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/load.js';
import { mergeFlags } from '../../src/config/merge.js';
import { InputError } from '../../src/util/errors.js';

const FILE = '/cfg/refaudit.config.json';
const dir = (share: unknown, extra: Record<string, unknown> = {}) => ({ url: 'https://annuaire.example/', share, shareSource: 'étude 2026', ...extra });
const verdict = (data: unknown) => {
  try {
    validateConfig(data, FILE);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
};

describe('directory shares past 100 in a market', () => {
  it.each<[string, unknown[], string[], string]>([
    ['two numbers', [dir(60), dir(50)], [], 'directories[1].share: directory shares in every market add up to 110 % (directories[0] 60 + directories[1] 50), over 100'],
    ['a number and a market', [dir(60), dir({ 'fr-MA': 45 })], [], 'directories[1].share: directory shares in fr-MA add up to 105 % (directories[0] 60 + directories[1] 45), over 100'],
    ['a country key and a language key meeting in fr-MA', [dir({ MA: 60 }), dir({ fr: 50 })], [], 'directories[1].share: directory shares in fr-MA add up to 110 % (directories[0] 60 + directories[1] 50), over 100'],
  ])('%s', (_, directories, markets, message) => {
    expect(verdict({ markets, directories })).toBe(`${FILE}: ${message}`);
  });

  it('accepts shares that add up to 100 at most in each market, even past 100 across markets', () => {
    expect(verdict({ markets: ['fr-MA', 'fr-FR'], directories: [dir({ 'fr-MA': 70, 'fr-FR': 10 }), dir({ 'fr-MA': 30, 'fr-FR': 80 })] })).toBeNull();
  });

  it('catches markets no config market names, from the keys and their crossings; --market is checked the same way', () => {
    expect(verdict({ markets: [], directories: [dir({ 'ar-MA': 60 }), dir({ MA: 50 })] })).toMatch(/directories\[1\]\.share: directory shares in ar-MA add up to 110 %/);
    expect(verdict({ markets: [], directories: [dir({ fr: 60 }), dir({ MA: 50 })] })).toMatch(/directories\[1\]\.share: directory shares in fr-MA add up to 110 %/);
    const cfg = validateConfig({ directories: [dir({ MA: 60 }), dir({ fr: 30 })] }, FILE);
    expect(mergeFlags(cfg, { market: ['fr-MA', 'fr'] }).markets.map((m) => m.id)).toEqual(['fr-MA', 'fr']);
  });
});

describe('the CLI on a bad share: one line naming the field, exit 2', () => {
  const run = (args: string[]) =>
    new Promise<{ code: number; stderr: string; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [join(import.meta.dirname, '../../bin/refaudit'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code: code ?? -1, stderr, stdout }));
    });

  it.each<[string, unknown[], string]>([
    ['a share outside 0-100', [dir(120)], 'directories[0].share: expected a number from 0 to 100, got 120'],
    ['shares past 100 in a market', [dir({ 'fr-MA': 70 }), dir({ 'fr-MA': 40 })], 'directories[1].share: directory shares in fr-MA add up to 110 % (directories[0] 70 + directories[1] 40), over 100'],
    ['a share without a source', [{ url: 'https://annuaire.example/', share: 20 }], 'directories[0].shareSource: expected where the share comes from (a study, the directory\'s audience figures) since "share" is set, got nothing'],
  ])('%s', async (_, directories, message) => {
    const d = mkdtempSync(join(tmpdir(), 'refaudit-share-'));
    const file = join(d, 'refaudit.config.json');
    writeFileSync(file, JSON.stringify({ site: 'http://127.0.0.1:1/', markets: ['fr-MA'], directories }));
    const r = await run(['audit', '--config', file, '--no-history']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`refaudit: ${file}: ${message}\n`);
    expect(r.stdout).toBe('');
  });
});
