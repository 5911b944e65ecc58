/**
 * The audit end to end with a SERP provider standing in for SerpApi on 127.0.0.1: the report's
 * step 3 shows indexed ÷ indexable with the provider and date, coverage uses it; a spent quota is
 * an input problem and the report says which engines are estimated from crawlability only.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/pipeline/audit.js';
import { emptyConfig } from '../../src/config/empty.js';
import { serveDirectory } from '../../src/serve/static-server.js';
import { serveLocal, type LocalServer } from '../support/local-server.js';

const SITE = join(import.meta.dirname, '../../fixtures/test-sites/basic');
let site: Awaited<ReturnType<typeof serveDirectory>>;
let serp: LocalServer;
const asked: string[] = [];

beforeAll(async () => {
  site = await serveDirectory(SITE, { port: 0 });
  serp = await serveLocal((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    asked.push(`${url.searchParams.get('engine')} ${url.searchParams.get('q')}`);
    const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.searchParams.get('api_key') === 'spent') return json(429, { error: 'Your account has run out of searches.' });
    if (url.searchParams.get('q')?.startsWith('site:')) {
      return json(200, { search_information: { total_results: 1 }, organic_results: [{ position: 1, link: site.url }] });
    }
    return json(200, { organic_results: [] });
  });
});
afterAll(async () => {
  await site.close();
  await serp.close();
});

async function audit(key: string) {
  process.env.REFAUDIT_TEST_PRESENCE_KEY = key;
  const config = {
    ...emptyConfig(),
    site: site.url,
    markets: [{ id: 'fr-FR', country: 'FR', language: 'fr' }],
    engines: ['google', 'bing'],
    rankings: { files: [], provider: { name: 'serpapi', baseUrl: serp.origin, apiKeyEnv: 'REFAUDIT_TEST_PRESENCE_KEY', engines: ['google'] } },
  };
  const { report } = await runAudit({ config, from: null, historyDir: null });
  return report;
}

describe('effective presence through the SERP provider, in the audit', () => {
  it('shows indexed ÷ indexable for the engine the provider answered for, with its origin and date, and uses it', async () => {
    const report = await audit('good');
    const step = report.steps.find((s) => s.id === 'engines')!;
    const table = step.tables.find((t) => t.id === 'engine-presence')!;
    const google = table.rows.find((r) => r.engine === 'Google')!;
    const indexable = google.indexable as number;
    expect(indexable).toBeGreaterThan(1);
    expect(google.indexed).toBe(1);
    expect(google.ratio).toBe(Math.round(1000 / indexable) / 10);
    expect(google.home).toBe(true);
    expect(google.origin).toMatch(new RegExp(`^serpapi:${serp.origin}, \\d{4}-\\d{2}-\\d{2} \\(site: result count\\)$`));
    expect(table.rows.find((r) => r.engine === 'Bing')!.origin).toBe('estimated from crawlability only');
    expect(step.notes).toContain('Presence estimated from crawlability only (no index export imported, no SERP provider answer) for: Bing.');
    expect(asked).toContain('google site:' + new URL(site.url).host);
    // Google's presence is the measured 1 ÷ indexable, not the crawlability estimate.
    expect(report.measurements.coverageByEngine.google).toBe(Math.round(1000 / indexable) / 10);
  });

  it('a spent quota is an input problem; the audit goes on and says the presence is estimated', async () => {
    const report = await audit('spent');
    expect(report.problems.map((p) => p.message)).toContain('presence not measured on google: SerpApi: rate limited or out of searches (HTTP 429: Your account has run out of searches.)');
    const step = report.steps.find((s) => s.id === 'engines')!;
    expect(step.tables.some((t) => t.id === 'engine-presence')).toBe(false);
    expect(step.notes).toContain('Presence estimated from crawlability only (no index export imported, no SERP provider answer) for: Google, Bing.');
  });
});
