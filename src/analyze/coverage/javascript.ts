/**
 * JavaScript in coverage: an engine whose own documentation does not say it renders pages is taken
 * to index the HTML as served, so a page whose content arrives with its scripts is, for that engine,
 * a page without its content. Its reachability is multiplied by the share of its crawlable pages
 * that do not need JavaScript (measured with --render, judged from the raw HTML without it:
 * src/site/script-shell.ts). Engines documented to render (src/data/engines.json `javascript`) keep
 * a factor of 1: they render later than they crawl, which this model does not price.
 */
import type { EngineJavaScript, EngineProfile } from '../../data/load.js';
import { findingFrom, metaById } from '../../rules/finding.js';
import type { Finding, RuleMeta } from '../../rules/types.js';
import { contentNeedsJavaScript } from '../../site/script-shell.js';
import type { PageRecord } from '../../site/types.js';
import type { CoverageResult } from './coverage.js';
import { item } from '../../rules/evidence.js';

export interface EngineJsCoverage {
  renders: EngineJavaScript['renders'];
  source: string | null;
  /** What the engine is taken to index: the rendered DOM or the HTML as served. */
  sees: 'rendered' | 'raw';
  /** Crawlable pages (for this engine's bot) whose content needs JavaScript. */
  pagesNeedingJs: number;
  crawlablePages: number;
  /** Multiplies the engine's reachability: 1 for an engine that renders. */
  factor: number;
}

/**
 * Bots of the engines documented to render. Rendering is the crawler's work: an engine whose every
 * bot is one of these (Yahoo on Bing's index, Ecosia on Bing's and Google's) sees what they render.
 */
export function renderingBots(engines: EngineProfile[]): Set<string> {
  return new Set(engines.filter((e) => e.javascript.renders === 'yes').flatMap((e) => e.bots.slice(0, 1)));
}

export function javascriptCoverage(e: EngineProfile, crawlable: PageRecord[], rendering: Set<string> = new Set()): EngineJsCoverage {
  const fed = e.bots.length > 0 && e.bots.every((b) => rendering.has(b));
  const sees = e.javascript.renders === 'yes' || fed ? 'rendered' : 'raw';
  const pagesNeedingJs = crawlable.reduce((n, p) => n + (contentNeedsJavaScript(p) ? 1 : 0), 0);
  const factor = sees === 'rendered' || !crawlable.length ? 1 : 1 - pagesNeedingJs / crawlable.length;
  return { renders: e.javascript.renders, source: e.javascript.source, sees, pagesNeedingJs, crawlablePages: crawlable.length, factor };
}

/**
 * Coverage points each engine loses to content that needs JavaScript, mean over the markets:
 * 100 × share × reachability without the factor × (1 − factor) ÷ Σ shares.
 */
export function javascriptPointsLost(cov: CoverageResult): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of cov.engines) {
    const js = e.javascript;
    if (!js || js.factor >= 1) continue;
    const before = js.factor > 0 ? e.reachability / js.factor : e.homeReachable ? e.crawlableShare : 0;
    let sum = 0;
    for (const m of cov.markets) {
      const total = Object.values(m.shares).reduce((s, x) => s + x, 0);
      if (total) sum += (100 * (m.shares[e.engine] ?? 0) * before * (1 - js.factor)) / total;
    }
    out.set(e.engine, sum / Math.max(1, cov.markets.length));
  }
  return out;
}

const MIN_POINTS = 0.05;

export const JAVASCRIPT_FINDINGS = [
  {
    id: 'engine-misses-js-content', step: 'engines', severity: 'warning', title: 'Engines that do not render JavaScript miss content that needs it',
    help: 'Some pages have their text or H1 only once scripts run. Engines whose documentation does not say they render (src/data/engines.json, "javascript") are taken to index the HTML as served, so those pages reach their users without their content. The points are the audience-weighted coverage this costs.',
    fix: 'Serve the content in the HTML (server-side rendering, static generation or prerendering) so every engine indexes it.',
  },
] as const satisfies readonly RuleMeta[];

export function javascriptFindings(cov: CoverageResult, homeUrl: string): Finding[] {
  const lost = javascriptPointsLost(cov);
  // Under 0.1 point the loss rounds to nothing: not worth an action.
  const hit = cov.engines.filter((e) => e.javascript && e.javascript.pagesNeedingJs > 0 && e.javascript.sees === 'raw' && (lost.get(e.engine) ?? 0) >= MIN_POINTS);
  if (!hit.length) return [];
  return [
    findingFrom(
      metaById(JAVASCRIPT_FINDINGS, 'engine-misses-js-content'),
      hit.map((e) =>
        item(
          'engine-misses-js-content',
          { engine: e.engine, name: e.name, renders: String(e.javascript!.renders), pagesNeedingJs: e.javascript!.pagesNeedingJs, crawlablePages: e.javascript!.crawlablePages, pointsLost: Math.round(lost.get(e.engine)! * 10) / 10 },
          { url: homeUrl },
        ),
      ),
    ),
  ];
}
