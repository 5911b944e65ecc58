import { languageOf } from '../../analyze/relevance/fields.js';
import type { LanguageReading } from '../../text/language.js';
import { defineRule, indexablePages } from '../helpers.js';
import { item } from '../evidence.js';

/**
 * Pages whose `<html lang>` says one language and whose text another (franc on the page's title,
 * description and opening words, src/text/language.ts). The audit hands over what relevance read
 * during the crawl (ctx.languages); without it each page is read here, the slow reference path.
 */
export const langContradictsText = defineRule(
  {
    id: 'lang-contradicts-text', step: 'content', severity: 'warning', title: 'The declared language is not the language of the text',
    help: 'The <html lang> attribute names one language and the page\'s text is clearly in another (often a theme\'s default left as lang="en-US" on a French site). Engines may file the page under the wrong language and market; refaudit reads it in the language of its text.',
    fix: 'Set <html lang> to the language the page is written in (lang="fr" for French), in the theme or the CMS\'s language setting.',
  },
  ({ snapshot, languages }) =>
    indexablePages(snapshot)
      .filter((p) => p.html?.lang)
      .flatMap((p) => {
        const r: LanguageReading | undefined = languages ? languages.get(p.finalUrl) : languageOf(p, null);
        return r?.contradicts ? [item('lang-contradicts-text', { declared: p.html!.lang!, detected: r.detected! }, { url: p.url })] : [];
      }),
);
