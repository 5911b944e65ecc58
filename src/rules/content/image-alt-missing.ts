import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const imageAltMissing = defineRule(
  {
    id: 'image-alt-missing', step: 'content', severity: 'notice', title: 'Images without an alt attribute',
    help: 'Alt text is how engines understand images (image search) and how screen readers describe them. alt="" is fine for decoration.',
    fix: 'Describe each meaningful image in its alt attribute.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.html!.imagesMissingAltCount > 0)
      .map((p) => item('image-alt-missing', { missingAlt: p.html!.imagesMissingAltCount, images: p.html!.imageCount }, { url: p.url, related: p.html!.imagesMissingAlt.slice(0, 5) })),
);
