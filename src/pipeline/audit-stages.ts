/**
 * What an audit needs once its crawl has started: loaded while the crawl starts (pipeline/audit.ts)
 * rather than before it, since these modules are most of the command's start-up.
 */
export { relevanceFeed } from '../analyze/relevance/thread.js';
export { gatherExternal, gatherPresence } from './external.js';
export { analyzeAll, keyPagesOf, relevanceOf } from './analyze.js';
export { buildReport, runFacts } from '../report/build.js';
export { HistoryWriteError, readHistory, saveRun } from '../history/store.js';
export { siteHistoryDir } from '../history/site-key.js';
export { diffReports } from '../history/diff.js';
export { buildPeriodicStep } from '../history/periodic-step.js';
