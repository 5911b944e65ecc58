/**
 * What the report says when a score is 0 or n/a, and which pages checks left out: a consultant must
 * never meet a 0 without its reason, nor a check that skipped pages without saying so (on a site
 * whose every canonical names another host, coverage is 0 and the title and description checks
 * skip every page: the report must say why).
 */
import { notIndexableReason, type NotIndexableReason } from '../site/indexability.js';
import type { PageRecord, SiteSnapshot } from '../site/types.js';
import type { CoverageResult } from '../analyze/coverage/coverage.js';
import type { StepPart } from './types.js';
import { note } from './note.js';
import { hostOf as urlHost } from '../rules/helpers.js';

/** A sentence with its message id, so the report can word it in French as well. */
export type Said = ReturnType<typeof note>;

/** A URL's host, or the URL itself when it does not parse (it then names its own group). */
const hostOf = (url: string) => urlHost(url) ?? url;

/** HTML pages (200) that engines will not index, by reason: the ones the indexable-only checks skip. */
function leftOutByReason(snap: SiteSnapshot): Map<NotIndexableReason, PageRecord[]> {
  const out = new Map<NotIndexableReason, PageRecord[]>();
  for (const p of snap.pages) {
    if (p.status !== 200 || !p.html) continue;
    const r = notIndexableReason(p);
    if (r) out.set(r, [...(out.get(r) ?? []), p]);
  }
  return out;
}

/** "12 to docs.example.org, 3 to other URLs of this host". */
function canonicalTargets(pages: PageRecord[], ownHost: string): string {
  const byHost = new Map<string, number>();
  for (const p of pages) {
    const h = hostOf(p.html!.canonical!);
    const key = h === ownHost ? 'other URLs of this host' : `host ${h}`;
    byHost.set(key, (byHost.get(key) ?? 0) + 1);
  }
  return [...byHost].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} to ${k}`).join(', ');
}

/** The same counts as message params, so each language words them: `hosts` is "host=n,host=n". */
function targetParams(pages: PageRecord[], ownHost: string | null): { sameHost: number; hosts: string } {
  const byHost = new Map<string, number>();
  let sameHost = 0;
  for (const p of pages) {
    const h = hostOf(p.html!.canonical!);
    if (h === ownHost) sameHost++;
    else byHost.set(String(h), (byHost.get(String(h)) ?? 0) + 1);
  }
  return { sameHost, hosts: [...byHost].sort((a, b) => b[1] - a[1]).map(([h, n]) => `${h}=${n}`).join(',') };
}

/** The content step's note naming the pages left out of the indexable-only checks, and why. */
export function leftOutNote(snap: SiteSnapshot): Said | null {
  const groups = leftOutByReason(snap);
  if (!groups.size) return null;
  const own = hostOf(snap.homeUrl);
  const parts: string[] = [];
  const canon = groups.get('canonicalised');
  if (canon) parts.push(`${canon.length} canonicalised to another URL (${canonicalTargets(canon, own)}; e.g. ${canon[0]!.url})`);
  const noindex = groups.get('noindex');
  if (noindex) parts.push(`${noindex.length} noindex (e.g. ${noindex[0]!.url})`);
  const total = [...groups.values()].reduce((s, g) => s + g.length, 0);
  if (!parts.length) return null;
  const canonicalised = canon?.length ?? 0;
  const noindexed = noindex?.length ?? 0;
  return note(
    `${total} HTML page(s) engines will not index were left out of the title-duplicate, meta-description, thin-content, click-depth, sitemap-completeness and near-duplicate checks: ${parts.join('; ')}. The on-page checks (title, h1, lang, images) still cover them.`,
    'content.left-out',
    { total, canonicalised, canonicalTargets: canon ? canonicalTargets(canon, own) : null, ...(canon ? targetParams(canon, own) : {}), canonicalExample: canon?.[0]?.url ?? null, noindex: noindexed, noindexExample: noindex?.[0]?.url ?? null },
  );
}

/** One sentence saying why coverage is 0, or null when it is not. */
export function coverageZeroReason(snap: SiteSnapshot, cov: CoverageResult): Said | null {
  if (cov.score > 0) return null;
  if (cov.engines.length && cov.engines.every((e) => !e.homeReachable)) return note('Coverage is 0 because no chosen engine\'s crawler may fetch the home page (robots.txt or an error).', 'reason.coverage-home-blocked');
  const html = snap.pages.filter((p) => p.status === 200 && p.html);
  const groups = leftOutByReason(snap);
  const indexable = snap.pages.filter((p) => notIndexableReason(p) === null).length;
  if (indexable === 0) {
    const canon = groups.get('canonicalised');
    if (canon && canon.length === html.length) {
      const targets = canonicalTargets(canon, hostOf(snap.homeUrl));
      return note(`Coverage is 0 because no page is indexable: all ${canon.length} HTML pages canonicalise to another URL (${targets}).`, 'reason.coverage-all-canonicalised', { pages: canon.length, targets, ...targetParams(canon, hostOf(snap.homeUrl)) });
    }
    const why = [...groups].map(([r, g]) => `${g.length} ${r}`).join(', ');
    return note(`Coverage is 0 because no page is indexable${why ? ` (${why})` : ' (no HTML page answered 200)'}.`, 'reason.coverage-none-indexable', { why: why || null });
  }
  return note('Coverage is 0 because no chosen engine may crawl and index any indexable page (robots.txt, meta robots or X-Robots-Tag for its bot).', 'reason.coverage-none-crawlable');
}

/** Prefixes a step's summary with the reason its score is 0 or n/a. */
export function withReason(part: StepPart, reason: Said | null): StepPart {
  return reason ? { ...part, summary: `${reason.text} ${part.summary}`, reasonText: reason.message } : part;
}

export function withNote(part: StepPart, said: Said | null): StepPart {
  return said ? { ...part, notes: [...part.notes, said] } : part;
}

/** One sentence saying why relevance is n/a or 0, or null. */
export function relevanceNaReason(score: number | null, keywords: number, candidatePages: number): Said | null {
  if (score === null) {
    return keywords
      ? note('Relevance is n/a because no indexable page could be scored.', 'reason.relevance-no-page')
      : note('Relevance is n/a because no target keyword was given (--keyword, --keywords FILE or "keywords" in the config).', 'reason.relevance-no-keyword');
  }
  if (score === 0) {
    return candidatePages
      ? note(`Relevance is 0 because none of the ${candidatePages} indexable pages uses any target keyword.`, 'reason.relevance-unused', { pages: candidatePages })
      : note('Relevance is 0 because no page is indexable.', 'reason.relevance-none-indexable');
  }
  return null;
}
