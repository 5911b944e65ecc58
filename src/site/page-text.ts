/**
 * A page's texts as readers want them: body tokens, headings, links with their anchor texts. How
 * they are stored (packed, perhaps in an audit's temporary file: text-store.ts) stays here; a text
 * is unpacked when it is asked for, once per PageText, never ahead.
 */
import { packedString, unpackText } from './text-store.js';
import type { Heading, HtmlFacts, LinkRecord, PageLinks } from './types.js';

export type LinkKind = 'internal' | 'external';

/** The facts a PageText reads. */
export type TextFacts = Pick<HtmlFacts, 'bodyTokensPacked' | 'headings' | 'internalLinks' | 'externalLinks'>;

export class PageText {
  private body?: string;
  private headingList?: Heading[];

  constructor(private readonly facts: TextFacts) {}

  /**
   * Visible body text as normalised tokens (src/text/normalize.ts: NFKC, lowercase, accents folded,
   * punctuation dropped), the first MAX_BODY_TOKENS. Stop words are kept so phrases stay intact.
   */
  bodyTokens(): string[] {
    const text = this.bodyText();
    return text ? text.split(' ') : [];
  }

  /** The body tokens as one space-separated string ('' when none). */
  bodyText(): string {
    return (this.body ??= unpackText(this.facts.bodyTokensPacked));
  }

  /** Headings in document order (see HtmlFacts.headings for which are kept). */
  headings(): Heading[] {
    if (this.headingList) return this.headingList;
    const { levels, textsPacked } = this.facts.headings;
    if (!levels) return (this.headingList = []);
    const texts = unpackText(textsPacked).split('\n');
    return (this.headingList = [...levels].map((l, i) => ({ level: Number(l) as Heading['level'], text: texts[i] ?? '' })));
  }

  /** Texts of the headings of one level. */
  headingTexts(level: Heading['level']): string[] {
    return this.headings()
      .filter((h) => h.level === level)
      .map((h) => h.text);
  }

  /** How many H1s the page has (read without unpacking any text). */
  h1Count(): number {
    let n = 0;
    for (const l of this.facts.headings.levels) if (l === '1') n++;
    return n;
  }

  /** The page's links of one kind, in document order. */
  links(kind: LinkKind): LinkRecord[] {
    const links = this.linkColumns(kind);
    const texts = this.anchorTexts(kind);
    return links.urls.map((url, i) => {
      const rel = links.rels[i];
      return rel ? { url, text: texts[i] ?? '', rel } : { url, text: texts[i] ?? '' };
    });
  }

  /** Anchor texts of the links of one kind, one per link (for image links the img alt). */
  anchorTexts(kind: LinkKind): string[] {
    return anchorTexts(this.linkColumns(kind));
  }

  private linkColumns(kind: LinkKind): PageLinks {
    return kind === 'internal' ? this.facts.internalLinks : this.facts.externalLinks;
  }
}

export function pageText(facts: TextFacts): PageText {
  return new PageText(facts);
}

/** Anchor texts of link columns, one per link: for a reader that has the columns without their page. */
export function anchorTexts(links: PageLinks): string[] {
  return links.urls.length ? unpackText(links.textsPacked).split('\n') : [];
}

/** Whether link `index` of these columns has rel="nofollow" (no text is read). */
export function isNofollow(links: PageLinks, index: number): boolean {
  return links.rels[index]?.split(' ').includes('nofollow') ?? false;
}

/** A page's own texts (body and headings) as they cross to another thread. */
export type ThreadTexts = Pick<HtmlFacts, 'bodyTokensPacked' | 'headings'>;

/**
 * A page's body and headings as they cross to another thread: still compact, and out of any
 * temporary file (which only this thread reads). pageText reads them on the other side.
 */
export function textsForThread(facts: ThreadTexts): ThreadTexts {
  return { headings: { levels: facts.headings.levels, textsPacked: packedString(facts.headings.textsPacked) }, bodyTokensPacked: packedString(facts.bodyTokensPacked) };
}

/** The anchor texts of link columns as they cross to another thread (anchorTextsFromThread reads them there). */
export function anchorTextsForThread(links: PageLinks): string {
  return packedString(links.textsPacked);
}

export function anchorTextsFromThread(sent: string): string[] {
  return unpackText(sent).split('\n');
}
