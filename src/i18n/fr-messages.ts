/**
 * Step summaries, notes and score labels in French, keyed by the message ids the step builders give
 * (`summaryText`, `noteTexts`) and by score id. The English sentence is the builder's own.
 */
import type { Param } from '../shared/message.js';

type P = Param | undefined;

export type Template = (p: Record<string, P>, n: (x: P, digits?: number) => string) => string;

const base = (p: P) => {
  const s = String(p ?? '');
  const i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
  return i >= 0 && i < s.length - 1 ? s.slice(i + 1) : s;
};
// French puts 0 and 1 in the singular (« 0 page ajoutée »).
const s = (x: P) => (typeof x === 'number' && Math.abs(x) < 2 ? '' : 's');

const DAY = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });

/** A day (`2026-11-30`, or the day of an ISO time) as French writes it: 30 novembre 2026; anything else as given. */
export function frDay(iso: P): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(String(iso ?? ''));
  return m ? DAY.format(new Date(`${m[1]}T00:00:00Z`)) : String(iso ?? '');
}

/** Where canonicals point, from `sameHost` and `hosts` ("host=n,host=n"); the English words when absent. */
function targets(p: Record<string, P>, n: (x: P, digits?: number) => string, english: P): string {
  if (p.hosts === undefined && p.sameHost === undefined) return String(english ?? '');
  const parts: [number, string][] = String(p.hosts ?? '')
    .split(',')
    .filter(Boolean)
    .map((x) => {
      const i = x.lastIndexOf('=');
      const k = Number(x.slice(i + 1));
      return [k, `${n(k)} vers l’hôte ${x.slice(0, i)}`];
    });
  if (typeof p.sameHost === 'number' && p.sameHost > 0) parts.push([p.sameHost, `${n(p.sameHost)} vers d’autres URL de ce site`]);
  return parts.sort((a, b) => b[0] - a[0]).map((x) => x[1]).join(', ');
}

/** How each robots.txt was read (src/crawl/robots.ts modes). */
const ROBOTS_MODES: Record<string, string> = { parsed: 'règles lues', 'allow-all': 'tout autorisé', 'disallow-all': 'tout interdit' };
const robotsModes = (p: P) =>
  String(p ?? '')
    .split(', ')
    .filter(Boolean)
    .map((m) => ROBOTS_MODES[m] ?? m)
    .join(', ');

