/**
 * The consultant's "what to do first" list: every finding becomes a candidate action, ranked by
 * impact over effort. Both scales are refaudit's documented heuristic (README, "Next actions"):
 * impact from severity, raised when many pages are affected; effort from the kind of work a step
 * usually asks (a robots.txt line is quicker than rewriting landing pages).
 *
 * One cause, one action: findings that hit the same pages and share a cause become one action
 * naming the count and every finding: one template missing its h1 and its description, or a script
 * shell that is why those pages have no h1 and little text. Findings on the same pages whose causes
 * differ (an off-host canonical beside a missing h1) stay apart: one fix would not settle both. A
 * finding whose items share one cause (every canonical on one other host) names that cause instead
 * of a list of pages.
 */
import type { Evidence, Finding, Severity, StepId } from '../rules/types.js';
import type { NextAction } from './types.js';

const IMPACT: Record<Severity, number> = { critical: 5, warning: 3, notice: 1 };

const EFFORT: Record<StepId, number> = {
  objectives: 1,
  submission: 1,
  engines: 1,
  content: 2,
  evaluation: 3,
  keywords: 3,
  'landing-pages': 4,
  periodic: 1,
};

export const MAX_NEXT_ACTIONS = 12;
/** Findings on at least this many pages, nine in ten of them the same, are one cause. */
const SAME_PAGES_MIN = 10;
const SAME_PAGES_SHARE = 0.9;
const SHARED_CAUSE_SHARE = 0.8;

/** Findings fixed in the page template: on the same pages, one template edit settles them all. */
const TEMPLATE_RULES = new Set([
  'title-missing', 'title-too-long', 'title-too-short', 'meta-description-missing', 'h1-missing', 'h1-multiple',
  'lang-missing', 'image-alt-missing', 'link-not-crawlable', 'canonical-relative', 'head-closed-early',
]);

/** A finding that explains others on the same pages: it leads their action, its fix settles them. */
const EXPLAINS: Record<string, readonly string[]> = {
  'js-content-shell': ['h1-missing', 'thin-content'],
  'js-rendered-content': ['h1-missing', 'thin-content'],
};

const explains = (a: Finding, b: Finding) => EXPLAINS[a.ruleId]?.includes(b.ruleId) === true;
const oneCause = (a: Finding, b: Finding) => (TEMPLATE_RULES.has(a.ruleId) && TEMPLATE_RULES.has(b.ruleId)) || explains(a, b) || explains(b, a);

const urlsOf = (f: Finding) => new Set(f.evidence.map((e) => e.url).filter((u): u is string => !!u));

function samePages(a: Finding, b: Finding): boolean {
  if (a.count < SAME_PAGES_MIN || b.count < SAME_PAGES_MIN) return false;
  if (Math.min(a.count, b.count) < SAME_PAGES_SHARE * Math.max(a.count, b.count)) return false;
  // Evidence is capped: the listed pages (in crawl order) stand for the whole.
  const ua = urlsOf(a);
  const ub = urlsOf(b);
  if (!ua.size || !ub.size) return false;
  let common = 0;
  for (const u of ua) if (ub.has(u)) common++;
  return common >= SAME_PAGES_SHARE * Math.min(ua.size, ub.size);
}

/**
 * The cause most items share, read from details written "<cause>: <this item>" (the part before
 * ': ', without a trailing count in brackets): "canonical on host docs.example.org (160 pages):
 * https://..." → "canonical on host docs.example.org". Details without ': ' name no cause.
 * `detailOf` words each item (the French report reads its cause from the French details, written
 * "<cause> : <this item>" the same way).
 */
export function sharedCause(f: Finding, detailOf: (e: Evidence) => string | null | undefined = (e) => e.detail): string | null {
  if (f.count < 3) return null;
  const keys = new Map<string, number>();
  for (const e of f.evidence) {
    const d = detailOf(e);
    // A quoted value (a title, a query) is the item itself, not a cause.
    const k = d?.includes(': ') && !/^["«]/.test(d) ? d.split(': ')[0]!.split(' (')[0]!.trim() : null;
    if (k) keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const [key, n] = [...keys].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return key && n >= SHARED_CAUSE_SHARE * f.evidence.length && n >= 3 ? key : null;
}

const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;

export function nextActions(findings: Finding[], limit = MAX_NEXT_ACTIONS): NextAction[] {
  const scored = findings.map((f) => {
    const impact = Math.min(5, IMPACT[f.severity] + (f.count >= 10 ? 1 : 0));
    const effort = EFFORT[f.step];
    return { f, impact, effort, priority: impact / effort };
  });
  scored.sort((a, b) => b.priority - a.priority || b.impact - a.impact || b.f.count - a.f.count || a.f.ruleId.localeCompare(b.f.ruleId));
  // The best-ranked finding of a group of findings on the same pages with one cause carries the
  // others, unless one of them explains it: then that one leads, with its fix.
  const merged = new Set<Finding>();
  const groups = scored.flatMap((s, i) => {
    if (merged.has(s.f)) return [];
    const rest = scored.slice(i + 1).map((o) => o.f).filter((o) => !merged.has(o));
    const lead = rest.find((o) => explains(o, s.f) && samePages(s.f, o)) ?? s.f;
    const others = [s.f, ...rest].filter((o) => o !== lead && oneCause(lead, o) && samePages(lead, o));
    merged.add(lead);
    for (const o of others) merged.add(o);
    return [{ ...s, f: lead, others }];
  });
  return groups.slice(0, limit).map(({ f, impact, effort, others }, i) => {
    const urls = f.evidence.map((e) => e.url).filter((u): u is string => !!u).slice(0, 5);
    const cause = sharedCause(f);
    let why = `${f.title} (${items(f.count)})`;
    if (others.length) why = `The same ${f.count} pages, one action for ${others.length + 1} findings: ${[f, ...others].map((x) => `${x.title} (${x.ruleId})`).join('; ')}`;
    else if (cause) why = `${f.title}: ${f.count} items, one cause: ${cause}`;
    const action: NextAction = { rank: i + 1, step: f.step, title: f.fix, why, impact, effort, ruleId: f.ruleId, count: f.count };
    if (others.length) action.alsoRules = others.map((x) => x.ruleId);
    else if (cause) action.cause = cause;
    if (urls.length) action.urls = urls;
    return action;
  });
}
