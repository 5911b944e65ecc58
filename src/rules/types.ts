import type { CoverageResult } from '../analyze/coverage/coverage.js';
import type { RankingResult } from '../analyze/ranking/ranking.js';
import type { RelevanceResult } from '../analyze/relevance/relevance.js';
import type { TargetKeyword } from '../analyze/types.js';
import type { SiteSnapshot } from '../site/types.js';
import type { Facts } from './facts.js';

/** The eight steps of the referencement report. */
export type StepId =
  | 'objectives'
  | 'keywords'
  | 'engines'
  | 'content'
  | 'landing-pages'
  | 'submission'
  | 'evaluation'
  | 'periodic';

export const STEP_ORDER: StepId[] = [
  'objectives',
  'keywords',
  'engines',
  'content',
  'landing-pages',
  'submission',
  'evaluation',
  'periodic',
];

export type Severity = 'critical' | 'warning' | 'notice';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 3, warning: 2, notice: 1 };

/** One item of evidence: usually a URL, with what was seen there. */
export interface Evidence {
  url?: string;
  /** What was observed, short: `title: "Accueil"`, `status 404`, `3 hops`. */
  detail?: string;
  /** Related URLs (the duplicate pages, the redirect chain, the linking pages). */
  related?: string[];
  /**
   * The facts behind `detail` as typed fields (`{ status: 404 }`, `{ words: 112 }`), for scripts and
   * for wording the detail in the report's language; which facts a rule gives: src/rules/facts.ts.
   */
  facts?: Facts;
}

/** A failed check, as reported. */
export interface Finding {
  /** Stable kebab-case id of the rule (renaming it is a breaking change of the JSON output). */
  ruleId: string;
  step: StepId;
  severity: Severity;
  title: string;
  /** One-line fix. */
  fix: string;
  /** Total affected items (the report caps the evidence it keeps in steps; its `items` list has them all). */
  count: number;
  evidence: Evidence[];
}

export interface RuleMeta {
  id: string;
  step: StepId;
  severity: Severity;
  /** One line, says what is wrong: "Page has no <title>". */
  title: string;
  /** Why it matters for référencement, a few sentences. */
  help: string;
  /** One-line fix. */
  fix: string;
}

/** What a rule may look at besides the snapshot (config-derived facts). */
export interface RuleContext {
  snapshot: SiteSnapshot;
  /** Bot ids the audit cares about (from the chosen engines). */
  bots: string[];
  /**
   * Each candidate page's language as relevance read it (final URL → reading), when the audit has
   * it; rules that need a page's language read the page themselves otherwise.
   */
  languages?: ReadonlyMap<string, import('../text/language.js').LanguageReading>;
}

/**
 * A rule: metadata beside a pure check. The check returns the evidence of failures (empty = pass).
 * It must not print, fetch, or mutate the snapshot.
 */
export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Evidence[];
}

/** What rules over the analyses read: the snapshot and the analyses' results. */
export interface AnalysisContext {
  snapshot: SiteSnapshot;
  coverage: CoverageResult;
  relevance: RelevanceResult;
  /** Null when no rankings were imported or fetched. */
  ranking: RankingResult | null;
  keywords: TargetKeyword[];
}

/**
 * A rule over the analyses' results (coverage, relevance, ranking), like a Rule over the snapshot:
 * metadata beside a pure check. `K` names the parts of the context it reads (a Lighthouse audit's
 * artifacts), so a test gives exactly those.
 */
export interface AnalysisRule<K extends keyof AnalysisContext = keyof AnalysisContext> {
  meta: RuleMeta;
  check(ctx: Pick<AnalysisContext, K>): Evidence[];
}

export const EVIDENCE_CAP = 50;
