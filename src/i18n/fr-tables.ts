/**
 * Table titles and column labels in French, keyed by table id and column key (the English ones are
 * in the step builders). The ids and keys here are the ones schema/report.schema.json lists; a test
 * compares the two and fails when a table or column produced on the demo has no text.
 */
export interface TableText {
  title: string;
  columns: Record<string, string>;
  note?: string;
  /** Said instead of an empty table. */
  empty?: string;
}

export const FR_TABLES: Record<string, TableText> = {
  objectives: {
    title: 'Tableau de bord des objectifs',
    columns: { id: 'Id', objective: 'Objectif', bound: 'Sens', target: 'Cible', measured: 'Mesuré', state: 'État' },
  },
  'site-terms': { title: 'Ce dont parle le site : termes principaux', columns: { term: 'Terme', pages: 'Pages', score: 'TF-IDF' } },
  'site-phrases': { title: 'Expressions principales (2 à 3 mots)', columns: { phrase: 'Expression', pages: 'Pages', score: 'TF-IDF' } },
  'target-keywords': {
    title: 'Mots-clés cibles : meilleure page d’atterrissage',
    columns: { keyword: 'Mot-clé', prio: 'Prio', page: 'Meilleure page', score: 'Score', fields: 'Trouvé dans' },
  },
  'untargeted-terms': { title: 'Termes forts du site qu’aucun mot-clé cible n’emploie', columns: { term: 'Terme', score: 'TF-IDF' } },
  competitors: {
    title: 'Concurrents : meilleur score par mot-clé (même modèle)',
    columns: { keyword: 'Mot-clé', site: 'Site', competitor1: 'Concurrent 1', competitor2: 'Concurrent 2', competitor3: 'Concurrent 3', competitor4: 'Concurrent 4' },
  },
  'queries-without-page': {
    title: 'Requêtes des visiteurs avec impressions mais sans page forte',
    columns: { query: 'Requête', impr: 'Impressions', score: 'Meilleur score' },
  },
  audience: {
    title: 'Audience du marché et ce que le site en obtient',
    columns: { channel: 'Moteur / annuaire', kind: 'Type', share: 'Part', presence: 'Présence', lost: 'Pts perdus', origin: 'Origine' },
  },
  'language-markets': {
    title: 'Marchés retenus pour la langue',
    columns: { market: 'Marché', weight: 'Poids', data: 'Ligne des parts', score: 'Couverture' },
    note: 'Poids : internautes utilisant la langue, en millions (le fichier de données indique sa source et sa date). Un marché sans ligne propre dans audience-shares utilise la ligne mondiale.',
  },
  'engine-presence': {
    title: 'Présence effective : pages indexées ÷ pages indexables par moteur',
    columns: { engine: 'Moteur', indexed: 'Indexées', indexable: 'Indexables', ratio: 'Indexées ÷ indexables', home: 'Accueil trouvé', key: 'Pages clés trouvées', origin: 'Origine' },
    note: 'Indexées : le nombre d’un export d’index importé, ou l’estimation par le moteur des résultats d’une requête site: posée via le fournisseur de SERP (plafonnée au nombre de pages indexables dans la couverture). Pages clés : la meilleure page d’atterrissage de chaque mot-clé cible.',
  },
  'engine-javascript': {
    title: 'Ce que chaque moteur voit du contenu qui exige JavaScript',
    columns: { engine: 'Moteur', renders: 'Exécute JS', sees: 'Indexe', pages: 'Pages exigeant JS', lost: 'Pts perdus', source: 'Source' },
  },
  'engine-reachability': {
    title: 'Quels moteurs peuvent atteindre le site',
    columns: { engine: 'Moteur', bot: 'Robot', home: 'Accueil ok', crawlable: 'Explorable', verified: 'Validé', indexnow: 'IndexNow' },
    note: 'Explorable : part des pages indexables que le robot de ce moteur peut explorer et indexer (robots.txt, meta robots, X-Robots-Tag). Validé/IndexNow : vide quand le moteur n’a pas cet outil.',
  },
  directories: {
    title: 'Annuaires',
    columns: { name: 'Annuaire', listed: 'Inscription', foundAt: 'Trouvé sur', anchor: 'Ancre', rel: 'rel', rank: 'Rang A-Z', listedSites: 'Sites listés', share: 'Part d’audience', source: 'Source de la part (configuration)' },
  },
  'crawl-by-status': { title: 'Pages par statut HTTP', columns: { status: 'Statut', kind: 'Type', error: 'Erreur', pages: 'Pages' } },
  'crawl-by-depth': {
    title: 'Pages par profondeur de clic depuis la page de départ',
    columns: { depth: 'Profondeur', pages: 'Pages' },
    note: 'Profondeur vide : page trouvée seulement dans le sitemap.',
  },
  'crawl-response-times': {
    title: 'Temps de réponse (jusqu’au dernier octet)',
    columns: { p: 'Percentile', ms: 'Temps' },
    note: 'Percentiles au rang le plus proche, sur toutes les requêtes ayant reçu une réponse pendant cette exploration.',
  },
  'crawl-indexability': {
    title: 'Pages indexables et raisons des autres',
    columns: { state: 'Pages', reason: 'Raison', count: 'Nombre' },
  },
  'crawl-sitemap-overlap': {
    title: 'Recoupement du sitemap et de l’exploration',
    columns: { where: 'Trouvées', count: 'URL' },
    note: 'Chaque URL du sitemap compte une fois ; « dans le sitemap et liées » inclut une URL du sitemap atteinte par une redirection liée. « Sitemap seulement » : listée dans un sitemap, liée depuis aucune page explorée (la ligne « sitemap seulement » du tableau des profondeurs, et orphan-page quand elles répondent 200).',
  },
  'crawl-trap-patterns': { title: 'Motifs d’URL plafonnés comme pièges à robots', columns: { pattern: 'Motif', dropped: 'URL écartées' } },
  'landing-pages': {
    title: 'Page d’atterrissage par thème',
    columns: { theme: 'Thème', kws: 'Mc', page: 'Page d’atterrissage', score: 'Score', state: 'État', detail: 'Lesquels' },
  },
  'robots-files': {
    title: 'robots.txt par origine',
    columns: { url: 'robots.txt', status: 'HTTP', mode: 'Règles (RFC 9309)', sitemaps: 'Sitemaps', problems: 'Problèmes' },
  },
  'sitemap-files': {
    title: 'Sitemaps',
    columns: { url: 'Sitemap', kind: 'Type', entries: 'Entrées', gzip: 'gzip', problems: 'Problèmes' },
    empty: 'Aucun sitemap trouvé.',
  },
  'verification-tags': {
    title: 'Balises de validation sur la page d’accueil',
    columns: { name: 'Nom meta', content: 'Valeur' },
    empty: 'Aucune balise de validation sur la page d’accueil.',
  },
  'verification-files': {
    title: 'Fichiers de validation à la racine',
    columns: { url: 'Fichier', tools: 'Lu par', status: 'HTTP', valid: 'Valide' },
    empty: 'Fichiers de validation non vérifiés (instantané antérieur).',
  },
  indexnow: {
    title: 'Fichier de clé IndexNow',
    columns: { url: 'Fichier de clé', status: 'HTTP', valid: 'Valide' },
    empty: 'Aucune clé IndexNow configurée : fichier non vérifié.',
  },
  'rank-positions': {
    title: 'Positions, pages et clics estimés',
    columns: { keyword: 'Mot-clé', engine: 'Moteur', market: 'Marché', pos: 'Pos', page: 'Page', toBreak: 'Au seuil', clicks: 'Clics/mois' },
    note: 'Clics/mois = volume × CTR(position) × part du moteur sur le marché ; vide quand le volume est inconnu. Au seuil = places à gagner pour atteindre la page précédente.',
  },
  'rank-thresholds': {
    title: 'À portée de main : gain à franchir le changement de page',
    columns: { keyword: 'Mot-clé', engine: 'Moteur', market: 'Marché', pos: 'Pos', gain: 'Gain au seuil', same: 'Même gain dans la page' },
    note: 'Gain au seuil : clics gagnés en atteignant la dernière position de la page précédente. Même gain dans la page : autant de places gagnées à l’intérieur d’une page, pour comparaison.',
    empty: 'Aucun mot-clé juste après un changement de page.',
  },
  'diff-scores': { title: 'Évolution des scores depuis le dernier audit', columns: { criterion: 'Critère', delta: 'Évolution' } },
  'diff-new-findings': {
    title: 'Nouveaux constats',
    columns: { rule: 'Règle', severity: 'Gravité', url: 'Où' },
    empty: 'Aucun nouveau constat.',
  },
  'diff-fixed-findings': {
    title: 'Constats corrigés',
    columns: { rule: 'Règle', severity: 'Gravité', url: 'Où' },
    empty: 'Aucun constat corrigé.',
  },
  'diff-ranking-moves': {
    title: 'Mouvements de positions (changements de page d’abord)',
    columns: { keyword: 'Mot-clé', engine: 'Moteur', from: 'Avant', to: 'Après', crossing: 'Changement' },
    empty: 'Aucun mouvement de position.',
  },
  'diff-pages': {
    title: 'Pages ajoutées, retirées ou dont le statut a changé',
    columns: { url: 'URL', change: 'Changement' },
    empty: 'Aucune page ajoutée, retirée ou changée.',
  },
};

