/**
 * A page's headings in two strings (HtmlFacts.headings): levels as digits ("1223"), texts joined by
 * "\n" (texts are whitespace-collapsed: no newline inside one) and packed like body tokens. Twenty
 * objects and strings a page would weigh more than the rest of the page's facts on a 100,000-page
 * crawl.
 */
import { packText, unpackText } from './body-tokens.js';
import type { Heading, PageHeadings } from './types.js';

export function packHeadings(list: Heading[], pack: (text: string) => string = packText): PageHeadings {
  return { levels: list.map((h) => h.level).join(''), textsPacked: pack(list.map((h) => h.text.replace(/\n/g, ' ')).join('\n')) };
}

export function headingList(h: PageHeadings): Heading[] {
  if (!h.levels) return [];
  const texts = unpackText(h.textsPacked).split('\n');
  return [...h.levels].map((l, i) => ({ level: Number(l) as Heading['level'], text: texts[i] ?? '' }));
}

/** Texts of the headings of the given levels. */
export function headingTexts(h: PageHeadings, levels: (level: number) => boolean): string[] {
  return headingList(h)
    .filter((x) => levels(x.level))
    .map((x) => x.text);
}

export function h1Count(h: PageHeadings): number {
  let n = 0;
  for (const l of h.levels) if (l === '1') n++;
  return n;
}
