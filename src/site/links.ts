/**
 * A page's links in columns (HtmlFacts.internalLinks / externalLinks): target URLs in an array (each
 * a shared copy, see crawl/intern.ts), anchor texts packed in one string (deflated, as body tokens
 * are: only relevance reads them, once), rel values only where present.
 * A hundred links a page make a million on a 10,000-page site: one object and one string each
 * would be most of the snapshot's memory.
 */
import { packText, unpackText } from './body-tokens.js';
import type { LinkRecord, PageLinks } from './types.js';
import type { PackedText } from './spill.js';

export function packLinks(records: LinkRecord[], pack: (text: string) => string = packText): PageLinks {
  const rels: Record<string, string> = {};
  records.forEach((r, i) => {
    if (r.rel) rels[i] = r.rel;
  });
  // Texts are whitespace-collapsed, so a newline never occurs inside one.
  return { urls: records.map((r) => r.url), textsPacked: pack(records.map((r) => r.text.replace(/\n/g, ' ')).join('\n')), rels };
}

export function linkTexts(links: PageLinks): string[] {
  return links.urls.length ? unpackLinkTexts(links.textsPacked) : [];
}

/** The anchor texts of `textsPacked` alone (the relevance thread gets no URLs with them). */
export function unpackLinkTexts(textsPacked: PackedText): string[] {
  return unpackText(textsPacked).split('\n');
}

export function linkRecords(links: PageLinks): LinkRecord[] {
  const texts = linkTexts(links);
  return links.urls.map((url, i) => {
    const rel = links.rels[i];
    return rel ? { url, text: texts[i] ?? '', rel } : { url, text: texts[i] ?? '' };
  });
}

export function isNofollow(links: PageLinks, index: number): boolean {
  return links.rels[index]?.split(' ').includes('nofollow') ?? false;
}
