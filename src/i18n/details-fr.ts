/**
 * Each finding item's detail in French, worded from its facts (src/rules/facts.ts), as a French
 * référencement consultant writes it. Text from the site (titles, keywords, queries) and messages
 * from the network or a browser are quoted « as found ».
 */
import type { FactsOf, FindingId } from '../rules/facts.js';

type Num = (x: number, digits?: number) => string;
export type FrDetailTemplates = { [Id in FindingId]: ((f: FactsOf<Id>, n: Num) => string) | null };

// French puts 0 and 1 in the singular (« 0 mot », « 1 page »).
const s = (x: number) => (Math.abs(x) < 2 ? '' : 's');
const q = (t: string) => `« ${t} »`;
const list = (xs: string[]) => xs.join(', ');

const SOURCE: Record<string, string> = {
  start: 'l’adresse de départ',
  link: 'un lien',
  sitemap: 'un sitemap',
  redirect: 'une redirection',
  canonical: 'une canonique',
  hreflang: 'un hreflang',
  list: 'la liste d’URL',
};

const FETCH: Record<string, string> = {
  dns: 'nom d’hôte introuvable (DNS)',
  refused: 'connexion refusée',
  reset: 'connexion interrompue',
  timeout: 'pas de réponse complète dans le délai',
  tls: 'échec TLS (certificat ou négociation)',
  'too-large': 'réponse trop lourde',
  'redirect-loop': 'boucle de redirections',
  'too-many-redirects': 'trop de redirections',
  'bad-encoding': 'encodage de contenu illisible',
  aborted: 'exploration interrompue',
  other: 'échec de la requête',
};

const RESOURCE: Record<string, string> = { image: 'image', stylesheet: 'feuille de style', script: 'script' };

/** The sitemap reader's problems (src/crawl/sitemaps.ts) in French; an unknown one quoted as written. */
export function frSitemapProblem(p: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^larger than 50 MiB/, () => 'plus de 50 Mio (la limite de sitemaps.org) : lu jusqu’à la limite'],
    [/^malformed XML: (.*)$/s, (m) => `XML mal formé : ${q(m[1]!)}`],
    [/^neither <urlset> nor <sitemapindex>/, () => 'ni <urlset> ni <sitemapindex> à la racine'],
    [/^(\d+) entries: over the 50,000 limit/, (m) => `${m[1]} entrées : au-delà de la limite de 50 000, le reste est ignoré`],
    [/^(\d+) entries without a valid <loc> URL$/, (m) => `${m[1]} entrées sans URL <loc> valide`],
    [/^(\d+) relative <loc> URLs/, (m) => `${m[1]} URL <loc> relatives, écartées (sitemaps.org exige des URL absolues)`],
    [/^over the 50,000 URL limit/, () => 'au-delà de la limite de 50 000 URL, le reste est ignoré'],
    [/^not XML and no URL lines$/, () => 'ni XML, ni lignes d’URL'],
    [/^(\d+) lines that are not absolute URLs$/, (m) => `${m[1]} lignes qui ne sont pas des URL absolues`],
    [/^HTTP (\d+)$/, (m) => `HTTP ${m[1]}`],
    [/^(\d+) URLs outside the audited site/, (m) => `${m[1]} URL hors du site audité, écartées (un sitemap ne liste que les URL de son hôte)`],
    [/^sitemap index nested more than 3 levels/, () => 'index de sitemaps imbriqué sur plus de 3 niveaux : enfants ignorés'],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(p);
    if (m) return say(m);
  }
  return q(p);
}

/** A robots.txt line refaudit could not read (src/crawl/robots.ts), in French; the line itself as written. */
export function frRobotsProblem(p: string): string {
  let m = /^line (\d+): not a "field: value" record: (.*)$/s.exec(p);
  if (m) return `ligne ${m[1]} : pas un enregistrement « champ: valeur » : ${q(m[2]!)}`;
  m = /^line (\d+): unknown field "(.*)" \(ignored by engines\)$/s.exec(p);
  if (m) return `ligne ${m[1]} : champ inconnu ${q(m[2]!)} (ignoré par les moteurs)`;
  return p;
}

/** Related values that are words rather than URLs, by rule: each in French. */
export const FR_RELATED: Partial<Record<string, (value: string) => string>> = {
  'robots-txt-malformed': frRobotsProblem,
};

