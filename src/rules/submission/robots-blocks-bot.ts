import { isIndexable } from '../../site/indexability.js';
import { defineRule } from '../helpers.js';
import type { Evidence } from '../types.js';
import { item } from '../evidence.js';

export const robotsBlocksBot = defineRule(
  {
    id: 'robots-blocks-bot', step: 'submission', severity: 'warning', title: 'robots.txt blocks an engine\'s crawler from indexable pages',
    help: 'Pages that are otherwise indexable are disallowed for this engine\'s bot: they cannot appear (or only as bare URLs) on that engine.',
    fix: 'Remove the Disallow for that bot, unless keeping the engine out is intended.',
  },
  ({ snapshot, bots }) => {
    const out: Evidence[] = [];
    for (const bot of snapshot.settings.bots.filter((b) => !bots.length || bots.includes(b.id))) {
      const blocked = snapshot.pages.filter((p) => p.robotsAllowed[bot.id] === false && isIndexable(p));
      if (blocked.length) out.push(item('robots-blocks-bot', { bot: bot.id, pages: blocked.length }, { url: blocked[0]!.url, related: blocked.slice(0, 10).map((p) => p.url) }));
    }
    return out;
  },
);