/** Chart titles in French, by chart id. */
export const FR_CHARTS: Record<string, string> = {
  'coverage-by-engine': 'Accès au site par moteur (%)',
  'rank-positions-chart': 'Positions et changements de page',
  'score-trend': 'Les trois critères dans le temps',
};

/** English sentences said instead of an empty table (others get the generic one). */
export const EN_EMPTY: Record<string, string> = {
  'sitemap-files': 'No sitemap found.',
  'verification-tags': 'No verification tag on the home page.',
  'verification-files': 'Verification files not checked (an older snapshot).',
  indexnow: 'No IndexNow key configured: key file not checked.',
  'rank-thresholds': 'No keyword just past a page break.',
  'diff-new-findings': 'No new findings.',
  'diff-fixed-findings': 'No fixed findings.',
  'diff-ranking-moves': 'No ranking moves.',
  'diff-pages': 'No page added, removed or changed.',
};

/** Cell values that are words (states, kinds), in French; numbers, URLs and names are not translated. */
export const FR_CELLS: Record<string, string> = {
  met: 'atteint',
  'not met': 'non atteint',
  'not measured': 'non mesuré',
  indexable: 'indexables',
  'not indexable': 'non indexables',
  'robots-blocked': 'bloquée par robots.txt',
  'not-fetched': 'non récupérée',
  status: 'statut ≠ 200',
  'not-html': 'pas du HTML',
  noindex: 'noindex',
  canonicalised: 'canonique vers une autre page',
  http: 'réponse HTTP',
  'blocked by robots.txt': 'bloquée par robots.txt',
  'fetch error': 'erreur de récupération',
  'in sitemap and linked': 'dans le sitemap et liées',
  'sitemap only': 'sitemap seulement',
  'linked, not in sitemap': 'liées, hors sitemap',
  'one strong page': 'une page forte',
  'split over pages': 'répartis sur plusieurs pages',
  'pages compete': 'des pages se concurrencent',
  'keywords without a strong page': 'mots-clés sans page forte',
  'no strong page': 'aucune page forte',
  added: 'ajoutée',
  removed: 'retirée',
  coverage: 'couverture',
  relevance: 'pertinence',
  ranking: 'positionnement',
  critical: 'critique',
  warning: 'avertissement',
  notice: 'remarque',
  'at least': '≥',
  'at most': '≤',
  title: 'titre',
  h1: 'H1',
  body: 'corps',
  url: 'URL',
  anchors: 'ancres',
  description: 'description',
  headings: 'intertitres',
  engine: 'moteur',
  directory: 'annuaire',
  'listed, followable link': 'inscrit, lien suivi',
  'listed, link not followable (nofollow/ugc/sponsored)': 'inscrit, lien non suivi (nofollow/ugc/sponsored)',
  'listed in another category': 'inscrit dans une autre catégorie',
  'listed in another category, link not followable': 'inscrit dans une autre catégorie, lien non suivi',
  'not listed': 'non inscrit',
  'unknown (page not read)': 'inconnu (page non lue)',
  'estimated from crawlability only': 'estimée d’après l’explorabilité seulement',
  'presence: estimated from crawlability': 'présence : estimée d’après l’explorabilité',
  // Whether an engine renders JavaScript (src/data/engines.json), and what it indexes.
  yes: 'oui',
  no: 'non',
  partial: 'en partie',
  unknown: 'inconnu',
  'rendered DOM': 'DOM rendu',
  'served HTML': 'HTML servi',
  // robots.txt read per RFC 9309: its rules, everything allowed (4xx), everything disallowed (5xx).
  parsed: 'lues',
  'allow-all': 'tout autorisé',
  'disallow-all': 'tout interdit',
};

