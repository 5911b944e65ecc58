import { isIndexable } from '../../site/indexability.js';
import { defineRule } from '../helpers.js';
import { DESCRIPTION_MAX, descriptionFits } from '../thresholds.js';
import { item } from '../evidence.js';

export const descriptionReady = defineRule(
  {
    id: 'description-ready', step: 'submission', severity: 'notice', title: `Descriptions too long to submit (over ${DESCRIPTION_MAX} characters)`,
    help: `Directories and engines' snippets use the meta description; one over ${DESCRIPTION_MAX} characters is cut. Pages with no description at all are reported once, by meta-description-missing.`,
    fix: `Shorten each listed description to 120–${DESCRIPTION_MAX} characters.`,
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => isIndexable(p) && p.html!.metaDescription && !descriptionFits(p.html!.metaDescription))
      .map((p) => item('description-ready', { characters: p.html!.metaDescription!.length, max: DESCRIPTION_MAX }, { url: p.url })),
);
