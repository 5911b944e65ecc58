import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const robotsMalformed = defineRule(
  {
    id: 'robots-txt-malformed', step: 'submission', severity: 'warning', title: 'robots.txt has lines engines will not understand',
    help: 'Lines that are not "field: value" records are ignored; a typo can leave a section unprotected or a rule without effect.',
    fix: 'Correct the lines listed.',
  },
  ({ snapshot }) => snapshot.robots.filter((r) => r.problems.length && !r.looksLikeHtml).map((r) => item('robots-txt-malformed', { problems: r.problems.length }, { url: r.url, related: r.problems.slice(0, 10) })),
);