export const FR_MESSAGES: Record<string, Template> = {
  'objectives.summary': (p, n) =>
    `${n(p.met)} objectif${s(p.met)} sur ${n(p.total)} atteint${s(p.met)}${p.unmeasured ? `, ${n(p.unmeasured)} non mesuré${s(p.unmeasured)}` : ''}.`,
  'objectives.none': () => 'Aucun objectif fixé : ajoutez une section « objectives » à la configuration (refaudit init en écrit une).',
  'objectives.markets': (p) => `Marchés : ${p.markets}.`,
  'objectives.no-market': () => 'Aucun marché choisi : les parts d’audience sont mondiales (--market fr-MA pour en choisir un).',
  'objectives.keywords': (p, n) => `${n(p.count)} mot${s(p.count)}-clé${s(p.count)} cible${s(p.count)}, dont ${n(p.priority1)} de priorité 1.`,
  'keywords.summary': (p, n) =>
    `${n(p.pages)} page${s(p.pages)} indexable${s(p.pages)} analysée${s(p.pages)} ; pertinence ${p.relevance === null ? '–' : n(p.relevance, 1)}/100 sur ${n(p.keywords)} mot${s(p.keywords)}-clé${s(p.keywords)} cible${s(p.keywords)} ; premier terme du site « ${p.topTerm ?? '–'} ».`,
  'keywords.rejected': (p) => {
    const r = String(p.reason ?? '');
    const m = /^(\d+) words, more than (\d+)/.exec(r);
    const why = r === 'empty keyword' ? 'mot-clé vide' : r === 'only stop words' ? 'uniquement des mots vides' : m ? `${m[1]} mots, plus de ${m[2]} : une phrase, pas une requête` : r;
    return `Mot-clé « ${p.keyword} » non évalué : ${why}.`;
  },
  'keywords.languages': (p) =>
    `Pages par langue de leur texte (détectée par franc ; <html lang> et le marché ne sont que des indices) : ${p.counts} ; chaque mot-clé est évalué sur les pages de sa langue.`,
  'keywords.neutral': (p, n) =>
    `${n(p.pages)} page${s(p.pages)} en « ${p.lang} », langue sans racinisation dans refaudit : évaluée${s(p.pages)} avec l’analyseur neutre (mots comparés tels qu’écrits, aucun mot vide retiré).`,
  'keywords.queries-not-scored': (p, n) =>
    `${n(p.count)} requête${s(p.count)} de visiteurs parmi celles qui ont le moins d’impressions non évaluée${s(p.count)} : chercher une meilleure page pour les autres a épuisé le budget (${n(p.budget)} pages examinées, src/analyze/relevance/relevance.ts).`,
  'keywords.no-keywords': () => 'Aucun mot-clé cible fourni (--keyword, --keywords FICHIER ou « keywords » dans la configuration) : seul le vocabulaire propre du site est présenté.',
  'keywords.no-queries': () => 'Aucune requête Search Console importée (--queries FICHIER) : les mots des visiteurs ne sont pas analysés.',
  'engines.summary': (p, n) =>
    `Couverture pondérée par l’audience ${n(p.coverage, 1)}/100 sur ${String(p.markets ?? '').replace(/ \(language: ([^)]*)\)/g, ' (marchés de la langue : $1)')}` +
    (p.costliest ? ` ; parmi les moteurs, ${p.costliest} coûte le plus (${n(p.points, 1)} point${s(p.points)})` : '') +
    (p.directory ? ` ; l’absence d’inscription dans ${p.directory} coûte ${n(p.directoryPoints, 1)} point${s(p.directoryPoints)} du score global (${n(p.worstPoints, 1)} en ${p.worstMarket})` : '') + '.',
  'engines.no-share': (p) => `Aucune part d’audience configurée pour ${p.names} : vérifié, non compté dans la couverture.`,
  'engines.directory-unread': (p) =>
    `${p.name} n’a pas pu être lu (${p.error}) : son inscription est inconnue, pas absente ; sa part est retirée du total de chaque marché.`,
  'engines.presence-estimated': (p) =>
    `Présence estimée d’après l’explorabilité seulement (aucun export d’index importé, aucune réponse du fournisseur de SERP) pour : ${p.engines}.`,
  'engines.no-directories': () => 'Aucun annuaire configuré (« directories » dans la configuration) : aucun vérifié.',
  'content.summary': (p, n) =>
    `${n(p.pages)} URL explorée${s(p.pages)} en ${n(p.seconds, 1)} s ; ${n(p.indexable)} indexable${s(p.indexable)} ; temps de réponse médian ${p.medianMs === null ? '–' : n(p.medianMs)} ms.`,
  'content.stopped': (p, n) => `L’exploration s’est arrêtée avant la fin (${p.stoppedBy}) : les chiffres portent sur les ${n(p.pages)} URL recueillies.`,
  'landing-pages.summary': (p, n) => `${n(p.strong)} thème${s(p.themes)} sur ${n(p.themes)} ${p.strong === 1 ? 'a' : 'ont'} une page d’atterrissage forte pour chaque mot-clé.`,
  'landing-pages.none': () => 'Aucun mot-clé cible : pages d’atterrissage par thème non évaluées.',
  'submission.summary': (p, n) =>
    `robots.txt : ${robotsModes(p.robots) || 'non récupéré'} ; ${n(p.sitemaps)} sitemap${s(p.sitemaps)} lisible${s(p.sitemaps)} listant ${n(p.sitemapUrls)} URL ; ${n(p.verification)} balise${s(p.verification)} de validation ; ${n(p.ready)}/${n(p.indexable)} descriptions prêtes.`,
  'submission.no-indexnow': () => 'Aucune clé IndexNow configurée (« indexNowKey » dans la configuration) : son fichier n’a pas été vérifié.',
  'evaluation.none': () => 'Aucune position importée : positions, seuils de changement de page et trafic en jeu ne sont pas mesurés.',
  'evaluation.rankings-hint': () =>
    'Fournir les positions avec --rankings FICHIER (CSV keyword,engine,market,position,url,date,volume ; JSON ; ou un export « Requêtes » de la Search Console), ou configurer un fournisseur de SERP sous « rankings.provider ».',
  'evaluation.summary': (p, n) =>
    `Score de positionnement ${p.score === null ? '–' : n(p.score, 1)}/100 ; ${n(p.striking)} mot${s(p.striking)}-clé${s(p.striking)} juste après un changement de page.`,
  'periodic.first': () => 'Premier audit de cet historique : il sert de référence au prochain audit périodique.',
  'periodic.partial': () => 'Audit interrompu : il n’est pas comparé aux audits précédents et il est conservé à part, pour ne jamais servir de référence au suivant.',
  'periodic.off': () => 'Historique désactivé (--no-history) : pas de comparaison avec les audits précédents.',
  'periodic.kept': (p) => `Les audits sont conservés dans le dossier ${base(p.dir)} ; le prochain sera comparé à celui-ci.`,
  'periodic.summary': (p, n) =>
    `Depuis le ${frDay(p.since)} : ${n(p.newItems)} ${s(p.newItems) ? 'nouveaux éléments' : 'nouvel élément'} de constat et ${n(p.fixedItems)} corrigé${s(p.fixedItems)} ; ${n(p.crossings)} changement${s(p.crossings)} de page ; ${n(p.added)} page${s(p.added)} ajoutée${s(p.added)}, ${n(p.removed)} retirée${s(p.removed)}.`,
  'reason.coverage-home-blocked': () => 'Couverture nulle : le robot d’aucun moteur retenu ne peut récupérer la page d’accueil (robots.txt ou erreur).',
  'reason.coverage-all-canonicalised': (p, n) =>
    `Couverture nulle : aucune page n’est indexable, les ${n(p.pages)} pages HTML déclarent une canonique vers une autre URL (${targets(p, n, p.targets)}).`,
  'reason.coverage-none-indexable': (p) => `Couverture nulle : aucune page n’est indexable${p.why ? ` (${p.why})` : ' (aucune page HTML n’a répondu 200)'}.`,
  'reason.coverage-none-crawlable': () =>
    'Couverture nulle : aucun moteur retenu ne peut explorer et indexer une page indexable (robots.txt, meta robots ou X-Robots-Tag pour son robot).',
  'reason.relevance-no-page': () => 'Pertinence non mesurée : aucune page indexable n’a pu être évaluée.',
  'reason.relevance-no-keyword': () => 'Pertinence non mesurée : aucun mot-clé cible fourni (--keyword, --keywords FICHIER ou « keywords » dans la configuration).',
  'reason.relevance-unused': (p, n) => `Pertinence nulle : aucune des ${n(p.pages)} pages indexables n’emploie un mot-clé cible.`,
  'reason.relevance-none-indexable': () => 'Pertinence nulle : aucune page n’est indexable.',
  'content.left-out': (p, n) => {
    const parts = [
      p.canonicalised ? `${n(p.canonicalised)} avec une canonique vers une autre URL (${targets(p, n, p.canonicalTargets)} ; p. ex. ${p.canonicalExample})` : '',
      p.noindex ? `${n(p.noindex)} en noindex (p. ex. ${p.noindexExample})` : '',
    ].filter(Boolean);
    return `${n(p.total)} page${s(p.total)} HTML que les moteurs n’indexeront pas ${p.total === 1 ? 'a été écartée' : 'ont été écartées'} des contrôles de titres dupliqués, de meta description, de contenu maigre, de profondeur, de complétude du sitemap et de quasi-doublons : ${parts.join(' ; ')}. Les contrôles de page (title, h1, lang, images) les couvrent toujours.`;
  },
  'audience.note': (p, n) =>
    [
      'Parts des moteurs : origine indiquée dans la colonne Part ; parts des annuaires : la configuration, avec la source qu’elle indique.',
      p.language ? 'Pour une langue, chaque chiffre est la moyenne pondérée sur ses marchés (voir le tableau suivant) ; un annuaire ne compte que dans les marchés où il a une part.' : '',
      p.directories !== null && p.directories !== undefined ? `Les annuaires portent ${n(p.directories, 1)} % de cette audience : les parts des moteurs sont multipliées par (100 − ${n(p.directories, 1)}) ÷ 100.` : '',
      p.unknown !== null && p.unknown !== undefined ? `${n(p.unknown, 1)} % de l’audience est dans des annuaires dont la page n’a pas pu être lue : elle est retirée, la couverture porte sur les ${n(100 - Number(p.unknown), 1)} % restants.` : '',
    ].filter(Boolean).join(' '),
  'engine-javascript.rendered': () =>
    'Pages exigeant JS : mesurées en affichant chaque page dans Chromium (son H1 ou l’essentiel de ses mots n’apparaissent qu’après l’exécution des scripts).',
  'engine-javascript.raw': () => 'Pages exigeant JS : jugées d’après le HTML brut (coquilles de scripts) ; lancer avec --render pour les mesurer.',
  'landing-pages.not-compared': (p, n) =>
    `${n(p.pages)} page${s(p.pages)} candidate${s(p.pages)} n’${p.pages === 1 ? 'a' : 'ont'} pas pu être comparée${s(p.pages)} pour les quasi-doublons : moins de ${n(p.shingles)} suites de trois mots hors des liens (menus et listes de liens seulement), p. ex. ${p.examples}.`,
};