/** A decimal as French writes it (`1.5` → `1,5`). */
const comma = (x: string) => x.replace('.', ',');

/**
 * Cells worded from data (a state with its source, a keyword's closest words): the English pattern
 * and its French wording. Numbers, URLs and names inside stay as they are.
 */
export const FR_CELL_PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  // Quoted text (a query, a keyword) in French quotation marks, as written.
  [/^"[^"]*"(?:, "[^"]*")*$/s, (m) => m[0].replace(/"([^"]*)"/g, '« $1 »')],
  [/^onto page (\S+)$/, (m) => `passe en page ${m[1]}`],
  [/^fell to page (\S+)$/, (m) => `retombe en page ${m[1]}`],
  [/^(\d+|error) → (\d+|error)$/, (m) => `${m[1] === 'error' ? 'erreur' : m[1]} → ${m[2] === 'error' ? 'erreur' : m[2]}`],
  [/^absent \(only (.*) on (\S+)\)$/s, (m) => `absent (seulement ${m[1]!.replace(/"([^"]*)"/g, '« $1 »')} sur ${m[2]})`],
  // A directory's share per market (`fr-MA: 6 %, fr-FR: 1.5 %`).
  [/^[\w-]+: [\d.]+ %(?:, [\w-]+: [\d.]+ %)*$/, (m) => m[0].replace(/([\w-]+): ([\d.]+) %/g, (_, k: string, v: string) => `${k}\u00a0: ${comma(v)}\u00a0%`)],
  [/^([\d.]+) %$/, (m) => `${comma(m[1]!)}\u00a0%`],
  [/^presence: export (.+)$/s, (m) => `présence : export ${m[1]}`],
  [/^presence: (.+)$/s, (m) => `présence : ${m[1]}`],
  [/^share: config \((.*)\); (.+?)(, share left out of the total)?$/s, (m) => `part : configuration (${m[1]}) ; ${FR_CELLS[m[2]!] ?? m[2]}${m[3] ? ', part retirée du total' : ''}`],
  [/^imported: (.+)$/s, (m) => `importé : ${m[1]}`],
  [/^(.+), (\S+) \(site: result count\)$/s, (m) => `${m[1]}, ${m[2]} (nombre de résultats site:)`],
  [/^(.+), (\S+) \(key pages found, no result count in the answer\)$/s, (m) => `${m[1]}, ${m[2]} (pages clés trouvées, pas de nombre de résultats dans la réponse)`],
];

