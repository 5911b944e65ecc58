import { fetchOnce, type FetchOptions } from './fetch.js';
import type { VerificationFileCheck } from '../site/types.js';

/**
 * Verification files whose name is fixed, so a crawler can look for them. Google, Yandex and Baidu
 * name theirs after the account's token (google<token>.html…), which a crawl cannot guess; Bing's
 * is always /BingSiteAuth.xml at the root, holding <users><user>KEY</user></users>
 * (Bing Webmaster Tools help, "Add and verify site", XML file option).
 */
export const VERIFICATION_FILES: readonly { file: string; tools: string }[] = [
  { file: 'BingSiteAuth.xml', tools: 'Bing Webmaster Tools' },
];

const BING_USER = /<users>\s*<user>\s*[0-9A-Za-z]{8,}\s*<\/user>/;

/** Fetches each known verification file at the origin root, once, as the engine's tool would. */
export async function checkVerificationFiles(origin: string, opts: FetchOptions, wait: (url: string) => Promise<void>): Promise<VerificationFileCheck[]> {
  const out: VerificationFileCheck[] = [];
  for (const { file, tools } of VERIFICATION_FILES) {
    const url = `${origin}/${file}`;
    await wait(url);
    const res = await fetchOnce(url, { ...opts, maxBytes: 4096, accept: 'application/xml, text/xml' });
    const valid = res.status === 200 && BING_USER.test(res.body.toString('utf8'));
    out.push({ file, tools, url, status: res.status, valid });
  }
  return out;
}