const duplicate = (f: { value: string; pages: number }, n: Num) => `${q(f.value)} sur ${n(f.pages)} pages`;
const directoryCost = (f: { markets: string[]; pointsLost: number[]; shares: number[]; shareSources: string[] }, n: Num) =>
  f.markets.length
    ? f.markets.map((m, i) => `coûte ${n(f.pointsLost[i]!, 1)} point${s(f.pointsLost[i]!)} en ${m} (part ${n(f.shares[i]!, 1)} %, source : ${q(f.shareSources[i]!)})`).join(' ; ')
    : 'aucune part d’audience configurée, non compté dans la couverture';

function shell(f: FactsOf<'js-content-shell'>, n: Num): string {
  const why = [f.emptyAppRoot ? `racine d’application ${f.appRoot} vide` : '', f.emptyMain ? '<main> vide, pas de <h1>' : '', f.fewWords ? `${n(f.words)} mot${s(f.words)}` : ''].filter(Boolean);
  const seen = [
    f.fewWords ? '' : `${n(f.words)} mot${s(f.words)}`,
    f.hasH1 || f.emptyMain ? '' : 'pas de <h1>',
    f.appRoot && !f.emptyAppRoot ? `racine d’application ${f.appRoot}` : '',
    `${n(f.bundles)} script${s(f.bundles)} chargé${s(f.bundles)}`,
    f.hydration.length ? `hydratation : ${list(f.hydration)}` : '',
  ].filter(Boolean);
  return `${why.join(' ; ')} (${seen.join(', ')})`;
}

