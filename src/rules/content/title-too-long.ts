import { defineRule, htmlPages } from '../helpers.js';
import { TITLE_MAX } from '../thresholds.js';
import { item } from '../evidence.js';

export const titleTooLong = defineRule(
  {
    id: 'title-too-long', step: 'content', severity: 'notice', title: `Title longer than ${TITLE_MAX} characters`,
    help: `Result titles are cut to a display width of about 600 px; ${TITLE_MAX} characters is the common approximation of that width, not an engine rule.`,
    fix: 'Put the keyword first and shorten the title.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => (p.html!.title?.length ?? 0) > TITLE_MAX).map((p) => item('title-too-long', { characters: p.html!.title!.length, title: p.html!.title!, max: TITLE_MAX }, { url: p.url })),
);
