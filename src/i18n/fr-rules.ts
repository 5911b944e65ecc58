/**
 * Rule texts in French, keyed by rule id (English texts stay beside each rule's check). Written as a
 * French référencement consultant writes them; test/i18n/catalogue.test.ts fails when a rule of
 * ALL_RULES or of the analyses has no entry here.
 */
import { DESCRIPTION_MAX, THIN_WORDS, TITLE_MAX, TITLE_MIN } from '../rules/thresholds.js';

export interface RuleText {
  title: string;
  help: string;
  fix: string;
}

export const FR_RULES: Record<string, RuleText> = {
  'page-4xx': {
    title: 'Page en erreur client (4xx) vers laquelle aucune page explorée ne pointe',
    help: 'Une URL explorée répond 4xx et aucune page explorée n’y mène : elle vient d’un sitemap, d’une redirection, d’une canonique ou d’un hreflang. Les moteurs la retirent de leur index. Les URL 4xx liées depuis des pages explorées sont signalées une seule fois, par internal-link-broken.',
    fix: 'Rétablir la page ou la rediriger (301) vers son équivalent le plus proche, ou la retirer du sitemap, de la redirection ou de la canonique qui la cite.',
  },
  'page-5xx': {
    title: 'Page en erreur serveur (5xx)',
    help: 'Une erreur serveur indique aux moteurs que la page est indisponible ; des 5xx répétées les font explorer moins le site et désindexer l’URL.',
    fix: 'Corriger l’erreur serveur (voir les journaux de l’application pour cette URL).',
  },
  'fetch-failed': {
    title: 'Page impossible à récupérer',
    help: 'Aucune réponse HTTP complète (délai dépassé, connexion coupée, erreur TLS…). Un moteur qui rencontre la même panne ne peut pas indexer la page.',
    fix: 'Vérifier le serveur pour cette URL : délais, connexions interrompues ou certificat.',
  },
  'body-truncated': {
    title: 'Réponse plus lourde que la limite de taille',
    help: 'Le contenu a été coupé à --max-bytes (ou au-delà une fois décompressé). Les moteurs arrêtent eux aussi de lire les pages très lourdes (Google lit les 15 premiers Mo d’un fichier HTML).',
    fix: 'Alléger la page : paginer les longues listes, sortir les données intégrées du HTML.',
  },
  'slow-response': {
    title: 'Réponse serveur lente (plus de 1,5 s)',
    help: 'Temps jusqu’au dernier octet supérieur à 1,5 s, mesuré pendant l’exploration. Des réponses lentes réduisent le nombre de pages explorées par les moteurs et gênent les visiteurs.',
    fix: 'Mettre la page en cache ou accélérer le traitement serveur qui la produit.',
  },
  'redirect-chain': {
    title: 'Chaîne de redirections (plus d’un saut)',
    help: 'Chaque saut coûte une requête et un peu de popularité ; les moteurs ne suivent qu’un nombre limité de sauts (Google : 10).',
    fix: 'Faire pointer la première URL (et les liens vers elle) directement vers la destination finale.',
  },
  'redirect-loop': {
    title: 'Boucle de redirections ou chaîne sans fin',
    help: 'L’URL redirige vers elle-même (ou dépasse 10 sauts) : ni les visiteurs ni les moteurs n’atteignent jamais une page.',
    fix: 'Casser la boucle : qu’une URL de la chaîne réponde 200.',
  },
  'title-missing': {
    title: 'Page sans balise <title>',
    help: 'Le titre est l’intitulé du résultat sur tous les moteurs et le signal de pertinence le plus fort de la page.',
    fix: 'Rédiger un titre unique de 30 à 60 caractères qui contient le mot-clé principal de la page.',
  },
  'title-duplicate': {
    title: 'Même titre sur plusieurs pages indexables',
    help: 'Les moteurs ne savent pas quelle page répond à quelle requête, et les pages se concurrencent entre elles.',
    fix: 'Donner à chaque page un titre qui dit ce qu’elle seule propose.',
  },
  'title-too-long': {
    title: `Titre de plus de ${TITLE_MAX} caractères`,
    help: `Les titres des résultats sont coupés vers 600 px de large ; ${TITLE_MAX} caractères en sont l’approximation courante, pas une règle des moteurs.`,
    fix: 'Placer le mot-clé en tête et raccourcir le titre.',
  },
  'title-too-short': {
    title: `Titre de moins de ${TITLE_MIN} caractères`,
    help: 'Un titre d’un ou deux mots gaspille le champ le plus pertinent et renseigne mal l’internaute.',
    fix: 'Décrire la page : son sujet, son lieu, ce que le visiteur y trouve.',
  },
  'meta-description-missing': {
    title: 'Page sans meta description',
    help: 'Sans elle, les moteurs prennent un extrait de la page ; les annuaires et les partages sur les réseaux sociaux l’utilisent aussi.',
    fix: 'Rédiger une description de 120 à 160 caractères qui donne envie de cliquer.',
  },
  'meta-description-duplicate': {
    title: 'Même meta description sur plusieurs pages',
    help: 'Des descriptions dupliquées rendent les résultats semblables et sont souvent ignorées par les moteurs.',
    fix: 'Rédiger une description propre à chaque page.',
  },
  'h1-missing': {
    title: 'Page sans <h1>',
    help: 'Le titre principal dit aux visiteurs et aux moteurs de quoi parle la page ; il compte dans la pertinence.',
    fix: 'Ajouter un <h1> qui énonce le sujet de la page avec son mot-clé principal.',
  },
  'h1-multiple': {
    title: 'Page avec plusieurs <h1>',
    help: 'Plusieurs titres principaux diluent le sujet de la page.',
    fix: 'Garder un seul <h1> ; passer les autres en <h2>.',
  },
  'head-closed-early': {
    title: 'Balises d’en-tête ignorées : le <head> est fermé trop tôt',
    help: 'Un élément interdit dans <head> (un <div>, une <img>, du texte) ferme l’en-tête pour les navigateurs et les moteurs ; la meta robots, la canonique et la description placées après sont ignorées.',
    fix: 'Déplacer l’élément fautif dans <body>, ou placer les balises meta et link en premier dans <head>.',
  },
  'image-alt-missing': {
    title: 'Images sans attribut alt',
    help: 'Le texte alternatif permet aux moteurs de comprendre les images (recherche d’images) et aux lecteurs d’écran de les décrire. alt="" convient aux images décoratives.',
    fix: 'Décrire chaque image porteuse de sens dans son attribut alt.',
  },
  'lang-missing': {
    title: 'Pas d’attribut <html lang>',
    help: 'L’attribut de langue aide les moteurs à servir la page sur le bon marché, et refaudit à choisir la bonne racinisation.',
    fix: 'Ajouter lang="fr" (ou la langue de la page) à l’élément <html>.',
  },
  'thin-content': {
    title: `Page indexable de moins de ${THIN_WORDS} mots`,
    help: 'Les pages pauvres en contenu se positionnent rarement et, nombreuses, dégradent l’image du site entier auprès des moteurs. Le seuil est une règle empirique de refaudit.',
    fix: 'Étoffer la page, la fusionner avec une page plus forte, ou la passer en noindex.',
  },
  'page-too-deep': {
    title: 'Page à plus de 4 clics de l’accueil',
    help: 'Les pages profondes sont explorées moins souvent et reçoivent moins de popularité interne.',
    fix: 'Lier la page depuis une page catégorie ou un hub plus proche de l’accueil.',
  },
  'orphan-page': {
    title: 'Page du sitemap liée par aucune page explorée',
    help: 'Une page orpheline ne reçoit aucune popularité interne et les moteurs la jugent secondaire.',
    fix: 'La lier depuis les pages connexes, ou la retirer du sitemap si elle ne doit pas exister.',
  },
  'canonical-to-non-200': {
    title: 'Canonique vers une page qui ne répond pas 200',
    help: 'Une canonique vers une erreur ou une redirection est un signal contradictoire : les moteurs peuvent l’ignorer ou écarter les deux pages.',
    fix: 'Faire pointer la canonique vers l’URL finale et active (le plus souvent la page elle-même).',
  },
  'canonical-multiple': {
    title: 'Plusieurs liens canoniques sur une page',
    help: 'Face à des canoniques contradictoires, les moteurs les ignorent toutes.',
    fix: 'Garder exactement un <link rel="canonical">.',
  },
  'hreflang-invalid': {
    title: 'hreflang invalides ou sans lien retour',
    help: 'Les codes hreflang doivent être une langue ISO 639-1 (plus une région ISO 3166-1 facultative), et chaque version doit renvoyer vers les autres ; sinon les moteurs ignorent la paire.',
    fix: 'Corriger le code et faire lister à chaque version toutes les autres (et elle-même).',
  },
  'internal-link-broken': {
    title: 'Liens internes vers des pages en erreur 4xx',
    help: 'Les liens vers des pages 4xx mènent visiteurs et moteurs dans une impasse. Chaque URL n’est signalée qu’une fois ici : page-4xx ne liste que les URL 4xx vers lesquelles aucune page explorée ne pointe.',
    fix: 'Rétablir chaque page ou la rediriger (301) vers la page équivalente la plus proche, ou corriger les liens indiqués.',
  },
  'internal-link-redirect': {
    title: 'Liens internes qui passent par une redirection',
    help: 'Chaque lien interne redirigé coûte une requête et ralentit l’exploration.',
    fix: 'Lier directement l’URL finale.',
  },
  'near-duplicate-pages': {
    title: 'Pages quasi identiques',
    help: 'Des pages au texte presque identique se partagent pertinence et liens ; les moteurs en affichent une et filtrent les autres.',
    fix: 'Les fusionner en une page forte (301 pour les autres) ou rendre chacune réellement différente.',
  },
  'doorway-pages': {
    title: 'Pages satellites : pages pauvres et quasi identiques par variante',
    help: 'Trois pages ou plus, pauvres et quasi identiques, dont les titres ne diffèrent que d’un mot (une ville, une variante de produit), sont ce que les moteurs appellent des pages satellites : une pratique contraire à leurs consignes qui peut pénaliser tout le site.',
    fix: 'Les remplacer par une vraie page d’atterrissage pour le thème, avec un contenu propre à chaque variante s’il y a lieu.',
  },
  'robots-txt-missing': {
    title: 'Pas de robots.txt (4xx)',
    help: 'Sans robots.txt, les moteurs explorent tout (RFC 9309), et c’est dans ce fichier que l’on déclare les sitemaps à tous les moteurs à la fois.',
    fix: 'Publier /robots.txt avec au moins une ligne Sitemap:.',
  },
  'robots-txt-unreachable': {
    title: 'robots.txt injoignable (5xx ou pas de réponse)',
    help: 'RFC 9309 : quand robots.txt répond 5xx ou ne répond pas, les robots doivent considérer tout le site comme interdit. Google cesse d’explorer le site.',
    fix: 'Faire répondre /robots.txt en 200 (ou 404 si vous ne voulez aucune règle).',
  },
  'robots-txt-malformed': {
    title: 'robots.txt contient des lignes que les moteurs ne comprendront pas',
    help: 'Les lignes qui ne sont pas de la forme « champ: valeur » sont ignorées ; une faute de frappe peut laisser une section sans protection ou une règle sans effet.',
    fix: 'Corriger les lignes listées.',
  },
  'robots-txt-html': {
    title: 'robots.txt est une page HTML',
    help: 'Le serveur répond à /robots.txt par une page HTML (souvent une fausse 404) : les moteurs n’y trouvent ni règles ni sitemap.',
    fix: 'Servir un robots.txt en texte brut, ou une vraie 404.',
  },
  'robots-blocks-bot': {
    title: 'robots.txt interdit des pages indexables au robot d’un moteur',
    help: 'Des pages par ailleurs indexables sont interdites au robot de ce moteur : elles ne peuvent pas apparaître sur ce moteur (ou seulement comme URL nue).',
    fix: 'Retirer le Disallow pour ce robot, sauf si exclure ce moteur est voulu.',
  },
  'sitemap-missing': {
    title: 'Aucun sitemap trouvé',
    help: 'Aucun sitemap n’est déclaré dans robots.txt et aucun ne répond à /sitemap.xml : les moteurs doivent découvrir chaque page par les liens.',
    fix: 'Publier un sitemap et le déclarer dans robots.txt (Sitemap: https://…/sitemap.xml).',
  },
  'sitemap-invalid': {
    title: 'Sitemap illisible ou invalide',
    help: 'Un sitemap qui répond une erreur ou n’est pas du XML valide est ignoré par les moteurs.',
    fix: 'Corriger le fichier pour qu’il soit un XML sitemaps.org valide (ou une simple liste d’URL) et réponde 200.',
  },
  'sitemap-over-limit': {
    title: 'Sitemap au-delà de la limite de 50 000 URL / 50 Mo',
    help: 'Les moteurs lisent au plus 50 000 URL et 50 Mo (décompressé) par fichier sitemap ; le reste est ignoré.',
    fix: 'Le découper en plusieurs sitemaps listés dans un index de sitemaps.',
  },
  'sitemap-url-noindex': {
    title: 'Le sitemap liste des pages en noindex',
    help: 'Le sitemap demande aux moteurs d’indexer une page qui leur demande de ne pas le faire : signal contradictoire qui gaspille l’exploration.',
    fix: 'Retirer du sitemap les pages en noindex (ou retirer le noindex).',
  },
  'sitemap-url-non-200': {
    title: 'Le sitemap liste des URL qui ne répondent pas 200',
    help: 'Un sitemap ne doit lister que des URL finales et actives ; erreurs et redirections y entament la confiance des moteurs dans le fichier.',
    fix: 'Lister l’URL finale de chaque page et retirer les pages mortes.',
  },
  'sitemap-url-blocked': {
    title: 'Le sitemap liste des URL bloquées par robots.txt',
    help: 'Une URL du sitemap que le robot d’un moteur n’a pas le droit de récupérer ne peut pas être indexée par ce moteur.',
    fix: 'Retirer l’URL du sitemap ou l’autoriser dans robots.txt.',
  },
  'sitemap-not-in-robots': {
    title: 'Sitemap non déclaré dans robots.txt',
    help: 'Une ligne Sitemap: dans robots.txt annonce le sitemap à tous les moteurs, y compris ceux où vous n’avez pas de compte webmaster.',
    fix: 'Ajouter « Sitemap: <URL absolue> » à robots.txt.',
  },
  'indexable-not-in-sitemap': {
    title: 'Pages indexables absentes du sitemap',
    help: 'Le sitemap doit lister toutes les pages à indexer ; les pages absentes sont découvertes plus tard, voire jamais si les liens vers elles sont faibles.',
    fix: 'Générer le sitemap depuis la même source que les pages.',
  },
  'description-ready': {
    title: `Descriptions trop longues pour la soumission (plus de ${DESCRIPTION_MAX} caractères)`,
    help: `Annuaires et extraits des moteurs reprennent la meta description ; au-delà de ${DESCRIPTION_MAX} caractères, elle est coupée. Les pages sans description sont signalées une seule fois, par meta-description-missing.`,
    fix: `Raccourcir chaque description listée à 120–${DESCRIPTION_MAX} caractères.`,
  },
  'verification-missing': {
    title: 'Pas de balise de validation pour les outils webmaster d’un moteur',
    help: 'La page d’accueil ne porte pas de balise meta de validation pour ces outils, et le fichier de Bing (/BingSiteAuth.xml, le seul fichier de validation au nom fixe) est absent ou invalide. Le site peut être validé par DNS ou par un fichier nommé d’après le jeton du compte, ce qu’une exploration ne voit pas ; sans aucune validation, impossible d’y soumettre un sitemap ou de suivre l’indexation.',
    fix: 'Valider le site dans les outils webmaster de chaque moteur (balise meta, fichier ou enregistrement DNS).',
  },
  'indexnow-key-invalid': {
    title: 'Fichier de clé IndexNow absent ou erroné',
    help: 'IndexNow (Bing, Yandex, Seznam, Naver) vérifie que <clé>.txt à la racine du site contient la clé ; sinon les soumissions sont refusées.',
    fix: 'Publier le fichier de clé à la racine du site, contenant exactement la clé.',
  },
  'meta-keywords-present': {
    title: 'Pages avec la balise meta keywords',
    help: 'Google et Bing ignorent la meta keywords (Bing peut y voir du bourrage de mots-clés) ; Yandex dit pouvoir en tenir compte ; Baidu l’ignore. Elle montre aussi vos cibles aux concurrents.',
    fix: 'La supprimer, ou la garder courte et sincère si Yandex compte pour vous.',
  },
  'engine-bot-blocked': {
    title: 'Le robot d’un moteur ne peut pas atteindre la page d’accueil',
    help: 'robots.txt (ou une erreur) tient le robot de ce moteur à l’écart de l’accueil : le site est quasi absent de ce moteur et son audience est perdue.',
    fix: 'Autoriser le robot du moteur dans robots.txt, sauf si exclure ce moteur est un choix délibéré.',
  },
  'engine-misses-js-content': {
    title: 'Les moteurs qui n’exécutent pas JavaScript manquent un contenu qui en a besoin',
    help: 'Certaines pages n’ont leur texte ou leur H1 qu’une fois les scripts exécutés. Les moteurs dont la documentation ne dit pas qu’ils font le rendu (src/data/engines.json, « javascript ») sont supposés indexer le HTML tel que servi : ces pages arrivent à leurs utilisateurs sans leur contenu. Les points sont la couverture, pondérée par l’audience, que cela coûte.',
    fix: 'Servir le contenu dans le HTML (rendu côté serveur, génération statique ou prérendu) pour que tous les moteurs l’indexent.',
  },
  'indexnow-key-missing': {
    title: 'Pas de clé IndexNow valide pour les moteurs qui l’utilisent',
    help: 'Bing, Yandex, Seznam et Naver acceptent les notifications IndexNow : les pages nouvelles ou modifiées entrent dans leur index en quelques minutes au lieu d’attendre la prochaine exploration.',
    fix: 'Créer une clé IndexNow, publier <clé>.txt à la racine du site et renseigner « indexNowKey » dans la configuration.',
  },
  'directory-link-missing': {
    title: 'Un annuaire choisi ne référence pas le site',
    help: 'La page de l’annuaire configurée pour le site ne contient aucun lien vers lui.',
    fix: 'Soumettre le site à cette catégorie de l’annuaire, avec le titre et la description préparés.',
  },
  'keyword-cannibalisation': {
    title: 'Plusieurs pages se disputent un mot-clé',
    help: 'Deux pages ou plus obtiennent des scores à moins de 15 % l’un de l’autre sur le mot-clé : les moteurs hésitent entre elles et aucune ne se positionne aussi bien qu’une seule page forte.',
    fix: 'Choisir une page d’atterrissage pour le mot-clé ; recentrer ou fusionner les autres et les faire pointer vers elle.',
  },
  'keyword-gap': {
    title: 'Aucune page forte sur un mot-clé cible',
    help: 'Aucune page ne dépasse le seuil de lacune (35/100 dans le modèle de pertinence) : rien sur le site ne répond de façon crédible au mot-clé.',
    fix: 'Créer une page d’atterrissage dédiée, ou travailler le mot-clé dans le titre, le H1 et le corps de la page la plus proche.',
  },
  'keyword-not-on-site': {
    title: 'Mot-clé cible que le site n’emploie jamais',
    help: 'Aucune page indexable ne contient tous les mots du mot-clé dans un de ses champs.',
    fix: 'Traiter le sujet, ou retirer le mot-clé des cibles si le site ne propose pas cette offre.',
  },
  'keyword-landing-mismatch': {
    title: 'La page positionnée n’est pas la meilleure page d’atterrissage',
    help: 'D’après les positions importées, les moteurs positionnent une autre page que celle que refaudit juge la plus pertinente.',
    fix: 'Renforcer les liens internes (ancre sur le mot-clé) vers la page visée, ou garder la page positionnée et l’optimiser.',
  },
  'query-without-page': {
    title: 'Requêtes des visiteurs sans page forte',
    help: 'Ces requêtes génèrent déjà des impressions (Search Console) mais aucune page n’est forte dessus : des opportunités de contenu.',
    fix: 'Créer ou étoffer une page pour les plus fréquentes de ces requêtes.',
  },
  'competitor-more-relevant': {
    title: 'Un concurrent est nettement plus pertinent sur un mot-clé',
    help: 'La meilleure page d’un concurrent dépasse de 20 points ou plus la meilleure page du site sur le même mot-clé, avec le même modèle.',
    fix: 'Étudier la page du concurrent (champs travaillés, profondeur du contenu) et renforcer la vôtre.',
  },
  'ranking-striking-distance': {
    title: 'Mots-clés juste après un changement de page',
    help: 'Ils se positionnent quelques places après la fin d’une page de résultats : gagner ces places fait franchir le seuil, là où les clics bondissent (la falaise de la page 2). C’est le trafic le moins cher à gagner.',
    fix: 'Renforcer la page positionnée : titre et H1 sur le mot-clé, liens internes avec le mot-clé en ancre, contenu actualisé.',
  },
  'ranking-not-ranked': {
    title: 'Mots-clés prioritaires non positionnés',
    help: 'Un mot-clé prioritaire n’a pas été trouvé dans les résultats relevés pour ce moteur.',
    fix: 'Créer ou renforcer une page d’atterrissage dédiée au mot-clé (étape 5) et la lier.',
  },
  'meta-refresh-redirect': {
    title: 'Page qui redirige par meta refresh au lieu d’une redirection HTTP',
    help: 'Une page dont la balise <meta http-equiv="refresh"> renvoie ailleurs aussitôt (délai de 0 ou 1 seconde) est une redirection : Google suit une redirection immédiate comme une 301, mais seulement après avoir récupéré et analysé la page, et d’autres moteurs ou outils ne la suivent pas. refaudit la compte comme une redirection et l’écarte des contrôles de contenu.',
    fix: 'Répondre à ces URL par une redirection HTTP 301 vers la cible, ou les supprimer ainsi que les liens qui y mènent.',
  },
  'canonical-off-host': {
    title: 'L’URL canonique pointe vers un autre hôte',
    help: 'Une canonique sur un autre hôte demande aux moteurs d’indexer l’URL de cet hôte à la place de celle-ci : les pages auditées sortent de l’index sous leur propre adresse. C’est en général un seul réglage du site qui est faux (l’URL du site dans le générateur, une adresse de préproduction ou github.io).',
    fix: 'Faire pointer chaque canonique vers l’URL de la page sur cet hôte (corriger l’URL du site dans le générateur).',
  },
  'canonical-relative': {
    title: 'URL canonique relative',
    help: 'Google demande des URL canoniques absolues : une URL relative se résout par rapport à l’adresse où la page a été récupérée, si bien qu’une copie de la page (autre hôte, http, paramètre) se déclare canonique d’elle-même au lieu de l’original.',
    fix: 'Écrire la canonique en URL absolue, avec protocole et hôte (https://www.example.com/page/).',
  },
  'link-not-crawlable': {
    title: 'Liens qu’un robot ne peut pas suivre (href="#", javascript:, sans href)',
    help: 'Les moteurs ne suivent que les <a href> portant une vraie URL : un lien href="#", href="javascript:…" ou un <a> avec onclick et sans href ne les mène nulle part. Sans gravité sur une commande (recherche, changement de thème), c’est une perte quand c’est le seul chemin vers un contenu. Les éléments qui se déclarent commandes (role="button", aria-haspopup, data-toggle) ne sont pas comptés.',
    fix: 'Donner aux liens de navigation leur vraie URL dans href ; faire des commandes des éléments <button>.',
  },
  'resource-broken': {
    title: 'Image, feuille de style ou script du site en erreur (4xx/5xx)',
    help: 'Une image manquante laisse un trou et perd son texte alternatif et le trafic de la recherche d’images ; une feuille de style ou un script manquant peut casser la mise en page ou le contenu que les moteurs affichent. Chaque fichier a été vérifié une fois après l’exploration (un GET de son premier octet).',
    fix: 'Rétablir le fichier à cette URL, ou corriger l’URL dans les pages qui l’utilisent.',
  },
  'robots-txt-below-root': {
    title: 'robots.txt placé sous le chemin de départ, ignoré par les moteurs',
    help: 'Les moteurs ne lisent le robots.txt qu’à la racine de l’hôte (RFC 9309 §2.3 : /robots.txt) ; un robots.txt dans un dossier, comme en publient les sites de projet sous un chemin, n’est jamais lu : ses règles ne s’appliquent pas et les sitemaps qu’il déclare ne sont pas annoncés.',
    fix: 'Mettre les règles et les lignes Sitemap dans le /robots.txt de l’hôte (sur un hôte partagé, soumettre le sitemap dans les outils pour webmasters de chaque moteur).',
  },
  'sitemap-loc-invalid': {
    title: '<loc> de sitemap inutilisable par les moteurs (relative ou sur un autre hôte)',
    help: 'Une <loc> doit être une URL absolue sur l’hôte du sitemap (sitemaps.org) : les moteurs ignorent les URL relatives, et celles d’un autre hôte sauf si le robots.txt de cet hôte déclare le sitemap. refaudit les écarte aussi : les pages qu’elles désignent ne comptent pas comme présentes dans le sitemap.',
    fix: 'Écrire chaque <loc> en URL absolue sur cet hôte (https://www.example.com/page/) ; avec un générateur de site statique, régler son URL de base.',
  },
  'js-content-shell': {
    title: 'Le contenu de la page exige JavaScript : le HTML servi est une coquille de scripts',
    help: 'Le HTML tel que servi ne contient guère qu’une racine d’application et des scripts ; le texte, les titres et les liens n’apparaissent qu’une fois les scripts exécutés. Les moteurs qui n’exécutent pas JavaScript indexent la coquille vide, et ceux qui l’exécutent le font plus tard et avec des limites. Jugé sur le HTML brut ; lancer avec --render pour voir ce que les scripts ajoutent.',
    fix: 'Servir le contenu dans le HTML (rendu côté serveur ou génération statique), ou auditer avec --render pour mesurer ce que chaque moteur manque.',
  },
  'js-rendered-content': {
    title: 'Contenu présent seulement après exécution de JavaScript (mesuré avec --render)',
    help: 'Le rendu de la page dans Chromium a ajouté du texte, un H1 ou des liens internes absents du HTML servi. Google et Bing exécutent JavaScript (après l’exploration, avec des limites) ; les moteurs qui ne le font pas ne voient jamais ce contenu, et les liens présents seulement après rendu sont découverts plus tard, ou pas du tout. L’étape 3 chiffre l’audience en jeu.',
    fix: 'Mettre le texte principal, le H1 et les liens de navigation dans le HTML servi (rendu côté serveur, génération statique ou pré-rendu).',
  },
  'js-canonical-changed': {
    title: 'Un script modifie l’URL canonique',
    help: 'La canonique du HTML servi diffère de celle de la page rendue. Google lit les deux et peut retenir l’une ou l’autre ; les moteurs qui n’exécutent pas JavaScript gardent la première. Des canoniques contradictoires peuvent transmettre les signaux de la page à la mauvaise URL.',
    fix: 'Servir la bonne canonique dans le HTML et ne pas la modifier par script.',
  },
  'js-noindex-changed': {
    title: 'Un script ajoute ou retire un noindex',
    help: 'Les meta robots du HTML servi et de la page rendue ne disent pas la même chose sur noindex. Google indique que, si le HTML servi porte noindex, il peut ne pas exécuter la page : un noindex retiré par script laisse la page hors de l’index ; un noindex ajouté par script la retire des moteurs qui exécutent JavaScript tandis que les autres l’indexent.',
    fix: 'Servir les directives robots voulues dans le HTML et ne pas les modifier par script.',
  },
  'js-head-changed': {
    title: 'Un script définit le title ou la meta description',
    help: 'Le title ou la description de la page rendue ne sont pas ceux servis. Les moteurs qui exécutent JavaScript reprennent la valeur du script avec un délai ; les autres affichent la valeur servie dans leurs résultats.',
    fix: 'Servir le title et la description propres à chaque page dans son HTML.',
  },
  'render-failed': {
    title: 'Page impossible à rendre dans Chromium',
    help: 'Avec --render, la page n’a pas fini de se charger dans le délai de rendu, ou ses scripts ont mis le navigateur en échec : son HTML brut a été audité à la place. Les moteurs qui exécutent JavaScript abandonnent eux aussi ces pages.',
    fix: 'Examiner la page dans les outils de développement d’un navigateur (erreurs, requêtes sans fin) ; augmenter --render-timeout si le site est seulement lent.',
  },
  'sitemap-url-beyond-max-depth': {
    title: 'URL du sitemap non auditées : au-delà de --max-depth',
    help: 'Avec --max-depth, refaudit ne récupère que les pages qu’un chemin de liens depuis la page de départ atteint en ce nombre de clics ; les URL du sitemap au-delà (ou liées de nulle part) n’ont pas été récupérées, et ce rapport ne dit rien d’elles.',
    fix: 'Relancer l’audit sans --max-depth (ou avec une profondeur plus grande) pour contrôler ces pages.',
  },
  'directory-listing-partial': {
    title: 'Un annuaire référence le site sans lien suivi ou hors de la catégorie choisie',
    help: 'L’inscription ne rapporte qu’une partie de l’audience de l’annuaire (directory-presence.json) : un lien nofollow/ugc/sponsored ne transmet rien aux moteurs, et une inscription dans une autre catégorie échappe aux visiteurs de la catégorie choisie.',
    fix: 'Demander à l’annuaire un lien simple dans la catégorie choisie.',
  },
  'lang-contradicts-text': {
    title: 'La langue déclarée n’est pas celle du texte',
    help: 'L’attribut <html lang> annonce une langue alors que le texte de la page est nettement dans une autre (souvent la valeur par défaut d’un thème, lang="en-US", laissée sur un site français). Les moteurs peuvent classer la page dans la mauvaise langue et le mauvais marché ; refaudit la lit dans la langue de son texte.',
    fix: 'Régler <html lang> sur la langue de rédaction de la page (lang="fr" pour le français), dans le thème ou dans le réglage de langue du CMS.',
  },
};
