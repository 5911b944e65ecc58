/**
 * findConfig on its own: the nearest config upward from a folder, bounded by the repository root,
 * and the CLI's choice between an explicit --config, the config found, and none.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES, findConfig } from '../../src/config/find.js';
import { main, type CliIO } from '../../src/cli/main.js';

/** A fresh folder marked as a repository root, so the search never wanders into the real /tmp. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'refaudit-find-'));
  mkdirSync(join(root, '.git'));
  return root;
}

function mkdirs(...parts: string[]): string {
  const dir = join(...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('findConfig', () => {
  it('finds the config in the folder itself', () => {
    const root = repo();
    writeFileSync(join(root, 'refaudit.config.json'), '{}');
    expect(findConfig(root)).toBe(join(root, 'refaudit.config.json'));
  });

  it('walks up from a nested folder to the nearest config', () => {
    const root = repo();
    const deep = mkdirs(root, 'a', 'b', 'c');
    writeFileSync(join(root, 'refaudit.config.json'), '{}');
    expect(findConfig(deep)).toBe(join(root, 'refaudit.config.json'));
    // A nearer one wins over the one at the root.
    writeFileSync(join(root, 'a', 'refaudit.config.yaml'), 'site: https://x.example/\n');
    expect(findConfig(deep)).toBe(join(root, 'a', 'refaudit.config.yaml'));
  });

  it('prefers .json, then .yaml, then .yml in one folder', () => {
    expect(CONFIG_NAMES).toEqual(['refaudit.config.json', 'refaudit.config.yaml', 'refaudit.config.yml']);
    const root = repo();
    writeFileSync(join(root, 'refaudit.config.yml'), '{}');
    expect(findConfig(root)).toBe(join(root, 'refaudit.config.yml'));
    writeFileSync(join(root, 'refaudit.config.yaml'), '{}');
    expect(findConfig(root)).toBe(join(root, 'refaudit.config.yaml'));
    writeFileSync(join(root, 'refaudit.config.json'), '{}');
    expect(findConfig(root)).toBe(join(root, 'refaudit.config.json'));
  });

  it('returns null when there is none up to the repository root', () => {
    const root = repo();
    expect(findConfig(mkdirs(root, 'src', 'deep'))).toBeNull();
    // Another file with a config-like name is not a config.
    writeFileSync(join(root, 'refaudit.json'), '{}');
    expect(findConfig(root)).toBeNull();
  });

  it('stops at the repository root (a .git folder or file): a config above it is not used', () => {
    const outside = mkdtempSync(join(tmpdir(), 'refaudit-find-outer-'));
    writeFileSync(join(outside, 'refaudit.config.json'), '{}');
    const inner = mkdirs(outside, 'project');
    writeFileSync(join(inner, '.git'), 'gitdir: ../elsewhere\n'); // a worktree or submodule
    expect(findConfig(mkdirs(inner, 'sub'))).toBeNull();
  });

  it('resolves a relative start folder against the working directory before walking up', () => {
    const root = repo();
    writeFileSync(join(root, 'refaudit.config.json'), '{}');
    const deep = mkdirs(root, 'a', 'b');
    const was = process.cwd();
    process.chdir(deep);
    try {
      expect(findConfig('.')).toBe(join(root, 'refaudit.config.json'));
    } finally {
      process.chdir(was);
    }
  });
});

describe('which config the audit command reads', () => {
  function io(cwd: string): CliIO & { err: () => string } {
    let err = '';
    const sink = (onWrite: (s: string) => void) => ({ isTTY: false, write: (s: string) => (onWrite(String(s)), true) }) as unknown as NodeJS.WriteStream;
    return { cwd, env: { NO_COLOR: '1' }, stdout: sink(() => undefined), stderr: sink((s) => (err += s)), err: () => err };
  }

  // Each config is invalid in its own way, so the error line says which one was read, before any crawl.
  function setup(): { root: string; cwd: string; found: string; explicit: string } {
    const root = repo();
    const found = join(root, 'refaudit.config.json');
    writeFileSync(found, JSON.stringify({ site: 'https://x.example/', markets: ['nowhere'] }));
    const explicit = join(mkdirs(root, 'configs'), 'staging.json');
    writeFileSync(explicit, JSON.stringify({ site: 'https://x.example/', markets: ['atlantis'] }));
    return { root, cwd: mkdirs(root, 'a', 'b'), found, explicit };
  }

  it('reads the config found upward from the working directory', async () => {
    const { cwd, found } = setup();
    const o = io(cwd);
    expect(await main(['node', 'refaudit', 'audit'], o)).toBe(2);
    expect(o.err()).toBe(`refaudit: ${found}: markets[0]: expected a market like "fr-MA" or "MA", got "nowhere"\n`);
  });

  it('reads an explicit --config (relative to the working directory) instead of the one found', async () => {
    const { cwd, explicit } = setup();
    const o = io(cwd);
    expect(await main(['node', 'refaudit', 'audit', '--config', '../../configs/staging.json'], o)).toBe(2);
    expect(o.err()).toBe(`refaudit: ${explicit}: markets[0]: expected a market like "fr-MA" or "MA", got "atlantis"\n`);
  });

  it('reads none with --no-config', async () => {
    const { cwd } = setup();
    const o = io(cwd);
    expect(await main(['node', 'refaudit', 'audit', '--no-config'], o)).toBe(2);
    expect(o.err()).toMatch(/^refaudit: no site to audit/);
  });
});
