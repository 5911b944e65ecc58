/**
 * The sources of the model figures in French: the notes of the data files (src/data/*.json
 * `source`) and the sources the step builders give their own formulas. Keyed by the exact English
 * they translate, so a note changed in a data file without its French here is printed as written
 * (and test/i18n/no-english.test.ts fails on the demo). Titles of published works stay as
 * published, in « ».
 */
const DATA_NOTES: Record<string, string> = {
  // src/data/engines.json
  "Each engine's webmaster documentation (Google Search Central, Bing Webmaster Guidelines, Yandex Webmaster help, Baidu Ziyuan, IndexNow.org participating engines), transcribed by the refaudit authors.":
    'La documentation pour webmasters de chaque moteur (Google Search Central, Bing Webmaster Guidelines, aide de Yandex Webmaster, Baidu Ziyuan, moteurs participants d’IndexNow.org), relevée par les auteurs de refaudit.',
  // src/data/audience-shares.json
  'StatCounter Global Stats, search engine market share, all platforms (gs.statcounter.com/search-engine-market-share/all/<country>)':
    'StatCounter Global Stats, parts de marché des moteurs de recherche, toutes plateformes (gs.statcounter.com/search-engine-market-share/all/<pays>)',
  // src/data/ctr-curve.json
  "Backlinko, 'We Analyzed 4 Million Google Search Results' (2023): positions 1-10 as published; 0.63% of searchers click anything on page 2, spread over positions 11-20 by refaudit (decreasing, summing to 0.63); past 20 each position keeps 85% of the one before.":
    'Backlinko, « We Analyzed 4 Million Google Search Results » (2023) : positions 1 à 10 telles que publiées ; 0,63 % des internautes cliquent sur un résultat de la page 2, part répartie par refaudit sur les positions 11 à 20 (décroissante, de somme 0,63) ; au-delà de 20, chaque position garde 85 % de la précédente.',
  // src/data/language-markets.json
  'Internet users per country: DataReportal / Kepios, "Digital 2025" country reports (January 2025), rounded to the million. Share of those users who use the language: OIF, "La langue française dans le monde" (2022) for French; national censuses (Statistics Canada 2021, Swiss FSO 2022, Statbel) for the other official languages, rounded to 5 %. weight = users × share.':
    'Internautes par pays : DataReportal / Kepios, rapports pays « Digital 2025 » (janvier 2025), arrondis au million. Part de ces internautes qui utilisent la langue : OIF, « La langue française dans le monde » (2022) pour le français ; recensements nationaux (Statistique Canada 2021, OFS 2022, Statbel) pour les autres langues officielles, arrondie à 5 %. Poids = internautes × part.',
  // src/data/directory-presence.json
  "refaudit's stated judgement, following the method's definition of a listing (a followable link in the chosen category): a directory's audience is its visitors who browse the category and click through. A listing whose link is nofollow/ugc/sponsored still gets those clicks but none of the link's weight in the engines, so it keeps most of the share; a listing in another category is missed by the visitors of the chosen one and found only by those who search the directory, so it keeps about half.":
    'Jugement déclaré de refaudit, d’après la définition d’une inscription dans la méthode (un lien suivi dans la catégorie choisie) : l’audience d’un annuaire, ce sont ses visiteurs qui parcourent la catégorie et cliquent. Une inscription dont le lien est nofollow, ugc ou sponsored reçoit toujours ces clics mais rien du poids du lien auprès des moteurs : elle garde l’essentiel de la part ; une inscription dans une autre catégorie échappe aux visiteurs de la catégorie choisie et n’est trouvée que par ceux qui cherchent dans l’annuaire : elle en garde environ la moitié.',
  // src/data/relevance-weights.json
  "refaudit's choice, informed by BM25F (Robertson & Zaragoza, 'The Probabilistic Relevance Framework: BM25 and Beyond', 2009) and the usual weight order of on-page signals (title > H1 > URL and anchors > description and subheadings > body); each field saturated on its own (chosen 2026-11-30 on the tuning half of bench/relevance/judgments.json, see bench/RESULTS.md). A documented model, not a measurement.":
    'Choix de refaudit, éclairé par BM25F (Robertson et Zaragoza, « The Probabilistic Relevance Framework: BM25 and Beyond », 2009) et par l’ordre habituel des signaux de la page (title > H1 > URL et ancres > description et intertitres > corps) ; chaque champ saturé séparément (réglé le 30 novembre 2026 sur la moitié d’ajustement de bench/relevance/judgments.json, voir bench/RESULTS.md). Un modèle documenté, pas une mesure.',
  // src/data/stopwords-extra.json
  'refaudit\'s additions to the stopword package\'s lists: common determiners, adverbs and number words that the package\'s French and English lists (stopword 3.1) do not hold, found when the demo site\'s top term came out as "chaque". Words with a second meaning that matters to a site (fr "neuf": new) are left out.':
    'Ajouts de refaudit aux listes du paquet stopword : déterminants, adverbes et noms de nombres courants absents de ses listes française et anglaise (stopword 3.1), repérés quand le premier terme du site de démonstration est sorti « chaque ». Les mots à double sens qui comptent pour un site (« neuf » : nouveau) n’y sont pas.',
  // Formulas of the step builders (src/report/steps, src/pipeline/analyze.ts).
  'refaudit coverage formula (README, "Coverage") over measured crawl facts, config directory shares and directory-presence.json':
    'formule de couverture de refaudit (README, « Coverage ») appliquée aux faits mesurés pendant l’exploration, aux parts d’annuaires de la configuration et à directory-presence.json',
  'refaudit ranking score: volume-weighted share of priority keywords on page 1':
    'score de positionnement de refaudit : part des mots-clés prioritaires en page 1, pondérée par le volume',
  'each engine\'s own documentation on JavaScript ("javascript" of each engine)':
    'la documentation de chaque moteur sur JavaScript (« javascript » de chaque moteur)',
  'engines that do not document rendering index the served HTML (README, "Coverage")':
    'les moteurs qui ne documentent pas l’exécution de JavaScript indexent le HTML servi (README, « Coverage »)',
};

/**
 * A model source in French: a data file's note, a builder's formula, or their compounds
 * (`audience shares: <note>`, `<note>; <note>`). Anything else (a user's override file) as written.
 */
export function frSource(english: string): string {
  const known = DATA_NOTES[english];
  if (known) return known;
  const shares = /^audience shares: (.*)$/s.exec(english);
  if (shares) return `parts d’audience : ${shares[1] === 'override' ? 'fichier fourni' : frSource(shares[1]!)}`;
  const parts = english.split('; ');
  if (parts.length > 1) {
    // Split where both halves are known sources (a note itself may hold "; ").
    for (let i = 1; i < parts.length; i++) {
      const a = parts.slice(0, i).join('; ');
      const b = parts.slice(i).join('; ');
      if (DATA_NOTES[a] && DATA_NOTES[b]) return `${DATA_NOTES[a]} ; ${DATA_NOTES[b]}`;
    }
  }
  return english;
}
