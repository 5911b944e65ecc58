import type { Finding, RuleMeta } from '../../rules/types.js';
import { findingFrom, metaById } from '../../rules/finding.js';
import type { TargetKeyword } from '../types.js';
import type { RankingResult } from './ranking.js';
import { item } from '../../rules/evidence.js';

export const RANKING_FINDINGS = [
  {
    id: 'ranking-striking-distance', step: 'evaluation', severity: 'warning', title: 'Keywords just past a page break',
    help: 'These rank a few places after the end of a results page: climbing those places crosses the break, where clicks jump (the page-2 cliff). They are the cheapest traffic to win.',
    fix: 'Strengthen the ranking page: title and H1 on the keyword, internal links with the keyword as anchor, fresher content.',
  },
  {
    id: 'ranking-not-ranked', step: 'evaluation', severity: 'warning', title: 'Priority keywords not ranked',
    help: 'A priority keyword was not found in the results fetched for that engine.',
    fix: 'Build or strengthen a dedicated landing page for the keyword (step 5) and link to it.',
  },
] as const satisfies readonly RuleMeta[];


export function rankingFindings(rank: RankingResult, keywords: TargetKeyword[]): Finding[] {
  const out: Finding[] = [];
  if (rank.strikingDistance.length) {
    out.push(
      findingFrom(metaById(RANKING_FINDINGS, 'ranking-striking-distance'), rank.strikingDistance.map((o) =>
        item('ranking-striking-distance', { keyword: o.keyword, engine: o.engine, market: o.market, position: o.position!, page: o.page!, previousPage: o.page! - 1, placesToBreak: o.placesToBreak!, gainToBreak: o.gainToBreak }, o.url ? { url: o.url } : {}),
      )),
    );
  }
  const priority = new Set(keywords.filter((k) => k.priority === 1).map((k) => k.keyword.toLowerCase()));
  const absent = rank.observations.filter((o) => o.position === null && priority.has(o.keyword.toLowerCase()));
  if (absent.length) {
    out.push(findingFrom(metaById(RANKING_FINDINGS, 'ranking-not-ranked'), absent.map((o) => item('ranking-not-ranked', { keyword: o.keyword, engine: o.engine, market: o.market }))));
  }
  return out;
}
