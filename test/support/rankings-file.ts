/**
 * A large rankings CSV made from a seed, with what real exports hold: keywords seen on several dates
 * (the latest wins), the same keyword in other letter cases, empty positions and volumes, French
 * thousands and decimal commas, quoted cells with commas and doubled quotes, CRLF and LF line ends,
 * paths and full URLs, several engines and markets, and bad rows that must become problems.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  // mulberry32: small, deterministic, good enough to pick rows.
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['riad', 'marrakech', 'désert', 'circuit', 'merzouga', 'excursion', 'essaouira', 'trek', 'toubkal', 'voyage', 'maroc', 'fès', 'agence', 'location', 'voiture', 'cascades', 'ouzoud', 'hôtel', 'piscine', 'médina'];
const FOCUS = ['riad marrakech', 'location voiture', 'trek toubkal', 'désert merzouga', 'Riad Marrakech'];
const ENGINES = ['google', 'bing', 'yandex', 'Google', 'qwant'];
const MARKETS = ['fr-MA', 'fr-FR', 'WW', ''];
const DATES = ['2026-11-16', '2026-11-09', '2026-10-01T08:00:00Z', ''];

/** `rows` data rows (plus the header), always the same for the same seed. */
export function generateRankingsCsv(rows: number, seed = 13): string {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const keywords = Array.from({ length: Math.max(1, Math.floor(rows / 3)) }, (_, i) => `${pick(WORDS)} ${pick(WORDS)}${i % 4 === 0 ? '' : ` ${pick(WORDS)}`}`);
  const out = ['keyword,engine,market,position,url,date,volume'];
  for (let i = 0; i < rows; i++) {
    // A few target keywords of the tests, ranked or not, on purpose.
    let keyword = rnd() < 0.02 ? pick(FOCUS) : pick(keywords);
    const r = rnd();
    if (r < 0.05) keyword = keyword.toUpperCase();
    else if (r < 0.08) keyword = `"${keyword}, ${pick(WORDS)}"`;
    else if (r < 0.09) keyword = `"${keyword} ""${pick(WORDS)}"""`;
    else if (r < 0.1) keyword = `  ${keyword} `;
    const position = rnd() < 0.08 ? '' : rnd() < 0.005 ? '0' : String(1 + Math.floor(rnd() * 120));
    const url = rnd() < 0.2 ? '' : rnd() < 0.5 ? `/page-${Math.floor(rnd() * 40)}/` : `https://example.ma/riads/${Math.floor(rnd() * 40)}`;
    const v = rnd();
    const volume = v < 0.15 ? '' : v < 0.25 ? `"${Math.floor(rnd() * 9)} ${String(Math.floor(rnd() * 1000)).padStart(3, '0')}"` : v < 0.3 ? `"${Math.floor(rnd() * 90)},5"` : v < 0.302 ? 'n/a' : String(Math.floor(rnd() * 20_000));
    const date = rnd() < 0.003 ? '16/11/2026' : pick(DATES);
    const engine = rnd() < 0.003 ? 'go ogle' : pick(ENGINES);
    const row = [keyword, engine, pick(MARKETS), position, url, date, volume].join(',');
    out.push(rnd() < 0.002 ? row.split(',').slice(0, 2).join(',') : row);
  }
  return out.map((l, i) => (i % 7 === 3 ? `${l}\r\n` : `${l}\n`)).join('');
}

const SITE_WORDS = ['riad', 'marrakech', 'médina', 'désert', 'merzouga', 'circuit', 'excursion', 'essaouira', 'trek', 'toubkal', 'jours', 'agafay', 'ouzoud', 'cascades', 'hammam', 'piscine', 'terrasse', 'chameau', 'bivouac', 'atlas'];
const OTHER_WORDS = ['paris', 'vol', 'pas', 'cher', 'avis', '2026', 'prix', 'meilleur'];

/** A Search Console "Queries" export of `rows` rows, with the demo site's words and others. */
export function generateQueriesCsv(rows: number, seed = 16): string {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out = ['Top queries,Clicks,Impressions,CTR,Position'];
  const seen: string[] = [];
  for (let i = 0; i < rows; i++) {
    const r = rnd();
    let query: string;
    if (r < 0.1 && seen.length) {
      // The same query written otherwise: case, accents kept, punctuation.
      const q = pick(seen);
      query = rnd() < 0.5 ? q.toUpperCase() : `${q} ?`;
    } else if (r < 0.12) query = 'le la les de';
    else if (r < 0.13) query = Array.from({ length: 12 }, () => pick(SITE_WORDS)).join(' ');
    else {
      const n = 1 + Math.floor(rnd() * 4);
      query = Array.from({ length: n }, () => (rnd() < 0.8 ? pick(SITE_WORDS) : pick(OTHER_WORDS))).join(' ');
      seen.push(query);
    }
    const impressions = rnd() < 0.05 ? 0 : Math.floor(rnd() * 3000);
    out.push(`"${query}",${Math.floor(impressions * rnd() * 0.1)},${impressions},1.5%,${(1 + rnd() * 40).toFixed(1)}`);
  }
  return `${out.join('\n')}\n`;
}
