/**
 * Meta robots and X-Robots-Tag, read the way Google documents them: `robots` applies to every
 * crawler, a crawler's own token (`googlebot`, `bingbot`) to that crawler only, and in the header a
 * `token:` prefix applies to the directives after it.
 */
import type { MetaRobots } from '../../site/types.js';

function splitDirectives(content: string): string[] {
  return content
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/\s*:\s*/, ':'))
    .filter(Boolean)
    // Own copies: the parser's strings are slices of the whole page.
    .map((d) => (' ' + d).slice(1));
}

function add(into: MetaRobots, who: string | null, directives: string[]): void {
  if (!directives.length) return;
  if (who === null) into.generic.push(...directives);
  else (into.perBot[who] ??= []).push(...directives);
}

export function parseMetaRobots(entries: { name: string; content: string }[], botTokens: string[]): MetaRobots {
  const out: MetaRobots = { generic: [], perBot: {} };
  for (const e of entries) {
    const name = e.name.trim().toLowerCase();
    if (name === 'robots') add(out, null, splitDirectives(e.content));
    else if (botTokens.includes(name)) add(out, name, splitDirectives(e.content));
  }
  return out;
}

const KNOWN = /^(all|none|noindex|nofollow|noarchive|nosnippet|noimageindex|notranslate|indexifembedded|max-snippet|max-image-preview|max-video-preview|unavailable_after|index|follow|noodp|noydir|nocache)$/;

export function parseXRobotsTag(values: string[], botTokens: string[]): MetaRobots {
  const out: MetaRobots = { generic: [], perBot: {} };
  for (const value of values) {
    let who: string | null = null;
    for (const part of value.split(',')) {
      let d = part.trim();
      if (!d) continue;
      // "googlebot: noindex" — a prefix that is not itself a directive names the crawler.
      const m = /^([a-z0-9_-]+)\s*:\s*(.*)$/i.exec(d);
      if (m && !KNOWN.test(m[1]!.toLowerCase())) {
        const token = m[1]!.toLowerCase();
        who = botTokens.includes(token) ? token : `other:${token}`;
        d = m[2]!.trim();
        if (!d) continue;
      }
      const directive = d.toLowerCase().replace(/\s*:\s*/, ':');
      if (who?.startsWith('other:')) continue;
      add(out, who, [(' ' + directive).slice(1)]);
    }
  }
  return out;
}
