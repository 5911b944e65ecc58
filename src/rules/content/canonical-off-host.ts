import { defineRule, htmlPages } from '../helpers.js';

/** localhost, 127.0.0.0/8, ::1, 10/8, 172.16/12, 192.168/16: a copy of the site, not where it is published. */
export function isLocalHost(host: string | null): boolean {
  if (!host) return false;
  const h = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\./.test(h) || /^10\./.test(h) || /^192\.168\./.test(h) || /^172\.(1[6-9]|2\d|3[01])\./.test(h);
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

/**
 * One item a page, its detail naming the other host first, so that pages sharing one cause (a
 * site-wide setting such as Docusaurus's `url`) read as one: "canonical on host X (N pages)".
 */
export const canonicalOffHost = defineRule(
  {
    id: 'canonical-off-host', step: 'content', severity: 'critical', title: 'Canonical points to another host',
    help: 'A canonical on another host tells engines to index that host\'s URL instead of this one: the audited pages drop out of the index under their own address. Usually one site-wide setting (the site URL of the generator, a staging or github.io address) is wrong.',
    fix: 'Point each canonical to the page\'s own URL on this host (fix the site URL setting of the generator).',
  },
  ({ snapshot }) => {
    const own = hostOf(snapshot.homeUrl);
    // Audited at a local address, the other host is often where the site is published: say so.
    const local = isLocalHost(own) ? '; audited at a local address: right if that is the published host' : '';
    const pages = htmlPages(snapshot).filter((p) => p.html!.canonical && hostOf(p.html!.canonical) !== hostOf(p.finalUrl) && hostOf(p.html!.canonical) !== own);
    const perHost = new Map<string, number>();
    for (const p of pages) perHost.set(hostOf(p.html!.canonical!)!, (perHost.get(hostOf(p.html!.canonical!)!) ?? 0) + 1);
    return pages.map((p) => {
      const host = hostOf(p.html!.canonical!)!;
      return { url: p.url, detail: `canonical on host ${host} (${perHost.get(host)} pages${local}): ${p.html!.canonical}` };
    });
  },
);
