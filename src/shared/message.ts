/**
 * A sentence of the report as an id and typed values, so each renderer can word it in the report's
 * language (src/i18n holds the French words) while the JSON keeps the values for scripts.
 */
export type Lang = 'en' | 'fr';

export const LANGS: readonly Lang[] = ['en', 'fr'];

export type Param = string | number | null;

export interface Message {
  id: string;
  params: Record<string, Param>;
}

export function msg(id: string, params: Record<string, Param> = {}): Message {
  return { id, params };
}

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}

/** The report language when none is given: the first market's language when refaudit speaks it, else English. */
export function defaultLang(markets: { language?: string | null; id?: string }[]): Lang {
  const first = markets[0];
  const lang = (first?.language ?? '').toLowerCase();
  return isLang(lang) ? lang : 'en';
}
