/**
 * The README's cron script and GitHub Actions workflow, run as written against a fixture site on
 * 127.0.0.1, with `refaudit` on the PATH (the built bin/refaudit; the global install itself is
 * proved by .ci/install-check) and `mail` replaced by a stub that records what it was asked to send.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory } from '../../src/serve/static-server.js';
import { BASIC_SITE, BIN, ROOT } from './support.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('## Periodic audits (cron, CI)'), README.indexOf('## Layout'));
const cronScript = /```sh\n(#!\/bin\/sh\n[\s\S]*?)```/.exec(section)?.[1];
const workflow = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];

type Server = Awaited<ReturnType<typeof serveDirectory>>;
let server: Server;
let siteDir = '';
const work = mkdtempSync(join(tmpdir(), 'refaudit-readme-'));
const binDir = join(work, 'bin');
const mailLog = join(work, 'mail.log');

beforeAll(async () => {
  siteDir = join(work, 'site');
  cpSync(BASIC_SITE, siteDir, { recursive: true });
  server = await serveDirectory(siteDir, { port: 0 });
  mkdirSync(binDir);
  // `refaudit` as a global install puts it on the PATH; `mail` records its subject and body.
  writeFileSync(join(binDir, 'refaudit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  writeFileSync(join(binDir, 'mail'), `#!/bin/sh\n{ echo "mail $*"; cat; echo "--- end"; } >> "${mailLog}"\n`);
  chmodSync(join(binDir, 'refaudit'), 0o755);
  chmodSync(join(binDir, 'mail'), 0o755);
});
afterAll(() => server?.close());

function sh(script: string, cwd: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', script], { cwd, env: { ...process.env, NO_COLOR: '1', PATH: `${binDir}:${process.env.PATH}` } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

const mails = () => (existsSync(mailLog) ? readFileSync(mailLog, 'utf8').split('--- end\n').filter(Boolean) : []);

describe("the README's examples, as written", () => {
  it('are in the README', () => {
    expect(cronScript).toMatch(/refaudit audit --config refaudit\.config\.json --fail-on regression/);
    expect(workflow).toMatch(/- run: refaudit audit /);
    // Nothing from a registry refaudit is not published on.
    expect(section).not.toMatch(/npx refaudit/);
  });

  it('cron: mails "regression" on exit 1 only, and a failed audit as a failure, never as a regression', async () => {
    const dir = join(work, 'audits');
    mkdirSync(dir);
    writeFileSync(join(dir, 'weekly.sh'), cronScript!);
    chmodSync(join(dir, 'weekly.sh'), 0o755);
    writeFileSync(join(dir, 'refaudit.config.json'), JSON.stringify({ site: server.url, markets: ['fr-FR'] }));
    const weekly = join(dir, 'weekly.sh');

    // Week 1: the baseline. Nothing to mail.
    const first = await sh(weekly, tmpdir());
    expect(first.code, first.stderr).toBe(0);
    expect(mails()).toEqual([]);

    // Week 2: the blog index is gone (404): a regression, mailed with this week's report.
    writeFileSync(join(siteDir, '_redirects'), `${readFileSync(join(siteDir, '_redirects'), 'utf8')}/blog/ /nope.html 404\n`);
    const second = await sh(weekly, tmpdir());
    expect(second.code, second.stderr).toBe(1);
    expect(mails()).toHaveLength(1);
    expect(mails()[0]).toMatch(/^mail -s refaudit: regression seo@example\.ma\n/);
    expect(mails()[0]).toContain(readFileSync(join(dir, 'out/refaudit-report.txt'), 'utf8'));

    // Week 3: the site is down (exit 3): mailed as a failed audit, not as a regression with week 2's report.
    await server.close();
    const third = await sh(weekly, tmpdir());
    expect(third.code).toBe(3);
    expect(mails()).toHaveLength(2);
    expect(mails()[1]).toMatch(/^mail -s refaudit: audit failed \(exit 3\) seo@example\.ma\nrefaudit exited 3 /);
    server = await serveDirectory(siteDir, { port: 0 });
  }, 120_000);

  it("GitHub Actions: the workflow's refaudit step writes the HTML report and exits as --fail-on says", async () => {
    const dir = join(work, 'ci');
    mkdirSync(dir);
    writeFileSync(join(dir, 'refaudit.config.json'), JSON.stringify({ site: server.url, markets: ['fr-FR'] }));
    const steps = [...workflow!.matchAll(/^\s*- run: (refaudit .*)$/gm)].map((m) => m[1]!);
    expect(steps).toHaveLength(1);
    // Run twice, as two scheduled runs share the .refaudit cache.
    for (const step of [steps[0]!, steps[0]!]) {
      const r = await sh(step, dir);
      expect([0, 1], r.stderr).toContain(r.code);
      if (r.code === 1) expect(r.stderr.trim()).toMatch(/^refaudit: --fail-on: \d+ critical finding\(s\)$/);
      expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    }
    expect(existsSync(join(dir, '.refaudit'))).toBe(true);
  }, 120_000);
});
