import { defineRule, htmlPages } from '../helpers.js';

const VERIFY: { engine: string; meta: string }[] = [
  { engine: 'Google Search Console', meta: 'google-site-verification' },
  { engine: 'Bing Webmaster Tools', meta: 'msvalidate.01' },
  { engine: 'Yandex Webmaster', meta: 'yandex-verification' },
];

export const verificationMissing = defineRule(
  {
    id: 'verification-missing', step: 'submission', severity: 'notice', title: 'No verification tag for an engine\'s webmaster tools',
    help: 'The home page carries no verification meta tag for these tools. The site may still be verified by DNS or file, which a crawl cannot see; without any, you cannot submit sitemaps or read index coverage there.',
    fix: 'Verify the site in each engine\'s webmaster tools (meta tag, file or DNS record).',
  },
  ({ snapshot }) => {
    const home = snapshot.pages.find((p) => p.url === snapshot.startUrl || p.finalUrl === snapshot.homeUrl);
    const found = home?.html?.verification ?? {};
    return VERIFY.filter((v) => !found[v.meta]).map((v) => ({ url: snapshot.homeUrl, detail: `${v.engine}: no <meta name="${v.meta}">` }));
  },
);

export const indexNowKeyInvalid = defineRule(
  {
    id: 'indexnow-key-invalid', step: 'submission', severity: 'warning', title: 'IndexNow key file missing or wrong',
    help: 'IndexNow (Bing, Yandex, Seznam, Naver) checks that <key>.txt at the site root contains the key; without it submissions are rejected.',
    fix: 'Publish the key file at the site root containing exactly the key.',
  },
  ({ snapshot }) => (snapshot.indexNow && !snapshot.indexNow.valid ? [{ url: snapshot.indexNow.keyUrl, detail: snapshot.indexNow.status === 200 ? 'content differs from the key' : `HTTP ${snapshot.indexNow.status ?? 'no answer'}` }] : []),
);

export const metaKeywordsPresent = defineRule(
  {
    id: 'meta-keywords-present', step: 'submission', severity: 'notice', title: 'Pages use the meta keywords tag',
    help: 'Google and Bing ignore meta keywords (Bing may read keyword stuffing in it as spam); Yandex says it may consider it; Baidu ignores it. It also shows competitors your targets.',
    fix: 'Remove it, or keep it short and truthful if Yandex matters to you.',
  },
  ({ snapshot }) => htmlPages(snapshot).filter((p) => p.html!.metaKeywords).map((p) => ({ url: p.url, detail: p.html!.metaKeywords!.slice(0, 80) })),
);
