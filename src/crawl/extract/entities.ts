/**
 * Character references decoded outside the tokenizer. With entity decoding on, htmlparser2's
 * tokenizer reads every text character one by one looking for "&"; with it off, it jumps from one
 * "<" to the next, which makes parsing a page cheaper (bench/RESULTS.md). The same `entities` decoder then runs on
 * the few texts and attribute values that hold an "&", in the modes the tokenizer used: legacy for
 * text (where "&amp" without ";" still counts), attribute for values (where "&copy=" does not).
 * Raw text elements keep their text as written, as the tokenizer did: script, style, xmp and, in
 * htmlparser2, textarea (only title is decoded among its special elements).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import type { Handler } from 'htmlparser2';

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'textarea']);

type Callbacks = Pick<Handler, 'onopentag' | 'ontext' | 'onclosetag'>;

/** Callbacks for a parser with `decodeEntities: false` that hand `cbs` what a decoding parser would. */
export function decodingEntities(cbs: Callbacks): Callbacks {
  // The raw text element the tokenizer is in: its text runs to the matching end tag.
  let rawText: string | null = null;
  return {
    onopentag(name, attrs, implied) {
      for (const key in attrs) {
        const value = attrs[key]!;
        if (value.includes('&')) attrs[key] = decodeHTMLAttribute(value);
      }
      if (rawText === null && RAW_TEXT.has(name)) rawText = name;
      cbs.onopentag?.(name, attrs, implied);
    },
    ontext(data) {
      cbs.ontext?.(rawText === null && data.includes('&') ? decodeHTML(data) : data);
    },
    onclosetag(name, implied) {
      if (name === rawText) rawText = null;
      cbs.onclosetag?.(name, implied);
    },
  };
}
