/**
 * After a first Ctrl-C the audit writes its report from what it has: the gathering beyond the site
 * (competitors, directories, SERP provider) stops too, keeps what came in, and says what it skipped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatherExternal } from '../../src/pipeline/external.js';
import { emptyConfig } from '../../src/config/empty.js';
import { makeSnapshot } from '../support/make-snapshot.js';
import { analyzeCoverage } from '../../src/analyze/coverage/coverage.js';
import { coverageFindings } from '../support/analysis-rules.js';
import { loadModelData } from '../../src/data/load.js';
import { serveLocal, type LocalHandler, type LocalServer } from '../support/local-server.js';

const controller = new AbortController();
const asked: string[] = [];
let base = '';

// Pages that never answer stop the audit (as the user's Ctrl-C would) once they are being waited on.
const answer: LocalHandler = (req, res, hold) => {
  asked.push(req.url ?? '');
  const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body>${body}</body></html>`);
  if (req.url === '/competitor/') return html('<h1>Competitor</h1><p>Riads et treks.</p>');
  if (req.url === '/annuaire/voyages') return html('<a href="https://atlas.example/">Atlas Évasion</a> <a href="https://other.example/">Other</a>');
  if (req.url === '/annuaire/lent') {
    hold(res);
    return void setTimeout(() => controller.abort(new Error('interrupted')), 50);
  }
  res.writeHead(404).end();
};

let server: LocalServer;
beforeAll(async () => {
  server = await serveLocal(answer);
  base = server.origin;
});
afterAll(() => server.close());

describe('gathering beyond the site, interrupted', () => {
  it('keeps what came in, skips the rest, and reports no missing directory link it did not read', async () => {
    process.env.REFAUDIT_TEST_SERP_KEY = 'key';
    const config = {
      ...emptyConfig(),
      competitors: [`${base}/competitor/`],
      directories: [
        { name: 'Voyages', url: `${base}/annuaire/voyages`, category: null },
        { name: 'Lent', url: `${base}/annuaire/lent`, category: null },
      ],
      keywords: [{ keyword: 'riad marrakech', priority: 1 as const, volume: null, category: null, source: 't' }],
      rankings: { files: [], provider: { name: 'serpapi', baseUrl: base, apiKeyEnv: 'REFAUDIT_TEST_SERP_KEY' } },
    };
    const snapshot = makeSnapshot([{ url: 'https://atlas.example/' }]);
    const started = Date.now();
    const r = await gatherExternal({ config, snapshot, signal: controller.signal });
    // The hanging directory was given up at the interrupt, not at the fetch timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.competitors.map((c) => c.url)).toEqual([`${base}/competitor/`]);
    // The hanging directory stays, unread: unknown in coverage, never "not listed".
    expect(r.directories.map((d) => [d.name, d.listed, d.read, d.error])).toEqual([['Voyages', true, true, null], ['Lent', false, false, 'not read: audit interrupted']]);
    expect(coverageFindings(analyzeCoverage({ snapshot, markets: [], engines: ['google'], data: loadModelData(), directories: r.directories }), snapshot.homeUrl).map((f) => f.ruleId)).not.toContain('directory-link-missing');
    expect(r.problems.map((p) => p.message)).toEqual(['audit interrupted: 1 of 2 directories not checked', 'audit interrupted: 1 of 1 queries left unanswered']);
    // The provider was not asked once the audit was interrupted.
    expect(asked.some((u) => u.startsWith('/search.json'))).toBe(false);
  });
});
