import { isIndexable } from '../../site/indexability.js';
import { defineRule } from '../helpers.js';

export const descriptionReady = defineRule(
  {
    id: 'description-ready', step: 'submission', severity: 'notice', title: 'Pages whose description is not ready to submit',
    help: 'Directories and engines\' snippets use the meta description; one missing or over 160 characters is not ready for submission.',
    fix: 'Write a 120–160 character description for each page you submit.',
  },
  ({ snapshot }) =>
    snapshot.pages
      .filter((p) => isIndexable(p) && (!p.html!.metaDescription || p.html!.metaDescription.length > 160))
      .map((p) => ({ url: p.url, detail: p.html!.metaDescription ? `${p.html!.metaDescription.length} characters` : 'missing', facts: { characters: p.html!.metaDescription?.length ?? null } })),
);
