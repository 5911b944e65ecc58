import { defineRule, htmlPages } from '../helpers.js';
import { item } from '../evidence.js';

export const metaKeywordsPresent = defineRule(
  {
    id: 'meta-keywords-present', step: 'submission', severity: 'notice', title: 'Pages use the meta keywords tag',
    help: 'Google and Bing ignore meta keywords (Bing may read keyword stuffing in it as spam); Yandex says it may consider it; Baidu ignores it. It also shows competitors your targets.',
    fix: 'Remove it, or keep it short and truthful if Yandex matters to you.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.metaKeywords).map((p) => item('meta-keywords-present', { keywords: p.html!.metaKeywords!.slice(0, 80) }, { url: p.url })),
);
