import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { decodingEntities } from '../../src/crawl/extract/entities.js';

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

/** What a parser reports, consecutive texts joined (a decoding tokenizer splits text at each reference). */
function events(html: string, decodeInTokenizer: boolean): Event[] {
  const out: Event[] = [];
  const cbs = {
    onopentag: (name: string, attrs: Record<string, string>) => void out.push(['open', name, { ...attrs }]),
    ontext: (data: string) => {
      const last = out[out.length - 1];
      if (last?.[0] === 'text') last[1] += data;
      else out.push(['text', data]);
    },
    onclosetag: (name: string) => void out.push(['close', name]),
  };
  const options = { decodeEntities: decodeInTokenizer, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false };
  const parser = new Parser(decodeInTokenizer ? cbs : decodingEntities(cbs), options);
  parser.write(html);
  parser.end();
  return out;
}

const references = ['&amp;', '&amp', '&lt;', '&gt', '&eacute;', '&nbsp;', '&#233;', '&#x27;', '&#0;', '&#xD800;', '&copy=', '&notit;', '&noti', '&;', '&', '&#', '&#x', '&AMP;', '&ampx'];
const pieces = [
  ...references,
  'Séjour ', ' ', 'a < b ', '<p>', '</p>', '<div class="x">', '</div>', '<br>', '<title>', '</title>', '<script>', '</script>',
  '<style>', '</style>', '<textarea>', '</textarea>', '<xmp>', '</xmp>', '<!-- c &amp; -->', '<h1>', '</h1>', '</a>',
];
const attrValue = fc.array(fc.constantFrom(...references, 'x', '=', '/p?a=1', ' ', 'é'), { maxLength: 6 }).map((a) => a.join(''));
const tagWithAttrs = fc.tuple(fc.constantFrom('a', 'img', 'meta', 'script', 'title', 'textarea'), attrValue, attrValue).map(
  ([tag, v1, v2]) => `<${tag} href="${v1.replace(/"/g, '')}" alt='${v2.replace(/'/g, '')}' data-x=${v1.replace(/[\s"'<>=`]/g, '') || 'y'}>`,
);
const html = fc.array(fc.oneof(fc.constantFrom(...pieces), tagWithAttrs, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join(''));

/**
 * In a title, htmlparser2's tokenizer does not decode a reference that follows a partial match of
 * "</title" ("a <&amp; b" stays as written); the HTML standard's RCDATA state decodes it.
 */
/**
 * Closes whatever the document left open (a quoted value, a comment, a raw text element). At the
 * end of its input htmlparser2 hands an unterminated construct (a bogus comment, a tag) back as
 * text, raw in both modes, where the wrapper would decode it: not a case a page's facts depend on.
 */
const CLOSE_ALL = `"'--></script></style></title></textarea></xmp>`;

const TITLE_QUIRK = /<(\/(t(i(t(le?)?)?)?)?)?&/i;

describe('character references decoded outside the tokenizer', () => {
  it('reports the texts and attributes a decoding tokenizer reports', () => {
    fc.assert(
      fc.property(html, (doc) => {
        // Where they differ, htmlparser2 is wrong (next test): left out here.
        fc.pre(!TITLE_QUIRK.test(doc));
        const whole = doc + CLOSE_ALL;
        expect(events(whole, false)).toEqual(events(whole, true));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes a reference after "<" in a title, as the HTML standard does', () => {
    expect(events('<title>a <&amp; b</title>', true)[1]).toEqual(['text', 'a <&amp; b']);
    expect(events('<title>a <&amp; b</title>', false)[1]).toEqual(['text', 'a <& b']);
  });

  it('decodes text and attribute values, and leaves raw text elements as written', () => {
    const e = events('<title>A &amp; B</title><a href="/s?a=1&amp;b=2&copy=3">x &eacute;</a><script>if (a &amp;&amp; b) {}</script><textarea>&lt;</textarea>', false);
    expect(e).toEqual([
      ['open', 'title', {}],
      ['text', 'A & B'],
      ['close', 'title'],
      ['open', 'a', { href: '/s?a=1&b=2&copy=3' }],
      ['text', 'x é'],
      ['close', 'a'],
      ['open', 'script', {}],
      ['text', 'if (a &amp;&amp; b) {}'],
      ['close', 'script'],
      ['open', 'textarea', {}],
      ['text', '&lt;'],
      ['close', 'textarea'],
    ]);
  });
});
