/**
 * String interning: the same link URL or anchor text ("Accueil", "/contact/") appears on thousands
 * of pages; one shared copy keeps a 100,000-page snapshot in memory. V8 does not intern strings
 * built at run time, so we do.
 */
export function makeInterner(maxEntries = 500_000): (s: string) => string {
  const table = new Map<string, string>();
  return (s: string) => {
    const hit = table.get(s);
    if (hit !== undefined) return hit;
    // A copy, not the parser's slice of the page (which would keep the page's HTML alive).
    const own = s.length ? (' ' + s).slice(1) : s;
    if (table.size < maxEntries) table.set(own, own);
    return own;
  };
}