/** Score and objective labels in French by id; ids built from data (a market, an engine) by prefix. */
export function frScoreLabel(id: string): string | null {
  const fixed: Record<string, string> = {
    coverage: 'Couverture (pondérée par l’audience)',
    relevance: 'Pertinence (par priorité)',
    ranking: 'Positionnement (mots-clés prioritaires en page 1)',
    'pages-crawled': 'URL explorées',
    'pages-indexable': 'Pages indexables',
    'sitemap-urls': 'URL dans les sitemaps',
    'descriptions-ready': 'Pages indexables avec une description prête',
    'objective-coverage': 'Couverture pondérée par l’audience',
    'objective-relevance': 'Score de pertinence',
    'objective-ranking': 'Score de positionnement',
    'objective-max-critical': 'Constats critiques',
    'objective-max-warnings': 'Avertissements',
  };
  if (fixed[id]) return fixed[id]!;
  let m = /^coverage-(.+)$/.exec(id);
  if (m) return `Couverture en ${m[1]}`;
  m = /^objective-page1-(.+)$/.exec(id);
  if (m) return `${m[1]} : mots-clés prioritaires en page 1`;
  m = /^ranking-(.+)$/.exec(id);
  if (m) return null; // the engine's name leads the English label; the French one is built by the caller
  return null;
}

/** Titles of tables drawn per market (`audience`), and other titles built from data. */
export function frTableTitle(id: string, market: string | undefined): string | null {
  if (id === 'audience' && market) return `Part d’audience en ${market} par moteur et ce que le site en obtient`;
  return null;
}
