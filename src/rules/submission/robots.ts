import { isIndexable } from '../../site/indexability.js';
import { defineRule } from '../helpers.js';

export const robotsMissing = defineRule(
  {
    id: 'robots-txt-missing', step: 'submission', severity: 'notice', title: 'No robots.txt (4xx)',
    help: 'Without robots.txt engines crawl everything (RFC 9309), and the file is where sitemaps are declared to every engine at once.',
    fix: 'Publish /robots.txt with at least a Sitemap: line.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.status !== null && r.status >= 400 && r.status < 500).map((r) => ({ url: r.url, detail: `HTTP ${r.status}` })),
);

export const robotsUnreachable = defineRule(
  {
    id: 'robots-txt-unreachable', step: 'submission', severity: 'critical', title: 'robots.txt unreachable (5xx or no answer)',
    help: 'RFC 9309: when robots.txt answers 5xx or not at all, crawlers must assume the whole site is disallowed. Google stops crawling the site.',
    fix: 'Make /robots.txt answer 200 (or 404 if you want no rules).',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.mode === 'disallow-all').map((r) => ({ url: r.url, detail: r.status === null ? (r.error?.message ?? 'no answer') : `HTTP ${r.status}` })),
);

export const robotsMalformed = defineRule(
  {
    id: 'robots-txt-malformed', step: 'submission', severity: 'warning', title: 'robots.txt has lines engines will not understand',
    help: 'Lines that are not "field: value" records are ignored; a typo can leave a section unprotected or a rule without effect.',
    fix: 'Correct the lines listed.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.problems.length && !r.looksLikeHtml).map((r) => ({ url: r.url, detail: `${r.problems.length} problems`, related: r.problems.slice(0, 10) })),
);

export const robotsHtml = defineRule(
  {
    id: 'robots-txt-html', step: 'submission', severity: 'warning', title: 'robots.txt is an HTML page',
    help: 'The server answers /robots.txt with an HTML page (often a soft 404): engines find no rules and no sitemap in it.',
    fix: 'Serve a plain-text robots.txt, or a real 404.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.looksLikeHtml).map((r) => ({ url: r.url })),
);

export const robotsBlocksBot = defineRule(
  {
    id: 'robots-blocks-bot', step: 'submission', severity: 'warning', title: 'robots.txt blocks an engine\'s crawler from indexable pages',
    help: 'Pages that are otherwise indexable are disallowed for this engine\'s bot: they cannot appear (or only as bare URLs) on that engine.',
    fix: 'Remove the Disallow for that bot, unless keeping the engine out is intended.',
  },
  ({ snapshot, bots }) => {
    const out: { url?: string; detail: string; related: string[] }[] = [];
    for (const bot of snapshot.settings.bots.filter((b) => !bots.length || bots.includes(b.id))) {
      const blocked = snapshot.pages.filter((p) => p.robotsAllowed[bot.id] === false && isIndexable(p));
      if (blocked.length) out.push({ url: blocked[0]!.url, detail: `${bot.id}: ${blocked.length} indexable pages disallowed`, related: blocked.slice(0, 10).map((p) => p.url) });
    }
    return out;
  },
);