/** What each model data file holds, in French, by file name (the cited sources stay as published). */
export const FR_SOURCES: Record<string, string> = {
  'engines.json': 'Moteurs de recherche : les robots qui alimentent l’index de chaque moteur, le nombre de résultats par page, la validation et la prise en charge d’IndexNow.',
  'audience-shares.json': 'Part de marché des moteurs de recherche par marché (toutes plateformes), en pourcentage.',
  'ctr-curve.json': 'Part des recherches qui cliquent sur le résultat naturel à chaque position (en pourcentage), ordinateur et mobile ensemble.',
  'language-markets.json': 'Pour la couverture par langue (`--market fr`) : les pays où la langue est lue sur le web, chacun pondéré par ses internautes qui utilisent cette langue, en millions.',
  'directory-presence.json': 'Part de l’audience d’un annuaire que rapporte une inscription (sa « présence », de 0 à 1) selon ce que montre la page de l’annuaire.',
  'relevance-weights.json': 'Poids des champs et paramètres du modèle de pertinence BM25F mot-clé × page de refaudit, et seuils de ses constats.',
};

/** What `measured: …` names, in French. */
export const FR_MEASURED: Record<string, string> = {
  crawl: 'exploration',
  'directory page': 'page de l’annuaire',
  'no rankings imported': 'aucune position importée',
  rules: 'règles',
  'crawl (--render)': 'exploration (--render)',
  'crawl (raw HTML)': 'exploration (HTML brut)',
};
