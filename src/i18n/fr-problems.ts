/**
 * The problems found in the files given to an audit (rankings, queries, keywords, URL lists; the
 * readers in src/inputs, src/analyze/ranking, src/crawl/url-list.ts, src/pipeline) in French. The
 * readers word them in English for the JSON; each pattern here words one in French, values quoted
 * as found. A message no pattern knows is printed as written.
 */
const q = (t: string) => `« ${t} »`;

const PROBLEMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^position "(.*)" is not a number from 1 to 1000 \(leave it empty for "not ranked"\)$/s, (m) => `position ${q(m[1]!)} : pas un nombre de 1 à 1 000 (laisser vide pour « non positionné »)`],
  [/^keyword is empty$/, () => 'mot-clé vide'],
  [/^engine "(.*)" is not an engine id like google or bing$/s, (m) => `moteur ${q(m[1]!)} : pas un identifiant de moteur comme google ou bing`],
  [/^volume "(.*)" is not a number$/s, (m) => `volume ${q(m[1]!)} : pas un nombre`],
  [/^date "(.*)" is not an ISO date \(YYYY-MM-DD\)$/s, (m) => `date ${q(m[1]!)} : pas une date ISO (AAAA-MM-JJ)`],
  [/^"(.*)" is not a number$/s, (m) => `${q(m[1]!)} : pas un nombre`],
  [/^(\d+) fields, expected (\d+)$/, (m) => `${m[1]} champs, ${m[2]} attendus`],
  [/^a quoted field is never closed: the rest of the file is ignored$/, () => 'un champ entre guillemets n’est jamais fermé : la suite du fichier est ignorée'],
  [/^empty file$/, () => 'fichier vide'],
  [/^empty query$/, () => 'requête vide'],
  [/^empty keyword$/, () => 'mot-clé vide'],
  [/^no "(.*)" column \(expected header (.*)\)$/s, (m) => `pas de colonne ${q(m[1]!)} (en-tête attendu : ${m[2]})`],
  [/^no query column \(.*\)$/s, () => 'pas de colonne de requêtes (« Top queries », « Requêtes les plus fréquentes » ou « query »)'],
  [/^expected an array of observations$/, () => 'un tableau d’observations était attendu'],
  [/^not an object$/, () => 'pas un objet'],
  [/^not valid JSON: (.*)$/s, (m) => `JSON invalide : ${m[1]}`],
  [/^priority must be 1, 2 or 3, got "(.*)"$/s, (m) => `la priorité doit valoir 1, 2 ou 3, et non ${q(m[1]!)}`],
  [/^volume must be a number, got "(.*)"$/s, (m) => `le volume doit être un nombre, et non ${q(m[1]!)}`],
  [/^not valid UTF-8: read as Windows-1252 \(save it as "CSV UTF-8" to be sure of accented letters\)$/, () => 'pas en UTF-8 : lu en Windows-1252 (l’enregistrer en « CSV UTF-8 » pour être sûr des lettres accentuées)'],
  [/^read as (\S+) \(byte-order mark\)$/, (m) => `lu en ${m[1]} (indicateur d’ordre des octets)`],
  [/^a (keyword|query) of (\d+) characters left out \(longer than the (\d+) a search engine accepts\)$/, (m) => `${m[1] === 'query' ? 'une requête' : 'un mot-clé'} de ${m[2]} caractères écarté${m[1] === 'query' ? 'e' : ''} (plus long que les ${m[3]} qu’accepte un moteur)`],
  [/^not an absolute http\(s\) URL: (.*)$/s, (m) => `pas une URL http(s) absolue : ${m[1]}`],
  [/^(\S+) is not on (\S+), the site of the first URL \(one site an audit\)$/, (m) => `${m[1]} n’est pas sur ${m[2]}, le site de la première URL (un site par audit)`],
  [/^competitor not audited: audit interrupted$/, () => 'concurrent non audité : audit interrompu'],
  [/^competitor not audited: (.*)$/s, (m) => `concurrent non audité : ${m[1]}`],
  [/^audit interrupted: (\d+) of (\d+) directories not checked$/, (m) => `audit interrompu : ${m[1]} annuaires sur ${m[2]} non vérifiés`],
  [/^crawl interrupted after (\d+) URLs(?:: (\d+) URLs found but not fetched)?$/, (m) => `exploration interrompue après ${m[1]} URL${m[2] ? ` : ${m[2]} URL trouvées mais non récupérées` : ''}`],
];

export function frProblem(message: string): string {
  for (const [re, say] of PROBLEMS) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return message;
}
