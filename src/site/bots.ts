import type { BotSpec } from './types.js';

/**
 * The engine crawlers whose access is recorded for every URL. Tokens are the robots.txt
 * product tokens each engine documents; `engines` says which engines' indexes a bot feeds
 * (Yahoo and Ecosia show Bing's index; DuckDuckGo and Qwant mostly Bing's plus their own bot).
 * Overridable through the engines data file (src/data/engines.json, `bots`).
 */
export const DEFAULT_BOTS: BotSpec[] = [
  { id: 'googlebot', token: 'googlebot', engines: ['google'] },
  { id: 'bingbot', token: 'bingbot', engines: ['bing', 'yahoo', 'duckduckgo', 'ecosia', 'qwant'] },
  { id: 'yandexbot', token: 'yandex', engines: ['yandex'] },
  { id: 'baiduspider', token: 'baiduspider', engines: ['baidu'] },
  { id: 'duckduckbot', token: 'duckduckbot', engines: ['duckduckgo'] },
  { id: 'qwantbot', token: 'qwantbot', engines: ['qwant'] },
  { id: 'applebot', token: 'applebot', engines: ['apple'] },
  { id: 'yeti', token: 'yeti', engines: ['naver'] },
  { id: 'seznambot', token: 'seznambot', engines: ['seznam'] },
];
