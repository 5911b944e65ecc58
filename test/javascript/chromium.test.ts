/**
 * Which Chromium --render drives, and the one line a user gets when there is none. Runs with or
 * without a browser installed: the PATH and the environment are the test's own.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/crawl/render/chromium.js';
import { takeRenderOptions } from '../../src/crawl/render/options.js';
import { InputError } from '../../src/util/errors.js';

function fakeBrowser(name: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'refaudit-chromium-'));
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return { dir, file };
}

const failure = (fn: () => unknown): InputError => {
  try {
    fn();
  } catch (err) {
    return err as InputError;
  }
  throw new Error('expected an InputError');
};

describe('findChromium', () => {
  it('takes the first usual name on the PATH', () => {
    const a = fakeBrowser('google-chrome');
    const b = fakeBrowser('chromium-browser');
    expect(findChromium(null, { PATH: `/nonexistent:${a.dir}:${b.dir}` })).toBe(a.file);
  });

  it('prefers --chromium, then REFAUDIT_CHROMIUM, to the PATH', () => {
    const onPath = fakeBrowser('chromium');
    const given = fakeBrowser('my-chrome');
    const fromEnv = fakeBrowser('env-chrome');
    expect(findChromium(given.file, { PATH: onPath.dir, REFAUDIT_CHROMIUM: fromEnv.file })).toBe(given.file);
    expect(findChromium(undefined, { PATH: onPath.dir, REFAUDIT_CHROMIUM: fromEnv.file })).toBe(fromEnv.file);
  });

  it('fails with one line, exit 2 and the install hint when there is none', () => {
    const err = failure(() => findChromium(null, { PATH: '/nonexistent' }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('--render needs Chromium and none was found on the PATH (chromium, chromium-browser, google-chrome, google-chrome-stable): install it (Debian/Ubuntu: apt-get install chromium) or give --chromium PATH (or REFAUDIT_CHROMIUM)');
    expect(err.message).not.toContain('\n');
  });

  it('names a given path that is not an executable', () => {
    expect(failure(() => findChromium('/nonexistent/chrome', { PATH: '' })).message).toBe('--chromium /nonexistent/chrome: not an executable file');
    const plain = join(mkdtempSync(join(tmpdir(), 'refaudit-chromium-')), 'chromium');
    writeFileSync(plain, 'not a program');
    chmodSync(plain, 0o644);
    expect(failure(() => findChromium(null, { PATH: '', REFAUDIT_CHROMIUM: plain })).message).toBe(`REFAUDIT_CHROMIUM=${plain}: not an executable file`);
  });
});

describe('takeRenderOptions', () => {
  it('takes the render keys out of the crawl options and looks for no browser when rendering is off', () => {
    const given: Record<string, unknown> = { concurrency: 4, render: false, renderConcurrency: 3, chromium: '/nonexistent' };
    expect(takeRenderOptions(given)).toBeUndefined();
    expect(given).toEqual({ concurrency: 4 });
  });

  it('fills the defaults when rendering is on', () => {
    const b = fakeBrowser('chromium');
    expect(takeRenderOptions({ render: true, chromium: b.file })).toEqual({ chromium: b.file, concurrency: 2, timeoutMs: 20_000, thirdParty: false });
    expect(takeRenderOptions({ render: true, chromium: b.file, renderConcurrency: 5, renderTimeoutMs: 3000, renderThirdParty: true })).toEqual({ chromium: b.file, concurrency: 5, timeoutMs: 3000, thirdParty: true });
  });
});

describe('crawl.render in the config', () => {
  it('is read with its options, and a wrong type is one line naming the field', async () => {
    const { loadConfig } = await import('../../src/config/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'refaudit-render-cfg-'));
    const file = join(dir, 'refaudit.config.json');
    writeFileSync(file, JSON.stringify({ site: 'https://x.example/', crawl: { render: true, renderConcurrency: 4, renderTimeoutMs: 5000, renderThirdParty: true, chromium: 'bin/chrome' } }));
    expect(loadConfig(file).crawl).toEqual({ render: true, renderConcurrency: 4, renderTimeoutMs: 5000, renderThirdParty: true, chromium: join(dir, 'bin/chrome') });
    writeFileSync(file, JSON.stringify({ site: 'https://x.example/', crawl: { render: 'yes' } }));
    const err = failure(() => loadConfig(file));
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/^.*refaudit\.config\.json: crawl\.render: expected true or false/);
  });
});
