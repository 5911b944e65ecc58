/**
 * Two mistakes of the keyword's language choice seen on clickhouse-docs (2026-11-30, on held-out
 * judgments of bench/relevance), each on its own fixture, through the executable:
 * - a stop word of a language the site barely has ("os", Portuguese) sent an English keyword to
 *   the one page read in that language, which never says it (fixtures/test-sites/stray-language-stopword);
 * - a French word written with an accent ("système") did not vote for French because a French page
 *   read as English holds it once; read in English it stems to "system" and the keyword landed on the
 *   English page (fixtures/test-sites/accented-keyword-word).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDirectory, type StaticServer } from '../../src/serve/static-server.js';
import { runCli } from '../support/demo-outputs.js';

interface Report {
  steps: { findings?: { ruleId: string; evidence: { url: string }[] }[]; tables?: { id: string; rows: Record<string, unknown>[] }[] }[];
}

async function audit(server: StaticServer, keyword: string, ...extra: string[]): Promise<Report> {
  const { code, stdout, stderr } = await runCli(['audit', server.url, '--keyword', keyword, ...extra, '--format', 'json', '-q']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/** The best page the report names for the keyword (table target-keywords). */
function bestPage(report: Report, keyword: string): unknown {
  const rows = report.steps.flatMap((s) => s.tables ?? []).filter((t) => t.id === 'target-keywords').flatMap((t) => t.rows);
  const row = rows.find((r) => r.keyword === keyword);
  expect(row).toBeDefined();
  return row!.page;
}

const fixture = (name: string) => join(import.meta.dirname, '../../fixtures/test-sites', name);

/** Serves a fixture site for the tests of the enclosing describe; the server is read once they run. */
function servedFixture(name: string): () => StaticServer {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDirectory(fixture(name));
  });
  afterAll(() => server?.close());
  return () => server!;
}

describe('an English keyword with a stop word of a language the site barely has', () => {
  const served = servedFixture('stray-language-stopword');

  const KW = 'build clickhouse on mac os x';
  it('is read in English and lands on the English build page, without a market', async () => {
    const server = served();
    expect(bestPage(await audit(server, KW), KW)).toBe(new URL('/build-osx/', server.url).href);
  });

  it('and with --market en', async () => {
    const server = served();
    expect(bestPage(await audit(server, KW, '--market', 'en'), KW)).toBe(new URL('/build-osx/', server.url).href);
  });
});

describe('a French keyword whose accented word a misread page also holds', () => {
  const served = servedFixture('accented-keyword-word');

  it('is read in French and lands on the French page, without a market', async () => {
    const server = served();
    const report = await audit(server, 'tables système');
    // The condition of the mistake: the half-English French page is read as English.
    const contradictions = report.steps.flatMap((s) => s.findings ?? []).filter((f) => f.ruleId === 'lang-contradicts-text');
    expect(contradictions.flatMap((f) => f.evidence.map((e) => e.url))).toContain(new URL('/fr/operations/settings/', server.url).href);
    expect(bestPage(report, 'tables système')).toBe(new URL('/fr/operations/system-tables/', server.url).href);
  });

  it('while the same words unaccented stay English', async () => {
    const server = served();
    expect(bestPage(await audit(server, 'system tables'), 'system tables')).toBe(new URL('/operations/system-tables/', server.url).href);
  });
});

describe('an English keyword holding a French stop word that the English pages write as an acronym', () => {
  // ai-safety-atlas (2026-11-30, a held-out judgment of bench/relevance): "ai" is a French stop word,
  // the English pages write "AI" as often as the French ones, and the keyword went to /fr/impact.
  const served = servedFixture('market-language-kept');

  const KW = 'ai safety atlas impact';
  it('lands on the English page with --market en', async () => {
    const server = served();
    expect(bestPage(await audit(server, KW, '--market', 'en'), KW)).toBe(new URL('/impact/', server.url).href);
  });

  it('and without a market', async () => {
    const server = served();
    expect(bestPage(await audit(server, KW), KW)).toBe(new URL('/impact/', server.url).href);
  });
});