export const FR_DETAILS: FrDetailTemplates = {
  'page-4xx': (f) => `HTTP ${f.status}, trouvée via ${SOURCE[f.source] ?? f.source}`,
  'page-5xx': (f) => `HTTP ${f.status}`,
  'fetch-failed': (f) => `${FETCH[f.code] ?? q(f.message)} (${f.code})`,
  'body-truncated': (f, n) => `${n(f.bytes, 0)} octets conservés${f.reason ? (/decompress/.test(f.reason) ? ' (décompressée au-delà de la limite)' : ' (limite de taille atteinte)') : ''}`,
  'slow-response': (f, n) => `${n(f.ms, 0)} ms (seuil ${n(f.thresholdMs, 0)} ms)`,
  'redirect-chain': (f, n) => `${n(f.hops)} sauts jusqu’à ${f.target}`,
  'redirect-loop': (f, n) => (f.loop ? (f.target ? `boucle : retour à ${f.target}` : 'boucle de redirections') : f.limit !== null ? `plus de ${n(f.limit)} redirections` : 'trop de redirections'),
  'meta-refresh-redirect': (f, n) => `meta refresh vers ${f.target}${f.linkedFrom ? `, liée depuis ${n(f.linkedFrom)} page${s(f.linkedFrom)}` : ''}`,
  'title-missing': null,
  'title-duplicate': duplicate,
  'title-too-long': (f, n) => `${n(f.characters)} caractères (plus de ${n(f.max)})`,
  'title-too-short': (f, n) => `${q(f.title)} : ${n(f.characters)} caractère${s(f.characters)} (moins de ${n(f.min)})`,
  'meta-description-missing': null,
  'meta-description-duplicate': duplicate,
  'h1-missing': null,
  'h1-multiple': (f, n) => `${n(f.count)} H1 : ${f.h1s.map(q).join(', ')}`,
  'head-closed-early': (f) => (f.ignored.length ? `ignorées : ${list(f.ignored)}` : '</head> placé après du contenu du corps'),
  'image-alt-missing': (f, n) => `${n(f.missingAlt)} image${s(f.missingAlt)} sur ${n(f.images)} sans texte alternatif`,
  'lang-missing': null,
  'lang-contradicts-text': (f) => `lang="${f.declared}", le texte se lit comme ${f.detected}`,
  'thin-content': (f, n) => `${n(f.words)} mot${s(f.words)} (moins de ${n(f.threshold)})`,
  'page-too-deep': (f, n) => `profondeur ${n(f.depth)} (plus de ${n(f.maxDepth)} clics depuis l’accueil)`,
  'orphan-page': null,
  'canonical-to-non-200': (f) =>
    `canonique ${f.canonical} : ${f.status === null ? (f.error ? (FETCH[f.error] ?? q(f.error)) : 'non récupérée') : f.redirect !== null ? `redirige (${f.redirect})` : `HTTP ${f.status}`}`,
  'canonical-multiple': (f, n) => `${n(f.canonicals)} balises canoniques`,
  'canonical-off-host': (f, n) =>
    `canonique sur l’hôte ${f.host} (${n(f.pagesOnHost)} page${s(f.pagesOnHost)}${f.localAudit ? ' ; audit sur une adresse locale : juste si c’est l’hôte publié' : ''}) : ${f.canonical}`,
  'canonical-relative': (f) => `résolue en ${f.canonical}`,
  'hreflang-invalid': (f) => (f.problem === 'bad-code' ? `code ${q(f.code)} invalide` : `${f.code} → ${f.target} : pas de lien de retour`),
  'internal-link-broken': (f, n) => `HTTP ${f.status}, liée depuis ${n(f.linkedFrom)} page${s(f.linkedFrom)}`,
  'internal-link-redirect': (f, n) => `${f.metaRefresh ? 'meta refresh' : 'redirige'} vers ${f.target}, liée depuis ${n(f.linkedFrom)} page${s(f.linkedFrom)}`,
  'link-not-crawlable': (f, n) => `${n(f.links)} lien${s(f.links)} non explorable${s(f.links)} : ${list(f.examples)}`,
  'resource-broken': (f, n) => `${RESOURCE[f.kind] ?? f.kind}, HTTP ${f.status}, utilisée sur ${n(f.usedOn)} page${s(f.usedOn)}`,
  'near-duplicate-pages': (f, n) => `groupe de ${n(f.cluster)} pages quasi identiques`,
  'doorway-pages': (f, n) => `${q(f.title)} (${n(f.words)} mot${s(f.words)})`,
  'robots-txt-missing': (f) => `HTTP ${f.status}`,
  'robots-txt-unreachable': (f) => (f.status === null ? `aucune réponse${f.error ? ` (${q(f.error)})` : ''}` : `HTTP ${f.status}`),
  'robots-txt-malformed': (f, n) => `${n(f.problems)} problème${s(f.problems)}`,
  'robots-txt-html': null,
  'robots-blocks-bot': (f, n) => `${f.bot} : ${n(f.pages)} page${s(f.pages)} indexable${s(f.pages)} interdite${s(f.pages)}`,
  'robots-txt-below-root': (f) =>
    `${f.sitemaps.length ? `déclare Sitemap : ${list(f.sitemaps)}` : 'ne déclare aucun sitemap'} ; /robots.txt : ${!f.rootRead ? 'non lu' : f.rootStatus === null ? 'aucune réponse' : `HTTP ${f.rootStatus}`}`,
  'sitemap-missing': () => 'aucun sitemap',
  'sitemap-invalid': (f) => (f.problem ? frSitemapProblem(f.problem) : f.error ? `illisible (${q(f.error)})` : f.status ? `HTTP ${f.status}` : 'injoignable'),
  'sitemap-loc-invalid': (f, n) => {
    const parts = [
      f.relative ? `${n(f.relative)} <loc> relative${s(f.relative)}` : '',
      f.otherHost ? `${n(f.otherHost)} <loc> sur un autre hôte${f.localAudit ? ' (audit sur une adresse locale : juste si c’est l’hôte publié)' : ''}` : '',
    ];
    return `${parts.filter(Boolean).join(', ')}, écartée${s(f.relative + f.otherHost)} ; p. ex. ${list(f.examples)}`;
  },
  'sitemap-over-limit': (f) => f.problems.map(frSitemapProblem).join(' ; '),
  'sitemap-url-noindex': null,
  'sitemap-url-non-200': (f) => (f.redirectsTo ? `redirige vers ${f.redirectsTo}` : f.status === null ? (f.error ? (FETCH[f.error] ?? q(f.error)) : 'aucune réponse') : `HTTP ${f.status}`),
  'sitemap-url-blocked': (f) => `bloquée pour ${list(f.bots)}`,
  'sitemap-not-in-robots': () => 'aucune ligne Sitemap: dans robots.txt',
  'indexable-not-in-sitemap': null,
  'description-ready': (f, n) => `${n(f.characters)} caractères (plus de ${n(f.max)})`,
  'verification-missing': (f) => f.tools.map((t, i) => `${t} : pas de <meta name="${f.metas[i]}">`).join(' ; '),
  'indexnow-key-invalid': (f) => (f.contentDiffers ? 'le contenu du fichier diffère de la clé' : f.status === null ? 'aucune réponse' : `HTTP ${f.status}`),
  'meta-keywords-present': (f) => q(f.keywords),
  'sitemap-url-beyond-max-depth': (f, n) => `non récupérée (--max-depth ${f.maxDepth === null ? '' : n(f.maxDepth)})`,
  'js-content-shell': shell,
  'js-rendered-content': (f, n) => {
    const parts = [
      f.h1Added ? 'le H1' : '',
      f.wordsAdded ? `${n(f.wordsAdded)} mots sur ${n(f.words)} (HTML servi : ${n(f.rawWords)})` : '',
      f.linksAdded ? `${n(f.linksAdded)} lien${s(f.linksAdded)} interne${s(f.linksAdded)}` : '',
    ].filter(Boolean);
    return `seulement après le rendu : ${parts.join(', ')}`;
  },
  'js-canonical-changed': (f) => `HTML servi : ${f.raw ?? 'aucune'} → après rendu : ${f.rendered ?? 'aucune'}`,
  'js-noindex-changed': (f) => {
    const who = f.robots.length ? list(f.robots) : 'tous les robots';
    return f.added ? `noindex ajouté par un script (${who})` : `noindex retiré par un script (${who}) : le HTML servi dit noindex`;
  },
  'js-head-changed': (f) =>
    [f.titleChanged ? `titre ${q(f.rawTitle ?? '')} → ${q(f.title ?? '')}` : '', f.description === 'added' ? 'description seulement après le rendu' : f.description === 'changed' ? 'description modifiée par un script' : '']
      .filter(Boolean)
      .join(' ; '),
  'render-failed': (f) => (f.error ? `rendu impossible (${q(f.error)})` : 'rendu impossible'),
  'engine-bot-blocked': (f, n) => `${f.name} (${f.bot ?? 'aucun robot'}) : jusqu’à ${n(f.pointsLost, 1)} point${s(f.pointsLost)} de couverture perdu${s(f.pointsLost)}`,
  'indexnow-key-missing': (f) => list(f.engines),
  'directory-link-missing': (f, n) => `${f.directory} : aucun lien parmi les ${n(f.listedSites)} sites listés${f.error ? ` (${q(f.error)})` : ''} ; ${directoryCost(f, n)}`,
  'directory-listing-partial': (f, n) =>
    `${f.directory} : ${[f.otherCategory ? 'dans une autre catégorie' : '', f.rel !== null ? `rel="${f.rel}"` : ''].filter(Boolean).join(', ')} ; ${directoryCost(f, n)}`,
  'engine-misses-js-content': (f, n) =>
    `${f.name} (rendu JavaScript : ${({ yes: 'oui', partial: 'partiel', no: 'non', unknown: 'inconnu' } as Record<string, string>)[f.renders] ?? f.renders}) : ${n(f.pagesNeedingJs)} page${s(f.pagesNeedingJs)} sur ${n(f.crawlablePages)} ${f.pagesNeedingJs < 2 ? 'a' : 'ont'} besoin de JavaScript, ${n(f.pointsLost, 1)} point${s(f.pointsLost)} de couverture perdu${s(f.pointsLost)}`,
  'keyword-cannibalisation': (f, n) => `${q(f.keyword)} : ${n(f.score)} contre ${f.competingScores.map((x) => n(x)).join(', ')}`,
  'keyword-gap': (f, n) => `${q(f.keyword)} : meilleure page ${n(f.score)}/100`,
  'keyword-not-on-site': (f) =>
    f.closestPage
      ? `${q(f.keyword)} : absent ; la page la plus proche ne contient que ${f.matched.length ? f.matched.map(q).join(', ') : 'aucun de ses mots'}`
      : `${q(f.keyword)} : absent ; aucune page ne contient un de ses mots`,
  'keyword-landing-mismatch': (f, n) => `${q(f.keyword)} est positionné sur ${f.engine} avec cette page (${n(f.rankingScore)}/100) ; la meilleure est ${f.bestUrl} (${n(f.bestScore)}/100)`,
  'query-without-page': (f, n) => `${q(f.query)} : ${f.impressions === null ? '?' : n(f.impressions)} impressions, meilleure page ${n(f.score)}/100`,
  'competitor-more-relevant': (f, n) => `${q(f.keyword)} : ${n(f.competitor)} contre ${f.notOnSite ? 'absent du site' : n(f.site)}`,
  'ranking-striking-distance': (f, n) =>
    `${q(f.keyword)} ${f.engine} ${f.market} : n° ${n(f.position)}, à ${n(f.placesToBreak)} place${s(f.placesToBreak)} de la page ${n(f.previousPage)}` +
    (f.gainToBreak !== null ? `, +${n(f.gainToBreak, 0)} clics/mois` : ''),
  'ranking-not-ranked': (f) => `${q(f.keyword)} sur ${f.engine} (${f.market})`,
};
