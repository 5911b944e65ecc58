import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const linkNotCrawlable = defineRule(
  {
    id: 'link-not-crawlable', step: 'content', severity: 'notice', title: 'Links a crawler cannot follow (href="#", javascript:, no href)',
    help:
      'Engines follow only <a href> with a real URL: a link written href="#", href="javascript:...", or an <a> with an onclick and no href leads them nowhere. Harmless on a control (a search or theme toggle), a loss when it is the only way to some content. Elements that declare themselves controls (role="button", aria-haspopup, data-toggle) are not counted.',
    fix: 'Give navigation links their real URL in href; make controls <button> elements.',
  },
  ({ snapshot }) =>
    htmlPages(snapshot)
      .filter((p) => p.html!.uncrawlableLinks)
      .map((p) => {
        const u = p.html!.uncrawlableLinks!;
        return item('link-not-crawlable', { links: u.count, examples: [...new Set(u.examples)] }, { url: p.url });
      }),
);
