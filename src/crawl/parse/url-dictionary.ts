/**
 * Internal link targets (and a page's resources: html.ts's kind letter + URL) travel from a
 * parsing thread to the main thread as numbers. Each thread numbers the URLs it meets; a URL's
 * text crosses the thread boundary once, with the page where it first appears, and the main thread
 * keeps the same list for that thread. A site's hundred links a page are mostly the same few
 * thousand URLs, and copying a string across threads and looking it up in the intern table costs
 * far more than reading an array.
 */
export interface EncodedUrls {
  /** Per link: its number (≥ 0), or -(k + 1) for the k-th URL of `inline`. */
  refs: Int32Array;
  /** URLs numbered by this page, in number order. */
  fresh: string[];
  /** URLs sent as text (the dictionary is full). */
  inline: string[];
}

/** Enough for the internal URLs of a big site; past it, URLs go as text. */
const MAX_ENTRIES = 300_000;

export class UrlEncoder {
  private readonly ids = new Map<string, number>();

  encode(urls: string[]): EncodedUrls {
    const refs = new Int32Array(urls.length);
    const fresh: string[] = [];
    const inline: string[] = [];
    urls.forEach((url, i) => {
      let id = this.ids.get(url);
      if (id === undefined && this.ids.size < MAX_ENTRIES) {
        id = this.ids.size;
        this.ids.set(url, id);
        fresh.push(url);
      }
      if (id !== undefined) refs[i] = id;
      else refs[i] = -(inline.push(url));
    });
    return { refs, fresh, inline };
  }
}

export class UrlDecoder {
  private readonly table: string[] = [];

  constructor(private readonly intern: (s: string) => string) {}

  decode(e: EncodedUrls): string[] {
    for (const url of e.fresh) this.table.push(this.intern(url));
    const out = new Array<string>(e.refs.length);
    for (let i = 0; i < e.refs.length; i++) {
      const r = e.refs[i]!;
      out[i] = r >= 0 ? this.table[r]! : this.intern(e.inline[-r - 1]!);
    }
    return out;
  }
}
