/**
 * A hand-made, realistic Report for renderer and schema tests: a Moroccan travel agency site with all
 * eight steps filled, every chart kind, long URLs (for truncation), a `|` in a cell (for Markdown
 * tables) and input problems. `sampleReport()` returns a fresh copy each call so tests may mutate it.
 */
import type { Report, TableDraft } from '../../src/report/types.js';
import { keyTable } from '../../src/report/assemble.js';
import { findingItems } from '../../src/report/items.js';
import { ruleOutcomes } from '../../src/report/rule-outcomes.js';
import type { Origin } from '../../src/shared/origin.js';

const crawl: Origin = { kind: 'measured', by: 'crawl' };
const coverage: Origin = { kind: 'measured', by: 'analysis:coverage' };
const relevance: Origin = { kind: 'measured', by: 'analysis:relevance' };
const audience: Origin = {
  kind: 'model',
  file: 'src/data/engine-audience.json',
  source: 'StatCounter Global Stats, search engine market share, Morocco',
  date: '2026-10',
};
const ctr: Origin = { kind: 'model', file: 'src/data/ctr-curve.json', source: 'Advanced Web Ranking CTR study', date: '2026-09' };
const rankings: Origin = { kind: 'imported', file: 'rankings/2026-11.csv' };
const config: Origin = { kind: 'config', file: 'refaudit.config.json' };

const HOME = 'https://www.atlas-voyages.ma/';

/** The report as written below: tables with positional rows, no items or rules yet (sampleReport() adds them). */
type Draft = Omit<Report, 'steps' | 'items' | 'rules'> & { steps: (Omit<Report['steps'][number], 'tables'> & { tables: TableDraft[] })[] };

