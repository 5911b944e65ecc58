import { defineRule } from '../helpers.js';
import { THIN_WORDS } from '../thresholds.js';
import { nearDuplicateClusters } from './clusters.js';
import { item } from '../evidence.js';

/** Titles that differ by one word only: "Excursion à Fès" / "Excursion à Rabat". */
function differByOneWord(titles: string[]): boolean {
  const split = titles.map((t) => t.toLowerCase().split(/\s+/));
  const len = split[0]!.length;
  if (!split.every((s) => s.length === len)) return false;
  let differing = 0;
  for (let i = 0; i < len; i++) if (new Set(split.map((s) => s[i])).size > 1) differing += 1;
  return differing === 1;
}

export const doorwayPages = defineRule(
  {
    id: 'doorway-pages', step: 'landing-pages', severity: 'critical', title: 'Doorway pattern: thin near-identical pages per variant',
    help: 'Three or more thin, near-identical pages whose titles differ by one word (a city, a product variant) are what engines call doorway pages, a spam policy that can demote the whole site.',
    fix: 'Replace them with one real landing page for the theme, with genuine content per variant if any.',
  },
  ({ snapshot }) =>
    nearDuplicateClusters(snapshot)
      .filter((c) => c.length >= 3 && c.every((p) => p.html!.wordCount < THIN_WORDS) && c.every((p) => p.html!.title) && differByOneWord(c.map((p) => p.html!.title!)))
      .flatMap((c) => c.map((p) => item('doorway-pages', { title: p.html!.title ?? '', words: p.html!.wordCount, cluster: c.length }, { url: p.url, related: c.filter((o) => o !== p).map((o) => o.url) }))),
);
