import { defineRule, hostOf, htmlPages, isLocalHost } from '../helpers.js';
import { item } from '../evidence.js';


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
    const localAudit = isLocalHost(own);
    const pages = htmlPages(snapshot).filter((p) => p.html!.canonical && hostOf(p.html!.canonical) !== hostOf(p.finalUrl) && hostOf(p.html!.canonical) !== own);
    const perHost = new Map<string, number>();
    for (const p of pages) perHost.set(hostOf(p.html!.canonical!)!, (perHost.get(hostOf(p.html!.canonical!)!) ?? 0) + 1);
    return pages.map((p) => {
      const host = hostOf(p.html!.canonical!)!;
      return item('canonical-off-host', { canonical: p.html!.canonical!, host, pagesOnHost: perHost.get(host)!, localAudit }, { url: p.url });
    });
  },
);
