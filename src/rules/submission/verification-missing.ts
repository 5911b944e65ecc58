import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

const VERIFY: { engine: string; meta: string; file?: string }[] = [
  { engine: 'Google Search Console', meta: 'google-site-verification' },
  { engine: 'Bing Webmaster Tools', meta: 'msvalidate.01', file: 'BingSiteAuth.xml' },
  { engine: 'Yandex Webmaster', meta: 'yandex-verification' },
];


export const verificationMissing = defineRule(
  {
    id: 'verification-missing', step: 'submission', severity: 'notice', title: 'No verification tag for an engine\'s webmaster tools',
    help: 'The home page carries no verification meta tag for these tools, and Bing\'s file (/BingSiteAuth.xml, the one verification file with a fixed name) is absent or invalid. The site may still be verified by DNS or by a file named after the account token, which a crawl cannot see; without any, you cannot submit sitemaps or read index coverage there. The engines step shows which engines this leaves unverified and their audience share (Verified column).',
    fix: 'Verify the site in each engine\'s webmaster tools (meta tag, file or DNS record).',
  },
  ({ snapshot }) => {
    const home = snapshot.pages.find((p) => p.url === snapshot.startUrl || p.finalUrl === snapshot.homeUrl);
    const found = home?.html?.verification ?? {};
    const validFile = (file: string | undefined) => !!file && !!snapshot.verificationFiles?.some((f) => f.file === file && f.valid);
    const missing = VERIFY.filter((v) => !found[v.meta] && !validFile(v.file));
    // One item for the home page, not the same URL once per tool.
    return missing.length ? [item('verification-missing', { tools: missing.map((v) => v.engine), metas: missing.map((v) => v.meta) }, { url: snapshot.homeUrl })] : [];
  },
);
