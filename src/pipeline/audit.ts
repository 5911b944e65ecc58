/**
 * The audit from end to end: snapshot → imported inputs → analyses → eight-step Report → history.
 * No printing here: progress goes through hooks, the CLI renders and writes.
 */
import { basename } from 'node:path';
import { crawlSite } from '../crawl/crawler.js';
import { assertAuditable } from '../crawl/auditable.js';
import { readSnapshot } from '../site/snapshot-io.js';
import type { PageRecord, SiteSnapshot } from '../site/types.js';
import type { RefauditConfig } from '../config/types.js';
import type { RankObservation } from '../analyze/types.js';
import { InputError, type InputProblem } from '../util/errors.js';
import type { Report } from '../report/types.js';
import { crawlOptionsFrom } from '../config/crawl-options.js';
import { readQueries, readRankings, resolveRankingUrls } from '../inputs/read.js';
import { diffReports, type ReportDiff } from '../history/diff.js';
import { relevanceFeed, type RelevanceFeed } from '../analyze/relevance/thread.js';
import { gatherExternal, gatherPresence } from './external.js';
import { analyzeAll, keyPagesOf, relevanceOf } from './analyze.js';
import { buildReport, runFacts } from '../report/build.js';
import { HistoryWriteError, readHistory, saveRun } from '../history/store.js';
import { siteHistoryDir } from '../history/site-key.js';
import { buildPeriodicStep } from '../history/periodic-step.js';
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
  /** The history folder; each site and scope has its own folder inside it (history/site-key.ts). */
  historyDir: string | null;
  signal?: AbortSignal;
  /** --skip-bad-input: an unusable imported file is left out with a problem line instead of exit 2. */
  skipBadInput?: boolean;
  /** URLs the crawl knew of but had not fetched when it was interrupted (for the report's problems). */
  unfetched?: () => number;
  now?: Date;
  /** --list: audit exactly these URLs (config.site is the first). */
  list?: string[];
}

export interface AuditOutcome {
  report: Report;
  diff: ReportDiff | null;
  objectives: ObjectiveResult[];
  historyFile: string | null;
  /** Why the run could not be saved to the history (the report is complete): the CLI exits 4. */
  historyError: string | null;
  /** Ctrl-C stopped the crawl or the gathering in this run (the CLI exits 130). */
  interrupted: boolean;
  /** Interrupted here or in the crawl of the snapshot read: never compared, never a baseline. */
  partial: boolean;
  snapshot: SiteSnapshot;
}

export async function runAudit(req: AuditRequest, hooks: AuditHooks = {}): Promise<AuditOutcome> {
  const { config } = req;
  // Imported files first: a broken one is reported before a long crawl, and relevance needs the
  // queries while it counts pages during the crawl.
  const inputOpts = { skipBadInput: req.skipBadInput === true };
  const queries = readQueries(config.queries, inputOpts);
  const market = config.markets[0]?.id ?? 'WW';
  const rankings = (config.rankings.files ?? []).map((file) => readRankings(file, { market, ...inputOpts }));
  // Fed page by page during a crawl; a snapshot read from a file is counted in the analysis instead.
  const feed: RelevanceFeed | null = req.from
    ? null
    : relevanceFeed({ keywords: config.keywords, markets: config.markets, queries: queries.rows, thread: config.crawl.threads !== 0, onWarn: hooks.onWarn });
  const snapshot = await obtainSnapshot(req, hooks, (page) => feed?.add(page)).catch(async (err: unknown) => {
    // A crawl that cannot start (no Chromium for --render) must not leave the relevance thread holding the process.
    await feed?.finish().catch(() => undefined);
    throw err;
  });
  const relevance = feed ? await feed.finish(snapshot) : undefined;
  assertAuditable(snapshot);
  const problems: InputProblem[] = [...config.problems];
  if (snapshot.stats.stoppedBy === 'aborted') {
    hooks.onWarn?.('crawl interrupted: the report covers the pages gathered so far');
    problems.push({ file: 'crawl', message: `crawl interrupted after ${snapshot.pages.length} URLs${req.unfetched ? `: ${req.unfetched()} URLs found but not fetched` : ''}` });
  }
  const observations: RankObservation[] = [];
  for (const r of rankings) {
    for (const o of resolveRankingUrls(r.observations, snapshot.homeUrl)) observations.push(o);
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

  // Interrupted here (Ctrl-C), or a snapshot of an interrupted crawl: short of what the scope holds.
  const interrupted = req.signal?.aborted === true;
  const partial = interrupted || snapshot.stats.stoppedBy === 'aborted';
  const runDir = req.historyDir ? siteHistoryDir(req.historyDir, snapshot.startUrl, snapshot.settings) : null;
  const history = runDir ? readHistory(runDir) : null;
  if (history?.unreadable.length) {
    hooks.onWarn?.(`history: ${history.unreadable.length} unreadable run file(s) skipped (${history.unreadable.map((f) => basename(f)).join(', ')} in ${runDir})`);
  }
  if (history?.old.length) hooks.onWarn?.(`history: ${history.old.length} earlier run(s) skipped: written by an older refaudit (report schemaVersion 1)`);
  const previous = history?.previous ?? null;
  const { objectives, ...reportInput } = analyses;
  const input = { ...reportInput, config, snapshot, problems, now: req.now ?? new Date() };
  // Step 8 compares this run with the last one, so it is built from the run's facts, then the report.
  const run = runFacts(input);
  // A partial run is not compared: its missing pages would read as removed and its findings as fixed.
  const diff = previous && !partial ? diffReports(previous.report, run) : null;
  const trend = [...(history?.summaries ?? []), ...(partial ? [] : [trendPoint(run)])];
  const periodic = buildPeriodicStep(diff, trend, runDir, { partial: partial && !!runDir });
  const report = buildReport({ ...input, parts: { ...input.parts, periodic }, runItems: run.items });

  let historyFile: string | null = null;
  let historyError: string | null = null;
  if (runDir) {
    try {
      historyFile = saveRun(runDir, report, { partial });
    } catch (err) {
      if (!(err instanceof HistoryWriteError)) throw err;
      historyError = err.message;
    }
  }
  return { report, diff, objectives, historyFile, historyError, interrupted, partial, snapshot };
}

function trendPoint(report: Pick<Report, 'generatedAt' | 'scores'>) {
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
      // Relevance reads each page's text as it arrives (onPage); after that it can wait on disk,
      // except on the one-thread reference path.
      spillText: req.config.crawl.threads !== 0,
      ...(req.list ? { list: req.list } : {}),
    },
    { onProgress: (p) => hooks.onCrawlProgress?.(p), onPage, onWarn: hooks.onWarn },
  );
}
