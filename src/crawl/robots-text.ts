/**
 * What robots-parser is given to match rules, rewritten so that it reads a robots.txt the way
 * Google's open-source parser (google/robotstxt) does, where RFC 9309 leaves room or robots-parser
 * differs:
 * - a group ends only at a rule line: robots-parser ends one at any other line (a `Sitemap:`
 *   between two `User-agent:` lines left the first agent without rules), so the rules text keeps
 *   only user-agent, allow and disallow lines (blank lines stand in for the others, keeping line
 *   numbers);
 * - a leading byte-order mark, full or cut short, is skipped (a partial one decodes to U+FFFD and
 *   made robots-parser drop the first line);
 * - `disallow /` without its colon is read as `disallow: /`;
 * - a user-agent value counts up to its first space (`User-agent: Foo Bar` is Foo's group);
 * - `Allow: /dir/index.html` also allows `/dir/` (Google only: "index.html" stands for the
 *   directory).
 * Sitemap, Crawl-delay and the other records are read from the original text.
 */

const RULE_FIELDS = new Set(['user-agent', 'allow', 'disallow']);
/** A field, its colon (or, Google-lenient, only whitespace) and the value. */
const LINE = /^\s*([A-Za-z-]+)\s*(?::|\s)(.*)$/;

/** The text without a leading UTF-8 byte-order mark, full or partial. */
export function stripBom(text: string): string {
  // A full BOM decodes to U+FEFF; one or two of its three bytes alone decode to U+FFFD.
  return text.replace(/^(?:\uFEFF|\uFFFD{1,2}(?=[^\uFFFD]))/, '');
}

export function googleRulesText(text: string): string {
  const lines = stripBom(text).split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/#.*$/, '');
    const m = LINE.exec(line);
    const field = m?.[1]!.toLowerCase();
    if (!m || !field || !RULE_FIELDS.has(field)) {
      out.push('');
      continue;
    }
    let value = m[2]!.trim();
    if (field === 'user-agent') value = value.split(/\s/)[0] ?? '';
    out.push(`${field}: ${value}`);
    if (field === 'allow' && /\/index\.html$/.test(value)) out.push(`allow: ${value.slice(0, -'index.html'.length)}$`);
  }
  return out.join('\n');
}
