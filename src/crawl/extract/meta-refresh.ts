/**
 * The content of `<meta http-equiv="refresh">`, read as browsers read it (HTML standard, "shared
 * declarative refresh steps"): a number of seconds, then `;` or `,` or spaces, then an optional
 * `url=` and the URL, quotes allowed. Anything else is not a refresh.
 */
export interface RawRefresh {
  delay: number;
  /** The URL as written (null: the page reloads itself). */
  href: string | null;
}

const REFRESH = /^\s*(\d*)(?:\.[\d.]*)?(?:\s*[;,]\s*|\s+|$)(.*)$/s;

export function parseRefreshContent(content: string): RawRefresh | null {
  const m = REFRESH.exec(content);
  if (!m || (m[1] === '' && !/^\s*\./.test(content))) return null;
  const delay = m[1] ? Number.parseInt(m[1], 10) : 0;
  let rest = m[2]!.trim();
  const named = /^url\s*=\s*/i.exec(rest);
  if (named) rest = rest.slice(named[0].length);
  const q = rest[0];
  if (q === '"' || q === "'") {
    const end = rest.indexOf(q, 1);
    rest = end < 0 ? rest.slice(1) : rest.slice(1, end);
  }
  rest = rest.trim();
  return { delay, href: rest ? rest : null };
}
