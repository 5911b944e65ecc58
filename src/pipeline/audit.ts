/**
 * The audit from end to end: snapshot → imported inputs → analyses → eight-step Report → history.
 * No printing here: progress goes through hooks, the CLI renders and writes.
 */
import { crawlSite } from '../crawl/crawler.js';
import { assertAuditable } from '../crawl/auditable.js';
import { readSnapshot } from '../site/snapshot-io.js';
import type { PageRecord, SiteSnapshot } from '../site/types.js';
import type { RefauditConfig } from '../config/types.js';
import type { RankObservation } from '../analyze/types.js';
import { InputError, type InputProblem } from '../util/errors.js';
import type { Report } from '../report/types.js';
import { crawlOptionsFrom } from '../cli/crawl-flags.js';
import { readQueries, readRankings } from './inputs.js';
import type { ReportDiff } from '../history/diff.js';
import type { RelevanceFeed } from '../analyze/relevance/thread.js';
import type { ObjectiveResult } from '../report/steps/objectives.js';

export interface AuditHooks {
  onCrawlProgress?(p: { done: number; queued: number; errors: number; pagesPerSecond: number }): void;
  onStage?(label: string): void;
  onWarn?(message: string): void;
}

export interface AuditRequest {
  config: RefauditConfig;
  /** A snapshot file to audit instead of crawling. */
  from: string | null;
  historyDir: string | null;
  signal?: AbortSignal;
  now?: Date;
  /** --list: audit exactly these URLs (config.site is the first). */
  list?: string[];
}

export interface AuditOutcome {
  report: Report;
  diff: ReportDiff | null;
  objectives: ObjectiveResult[];
  historyFile: string | null;
  snapshot: SiteSnapshot;
}

export async function runAudit(req: AuditRequest, hooks: AuditHooks = {}): Promise<AuditOutcome> {
  const { config } = req;
  // Queries first: a broken file is reported before a long crawl, and relevance needs them while
  // it counts pages during the crawl.
  const queries = readQueries(config.queries);
  // The later stages load while the crawl starts: before it, they held back its first request.
  const stages = import('./audit-stages.js');
  stages.catch(() => undefined);
  // Fed page by page during a crawl (the pages that arrive before it is loaded, once it is); a
  // snapshot read from a file is counted in the analysis instead.
  const relevanceFor: { feed: RelevanceFeed | null; early: PageRecord[] } = { feed: null, early: [] };
  const feedReady = req.from
    ? null
    : stages.then((s) => {
        const feed = s.relevanceFeed({ keywords: config.keywords, markets: config.markets, queries: queries.rows });
        for (const page of relevanceFor.early.splice(0)) void feed.add(page);
        relevanceFor.feed = feed;
      });
  feedReady?.catch(() => undefined);
  const snapshot = await obtainSnapshot(req, hooks, (page) => (relevanceFor.feed ? relevanceFor.feed.add(page) : void relevanceFor.early.push(page))).catch(async (err: unknown) => {
    // A crawl that cannot start (no Chromium for --render) must not leave the relevance thread holding the process.
    await feedReady?.catch(() => undefined);
    await relevanceFor.feed?.finish().catch(() => undefined);
    throw err;
  });
  await feedReady;
  const { gatherExternal, gatherPresence, analyzeAll, keyPagesOf, relevanceOf, buildReport, latestRun, listRuns, runFiles, saveRun, finishPart, diffReports, buildPeriodicStep } = await stages;
  const relevance = relevanceFor.feed ? await relevanceFor.feed.finish(snapshot) : undefined;
  assertAuditable(snapshot);
  if (snapshot.stats.stoppedBy === 'aborted') hooks.onWarn?.('crawl interrupted: the report covers the pages gathered so far');

  const problems: InputProblem[] = [...config.problems];
  const market = config.markets[0]?.id ?? 'WW';
  const observations: RankObservation[] = [];
  for (const file of config.rankings.files ?? []) {
    const r = readRankings(file, { market, siteUrl: snapshot.homeUrl });
    observations.push(...r.observations);
    problems.push(...r.problems);
  }
  problems.push(...queries.problems);

  hooks.onStage?.('gathering competitors, directories and rankings');
  const external = await gatherExternal({ config, snapshot, signal: req.signal }, hooks);
  observations.push(...external.observations);
  problems.push(...external.problems);

  hooks.onStage?.('analysing');
  const analyzeInput = { config, snapshot, observations, queries: queries.rows, external, ...(relevance ? { relevance } : {}) };
  const relevanceResult = relevanceOf(analyzeInput);
  if (config.rankings.provider) {
    hooks.onStage?.('asking the SERP provider for the site\'s presence');
    const p = await gatherPresence({ config, snapshot, keyPages: keyPagesOf(relevanceResult), signal: req.signal }, hooks);
    external.presence = p.presence;
    problems.push(...p.problems);
  }
  const analyses = analyzeAll({ ...analyzeInput, relevanceResult });

  const previous = req.historyDir ? latestRun(req.historyDir) : null;
  const history = req.historyDir ? listRuns(req.historyDir) : [];
  const skipped = req.historyDir ? runFiles(req.historyDir).length - history.length : 0;
  if (skipped) hooks.onWarn?.(`history: ${skipped} earlier run(s) skipped (written by an older refaudit, schemaVersion 1, or unreadable)`);
  const { objectives, ...reportInput } = analyses;
  const report = buildReport({ ...reportInput, config, snapshot, problems, now: req.now ?? new Date() });
  const diff = previous ? diffReports(previous.report, report) : null;
  const trend = [...history.map((h) => h.summary), trendPoint(report)];
  const periodic = buildPeriodicStep(diff, trend, req.historyDir);
  const step8 = report.steps.find((s) => s.id === 'periodic');
  if (step8) Object.assign(step8, { ...finishPart(periodic), findings: step8.findings });

  const historyFile = req.historyDir ? saveRun(req.historyDir, report) : null;
  return { report, diff, objectives, historyFile, snapshot };
}

function trendPoint(report: Report) {
  return {
    date: report.generatedAt,
    coverage: report.scores.coverage.value,
    relevance: report.scores.relevance.value,
    ranking: report.scores.ranking.value,
  };
}

// onPage may return a promise: the relevance feed's backpressure, which the crawl waits on.
async function obtainSnapshot(req: AuditRequest, hooks: AuditHooks, onPage: (page: PageRecord) => void | Promise<void>): Promise<SiteSnapshot> {
  if (req.from) return readSnapshot(req.from);
  const site = req.config.site;
  if (!site) throw new InputError('no site to audit: give a URL or set "site" in the config');
  hooks.onStage?.('crawling');
  return crawlSite(
    {
      ...crawlOptionsFrom(req.config.crawl),
      startUrl: site,
      signal: req.signal,
      indexNowKey: req.config.indexNowKey,
      // Relevance reads each page's text as it arrives (onPage); after that it can wait on disk.
      spillText: true,
      ...(req.list ? { list: req.list } : {}),
    },
    { onProgress: (p) => hooks.onCrawlProgress?.(p), onPage },
  );
}
