/**
 * The words of an internal link describe the page it leads to, not the page holding it (the anchor
 * text principle of web search: McBryan 1994, Brin & Page 1998, Craswell, Hawking & Robertson 2001).
 * They count once, for the target (the anchors field, docs.ts), and leave the body field of the
 * page holding the link. A menu on every page then stops putting its words in every page's body,
 * and a tag or category page stops holding its posts' titles as its own words: its body keeps what
 * it says itself (excerpts, its own text). A link to the page itself (a table of contents, "#top")
 * stays its own text.
 *
 * Done once when the crawl is over, from what the snapshot holds (each page's body tokens and its
 * links' texts), on the main thread in every mode: the relevance thread's per-page work is untouched.
 */
import type { PageRecord } from '../../site/types.js';
import type { Analyzer } from '../../text/analyzer.js';
import { tokenize } from '../../text/normalize.js';
import { anchorTexts, pageText } from '../../site/page-text.js';

/**
 * How many tokens past the end of the last link found a link's words are looked for. Links come
 * in document order, as the body's tokens do; a link not found so near (past the tokens kept, an
 * image's alt, which is not body text) is left in the body.
 */
export const LINK_LOOKAHEAD = 400;

/**
 * Calls `each(i)` for every index of `body` (tokens in document order) that is the text of one of
 * `links` (each link's tokens, in document order). Each link is looked for from where the previous
 * one found ended: a greedy match, so a word written both in a link and in the prose nearby is taken
 * out once, never twice.
 */
export function linkTokenPositions(body: readonly string[], links: readonly (readonly string[])[], each: (i: number) => void): void {
  let cursor = 0;
  for (const link of links) {
    const n = link.length;
    if (!n) continue;
    const first = link[0]!;
    const last = Math.min(body.length - n, cursor + LINK_LOOKAHEAD);
    for (let i = cursor; i <= last; i++) {
      if (body[i] !== first) continue;
      let k = 1;
      while (k < n && body[i + k] === link[k]) k++;
      if (k < n) continue;
      for (let j = i; j < i + n; j++) each(j);
      cursor = i + n;
      break;
    }
  }
}

/** What a page's body loses to its links: terms (stop words aside) and the wanted terms among them. */
export interface LinkTextShare {
  /** Body terms that are link text. */
  terms: number;
  /** Wanted term → how many of the body's occurrences are link text. */
  wanted: Map<string, number> | null;
}

/**
 * The body terms of `page` that are the text of its internal links to other pages, as `analyzer`
 * reads them. `isSelf` tells a link to the page itself (its URL, redirects followed).
 */
export function linkTextShare(page: PageRecord, analyzer: Analyzer, wanted: ReadonlySet<string>, isSelf: (url: string) => boolean): LinkTextShare {
  const h = page.html!;
  const share: LinkTextShare = { terms: 0, wanted: null };
  const { urls } = h.internalLinks;
  if (!urls.length) return share;
  const texts = anchorTexts(h.internalLinks);
  const links: string[][] = [];
  for (let i = 0; i < urls.length; i++) if (texts[i] && !isSelf(urls[i]!)) links.push(tokenize(texts[i]!));
  if (!links.length) return share;
  const body = pageText(h).bodyTokens();
  linkTokenPositions(body, links, (i) => {
    // As analyzer.terms reads a token: a stop word is no term, the others are stemmed.
    const token = body[i]!;
    if (analyzer.isStop(token)) return;
    const term = analyzer.stem(token);
    share.terms += 1;
    if (!wanted.has(term)) return;
    share.wanted ??= new Map();
    share.wanted.set(term, (share.wanted.get(term) ?? 0) + 1);
  });
  return share;
}
