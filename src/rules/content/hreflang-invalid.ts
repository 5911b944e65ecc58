import { defineRule, htmlPages, pageIndex } from '../helpers.js';
import { item } from '../evidence.js';
import type { Evidence } from '../types.js';

const HREFLANG = /^(x-default|[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?)$/i;

export const hreflangInvalid = defineRule(
  {
    id: 'hreflang-invalid', step: 'content', severity: 'warning', title: 'hreflang alternates invalid or without return link',
    help: 'hreflang codes must be ISO 639-1 language (plus optional ISO 3166-1 region), and each alternate must link back; otherwise engines ignore the pair.',
    fix: 'Fix the code and make every alternate list the others (and itself).',
  },
  ({ snapshot }) => {
    const byUrl = pageIndex(snapshot);
    const out: Evidence[] = [];
    for (const p of htmlPages(snapshot)) {
      for (const h of p.html!.hreflang) {
        if (!HREFLANG.test(h.lang)) out.push(item('hreflang-invalid', { code: h.lang, problem: 'bad-code', target: h.url }, { url: p.url }));
        else if (h.url !== p.finalUrl) {
          const t = byUrl.get(h.url);
          if (t?.html && !t.html.hreflang.some((b) => b.url === p.finalUrl || b.url === p.url)) out.push(item('hreflang-invalid', { code: h.lang, problem: 'no-return-link', target: h.url }, { url: p.url }));
        }
      }
    }
    return out;
  },
);