const REPORT: Draft = {
  schemaVersion: 2,
  tool: { name: 'refaudit', version: '0.1.0' },
  generatedAt: '2026-11-24T06:00:00.000Z',
  site: { startUrl: HOME, homeUrl: HOME, pagesCrawled: 142 },
  configFile: 'refaudit.config.json',
  markets: ['fr-MA', 'ar-MA'],
  scores: {
    coverage: { value: 78, unit: 'score', origin: audience },
    relevance: { value: 64, unit: 'score', origin: relevance },
    ranking: { value: 41, unit: 'score', origin: ctr },
  },
  findingCounts: { critical: 2, warning: 5, notice: 3 },
  steps: [
    {
      id: 'objectives',
      number: 1,
      title: 'Objectives and strategy',
      summary: '2 of 4 objectives met: coverage and relevance are on target, ranking and clicks are not.',
      scores: [
        { id: 'objectives-met', label: 'Objectives met', value: 2, unit: 'count', origin: config, target: 4, met: false },
        { id: 'estimated-clicks', label: 'Estimated monthly clicks', value: 1840, unit: 'clicks', origin: ctr, target: 3000, met: false },
      ],
      findings: [
        {
          ruleId: 'objective-not-met',
          step: 'objectives',
          severity: 'warning',
          title: 'An objective set in the config is not met',
          fix: 'Work on the steps the objective depends on (see next actions) or revise the target.',
          count: 2,
          evidence: [
            { detail: 'ranking score 41 < target 60' },
            { detail: 'estimated clicks 1840 < target 3000' },
          ],
        },
      ],
      tables: [
        {
          id: 'objectives',
          title: 'Objectives',
          columns: [
            { key: 'objective', label: 'Objective' },
            { key: 'measured', label: 'Value', align: 'right', unit: 'score', origin: coverage },
            { key: 'target', label: 'Target', align: 'right', origin: config },
            { key: 'state', label: 'Met' },
          ],
          rows: [
            ['Coverage score', 78, 70, true],
            ['Relevance score', 64, 60, true],
            ['Ranking score', 41, 60, false],
            ['Estimated monthly clicks', 1840, 3000, false],
          ],
        },
      ],
      charts: [],
      notes: [],
    },
    {
      id: 'keywords',
      number: 2,
      title: 'Keywords',
      summary: '12 target keywords; 3 have no page that answers them well.',
      scores: [{ id: 'keywords-covered', label: 'Keywords with a relevant page', value: 75, unit: '%', origin: relevance }],
      findings: [
        {
          ruleId: 'keyword-no-relevant-page',
          step: 'keywords',
          severity: 'warning',
          title: 'Target keyword has no relevant page',
          fix: 'Create or rewrite a page whose title, H1 and text answer the keyword.',
          count: 3,
          evidence: [
            { detail: 'circuit désert merzouga (best 22/100)' },
            { detail: 'voyage organisé | marrakech (best 31/100)' },
            { detail: 'excursion essaouira (best 35/100)' },
          ],
        },
      ],
      tables: [
        {
          id: 'target-keywords',
          title: 'Relevance per keyword',
          columns: [
            { key: 'keyword', label: 'Keyword' },
            { key: 'prio', label: 'Priority', align: 'right' },
            { key: 'fields', label: 'Volume', align: 'right', unit: 'count', origin: { kind: 'imported', file: 'keywords.csv' } },
            { key: 'page', label: 'Best page' },
            { key: 'score', label: 'Relevance', align: 'right', unit: 'score', origin: relevance },
          ],
          rows: [
            ['agence de voyage maroc', 1, 2400, `${HOME}`, 88],
            ['circuit désert merzouga', 1, 1300, `${HOME}circuits/sud/`, 22],
            ['voyage organisé | marrakech', 2, 880, `${HOME}destinations/marrakech/`, 31],
            ['excursion essaouira', 3, 320, null, 35],
          ],
          omitted: 8,
          note: 'Relevance: share of the keyword\u2019s stems found in title, H1 and body, weighted.',
        },
      ],
      charts: [],
      notes: ['No search volumes for 5 keywords: add them to keywords.csv to weigh estimated clicks.'],
    },
    {
      id: 'engines',
      number: 3,
      title: 'Engines and directories',
      summary: 'Google and Bing can crawl the site; Yandex is blocked by robots.txt.',
      scores: [
        { id: 'coverage-weighted', label: 'Coverage (audience-weighted)', value: 78, unit: 'score', origin: audience, target: 70, met: true },
      ],
      findings: [
        {
          ruleId: 'robots-blocks-engine',
          step: 'engines',
          severity: 'critical',
          title: 'robots.txt blocks a target engine\u2019s crawler',
          fix: 'Remove the Disallow: / group for YandexBot in robots.txt.',
          count: 1,
          evidence: [{ url: `${HOME}robots.txt`, detail: 'User-agent: YandexBot / Disallow: /' }],
        },
        {
          ruleId: 'directory-not-listed',
          step: 'engines',
          severity: 'notice',
          title: 'Site is not listed in a directory of its market',
          fix: 'Ask for a listing in the directory category shown.',
          count: 1,
          evidence: [{ url: 'https://annuaire.example-dir.ma/tourisme/agences-de-voyage/', detail: 'no link to the site' }],
        },
      ],
      tables: [
        {
          id: 'audience',
          market: 'fr-MA',
          title: 'Coverage by engine',
          columns: [
            { key: 'channel', label: 'Engine / directory' },
            { key: 'kind', label: 'Kind' },
            { key: 'share', label: 'Audience', align: 'right', unit: '%', origin: audience },
            { key: 'presence', label: 'Presence', align: 'right', unit: '%', origin: coverage },
            { key: 'lost', label: 'Pts lost', align: 'right', origin: coverage },
            { key: 'origin', label: 'Origin' },
          ],
          rows: [
            ['Google', 'engine', 93.1, 100, 0, 'presence: estimated from crawlability'],
            ['Bing', 'engine', 4.2, 100, 0, 'presence: estimated from crawlability'],
            ['Yandex', 'engine', 1.6, 0, 1.6, 'presence: estimated from crawlability'],
          ],
        },
      ],
      charts: [
        {
          kind: 'bar',
          id: 'coverage-by-engine',
          title: 'Coverage by engine',
          unit: 'score',
          origin: coverage,
          bars: [
            { label: 'Google', value: 92, tone: 'good' },
            { label: 'Bing', value: 88, tone: 'good' },
            { label: 'Yandex', value: 0, tone: 'bad' },
          ],
        },
      ],
      notes: [],
    },
    {
      id: 'content',
      number: 4,
      title: 'Content and structure',
      summary: '142 pages crawled, 131 indexable; 9 pages have no title and 14 share a duplicate description.',
      scores: [
        { id: 'indexable', label: 'Indexable pages', value: 92.3, unit: '%', origin: crawl },
        { id: 'median-response', label: 'Median response time', value: 184, unit: 'ms', origin: crawl, target: 500, met: true },
      ],
      findings: [
        {
          ruleId: 'title-missing',
          step: 'content',
          severity: 'critical',
          title: 'Page has no <title>',
          fix: 'Give every indexable page a unique <title> of 30 to 60 characters.',
          count: 9,
          evidence: [
            { url: `${HOME}circuits/sud/merzouga-3-jours/`, detail: 'no <title>' },
            { url: `${HOME}circuits/sud/zagora-2-jours/` },
            { url: `${HOME}destinations/fes/medina/visite-guidee-des-souks-et-des-tanneries-chouara-avec-guide-officiel/` },
            { url: `${HOME}blog/2026/10/que-faire-a-chefchaouen/` },
            { url: `${HOME}contact/?ref=footer` },
            { url: `${HOME}mentions-legales/` },
          ],
        },
        {
          ruleId: 'description-duplicate',
          step: 'content',
          severity: 'warning',
          title: 'Meta description shared by several pages',
          fix: 'Write a description specific to each page.',
          count: 14,
          evidence: [
            {
              url: `${HOME}circuits/`,
              detail: 'description: "Atlas Voyages, votre agence au Maroc"',
              related: [`${HOME}circuits/nord/`, `${HOME}circuits/sud/`],
            },
          ],
        },
        {
          ruleId: 'h1-multiple',
          step: 'content',
          severity: 'notice',
          title: 'Page has more than one H1',
          fix: 'Keep one H1 that states the page\u2019s subject.',
          count: 4,
          evidence: [{ url: `${HOME}destinations/`, detail: '"Destinations", "Maroc", "Sahara"', facts: { count: 3, h1s: ['Destinations', 'Maroc', 'Sahara'] } }],
        },
      ],
      tables: [
        {
          id: 'crawl-by-status',
          title: 'Pages by status',
          columns: [
            { key: 'kind', label: 'Status' },
            { key: 'pages', label: 'Pages', align: 'right', unit: 'pages', origin: crawl },
          ],
          rows: [
            ['200 OK', 131],
            ['301 redirect', 7],
            ['404 not found', 3],
            ['500 server error', 1],
          ],
        },
      ],
      charts: [],
      notes: [],
    },
    {
      id: 'landing-pages',
      number: 5,
      title: 'Dedicated landing pages',
      summary: '3 of 4 priority keywords have a dedicated landing page.',
      scores: [{ id: 'landing-coverage', label: 'Priority keywords with a landing page', value: 75, unit: '%', origin: relevance, target: 100, met: false }],
      findings: [
        {
          ruleId: 'landing-page-missing',
          step: 'landing-pages',
          severity: 'warning',
          title: 'Priority keyword has no dedicated landing page',
          fix: 'Create a landing page for the keyword, linked from the home page.',
          count: 1,
          evidence: [{ detail: 'circuit désert merzouga' }],
        },
      ],
      tables: [
        {
          id: 'landing-pages',
          title: 'Landing pages',
          columns: [
            { key: 'theme', label: 'Keyword' },
            { key: 'page', label: 'Landing page' },
            { key: 'kws', label: 'Clicks from home', align: 'right', unit: 'count', origin: crawl },
            { key: 'score', label: 'Relevance', align: 'right', unit: 'score', origin: relevance },
          ],
          rows: [
            ['agence de voyage maroc', HOME, 0, 88],
            ['voyage marrakech', `${HOME}destinations/marrakech/sejours-tout-compris-riad-medina-hammam-et-excursions/`, 2, 81],
            ['circuit désert merzouga', null, null, null],
          ],
        },
      ],
      charts: [],
      notes: [],
    },
    {
      id: 'submission',
      number: 6,
      title: 'Submission',
      summary: 'The sitemap is declared in robots.txt but lists 6 URLs that are not indexable.',
      scores: [{ id: 'sitemap-urls', label: 'URLs in sitemaps', value: 137, unit: 'pages', origin: { kind: 'measured', by: 'sitemap' } }],
      findings: [
        {
          ruleId: 'sitemap-url-noindex',
          step: 'submission',
          severity: 'warning',
          title: 'Sitemap lists a URL that is not indexable',
          fix: 'Remove non-indexable URLs from the sitemap, or make them indexable.',
          count: 6,
          evidence: [
            { url: `${HOME}panier/`, detail: 'noindex' },
            { url: `${HOME}ancienne-offre/`, detail: 'status 404' },
          ],
        },
      ],
      tables: [],
      charts: [],
      notes: ['Search Console and Bing Webmaster verification tags were found on the home page.'],
    },
    {
      id: 'evaluation',
      number: 7,
      title: 'Evaluation of results',
      summary: '9 of 12 keywords rank on page 1 of Google; only 2 on page 1 of Bing.',
      scores: [
        { id: 'ranking-score', label: 'Ranking score', value: 41, unit: 'score', origin: ctr, target: 60, met: false },
        { id: 'avg-position', label: 'Average position (Google)', value: 8.4, unit: 'position', origin: rankings },
      ],
      findings: [
        {
          ruleId: 'keyword-not-ranked',
          step: 'evaluation',
          severity: 'notice',
          title: 'Target keyword not ranked in the results fetched',
          fix: 'Improve the landing page\u2019s relevance and internal links for this keyword.',
          count: 2,
          evidence: [{ detail: 'circuit désert merzouga on bing' }, { detail: 'excursion essaouira on bing' }],
        },
      ],
      tables: [
        {
          id: 'rank-positions',
          title: 'Positions',
          columns: [
            { key: 'keyword', label: 'Keyword' },
            { key: 'engine', label: 'Engine' },
            { key: 'pos', label: 'Position', align: 'right', unit: 'position', origin: rankings },
            { key: 'market', label: 'Ranking URL' },
          ],
          rows: [
            ['agence de voyage maroc', 'Google', 3, HOME],
            ['agence de voyage maroc', 'Bing', 7, HOME],
            ['circuit désert merzouga', 'Google', 14, `${HOME}circuits/sud/`],
            ['circuit désert merzouga', 'Bing', null, null],
            ['voyage marrakech', 'Google', 6, `${HOME}destinations/marrakech/`],
            ['voyage marrakech', 'Bing', 23, `${HOME}destinations/marrakech/`],
          ],
        },
      ],
      charts: [
        {
          kind: 'positions',
          id: 'positions',
          title: 'Positions per keyword',
          origin: rankings,
          engines: [
            { id: 'google', name: 'Google', resultsPerPage: 10 },
            { id: 'bing', name: 'Bing', resultsPerPage: 10 },
          ],
          points: [
            { keyword: 'agence de voyage maroc', engine: 'google', position: 3, page: 1 },
            { keyword: 'agence de voyage maroc', engine: 'bing', position: 7, page: 1 },
            { keyword: 'circuit désert merzouga', engine: 'google', position: 14, page: 2 },
            { keyword: 'circuit désert merzouga', engine: 'bing', position: null, page: null },
            { keyword: 'voyage marrakech', engine: 'google', position: 6, page: 1 },
            { keyword: 'voyage marrakech', engine: 'bing', position: 23, page: 3 },
          ],
        },
      ],
      notes: [],
    },
    {
      id: 'periodic',
      number: 8,
      title: 'Periodic audit',
      summary: 'Compared with the audit of 2026-11-17: coverage +4, 1 new critical finding, 3 fixed.',
      scores: [{ id: 'coverage-delta', label: 'Coverage change', value: 4, unit: 'score', origin: coverage }],
      findings: [],
      tables: [
        {
          id: 'diff-ranking-moves',
          title: 'Changes since the last audit',
          columns: [
            { key: 'keyword', label: 'What' },
            { key: 'from', label: 'Before', align: 'right' },
            { key: 'to', label: 'After', align: 'right' },
          ],
          rows: [
            ['Coverage score', 74, 78],
            ['Relevance score', 64, 64],
            ['Ranking score', 38, 41],
            ['New findings', null, 1],
          ],
        },
      ],
      charts: [
        {
          kind: 'trend',
          id: 'score-trend',
          title: 'Scores over time',
          unit: 'score',
          origin: coverage,
          series: [
            {
              name: 'Coverage',
              points: [
                { date: '2026-11-03', value: 70 },
                { date: '2026-11-10', value: 72 },
                { date: '2026-11-17', value: 74 },
                { date: '2026-11-24', value: 78 },
              ],
            },
            {
              name: 'Ranking',
              points: [
                { date: '2026-11-03', value: 35 },
                { date: '2026-11-10', value: 36 },
                { date: '2026-11-17', value: 38 },
                { date: '2026-11-24', value: 41 },
              ],
            },
          ],
        },
      ],
      notes: [],
    },
  ],
  nextActions: [
    {
      rank: 1,
      step: 'engines',
      title: 'Remove the Disallow: / group for YandexBot in robots.txt.',
      why: 'robots.txt blocks a target engine\u2019s crawler (1 item)',
      impact: 5,
      effort: 1,
      ruleId: 'robots-blocks-engine',
      urls: [`${HOME}robots.txt`],
    },
    {
      rank: 2,
      step: 'content',
      title: 'Give every indexable page a unique <title> of 30 to 60 characters.',
      why: 'Page has no <title> (9 items)',
      impact: 5,
      effort: 2,
      ruleId: 'title-missing',
      urls: [`${HOME}circuits/sud/merzouga-3-jours/`, `${HOME}circuits/sud/zagora-2-jours/`],
    },
    {
      rank: 3,
      step: 'submission',
      title: 'Remove non-indexable URLs from the sitemap, or make them indexable.',
      why: 'Sitemap lists a URL that is not indexable (6 items)',
      impact: 3,
      effort: 1,
      ruleId: 'sitemap-url-noindex',
    },
  ],
  sources: [
    {
      file: 'src/data/engine-audience.json',
      what: 'Search engine audience share per market',
      source: 'StatCounter Global Stats, search engine market share, Morocco',
      date: '2026-10',
    },
    { file: 'src/data/ctr-curve.json', what: 'Click-through rate by organic position', source: 'Advanced Web Ranking CTR study', date: '2026-09' },
  ],
  measurements: {
    pages: [
      { url: HOME, status: 200, indexable: true },
      { url: `${HOME}panier/`, status: 200, indexable: false },
      { url: `${HOME}ancienne-offre/`, status: 404, indexable: false },
    ],
    coverageByEngine: { google: 92, bing: 88, yandex: 0 },
    relevanceByKeyword: { 'agence de voyage maroc': 88, 'circuit désert merzouga': 22 },
    rankings: [
      { keyword: 'agence de voyage maroc', engine: 'google', market: 'fr-MA', position: 3, page: 1, url: HOME },
      { keyword: 'circuit désert merzouga', engine: 'bing', market: 'fr-MA', position: null, page: null, url: null },
    ],
  },
  problems: [
    { file: 'rankings/2026-11.csv', line: 14, field: 'position', message: 'not a number: "n/a"' },
    { file: 'competitors', message: 'https://www.concurrent-voyages.ma/ could not be reached (timeout after 10 s)' },
  ],
};

export function sampleReport(): Report {
  const draft = structuredClone(REPORT);
  const steps = draft.steps.map((s) => ({ ...s, tables: s.tables.map(keyTable) }));
  const findings = steps.flatMap((s) => s.findings);
  const inputs = { keywords: 4, rankings: 2, queries: 0, competitors: 1, directories: 0, indexNowKey: false };
  return { ...draft, steps, items: findingItems(findings), rules: ruleOutcomes(findings, inputs) };
}
