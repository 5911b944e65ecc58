import { defineRule } from '../helpers.js';

export const indexNowKeyInvalid = defineRule(
  {
    id: 'indexnow-key-invalid', step: 'submission', severity: 'warning', title: 'IndexNow key file missing or wrong',
    help: 'IndexNow (Bing, Yandex, Seznam, Naver) checks that <key>.txt at the site root contains the key; without it submissions are rejected.',
    fix: 'Publish the key file at the site root containing exactly the key.',
  },
  ({ snapshot }) => (snapshot.indexNow && !snapshot.indexNow.valid ? [{ url: snapshot.indexNow.keyUrl, detail: snapshot.indexNow.status === 200 ? 'content differs from the key' : `HTTP ${snapshot.indexNow.status ?? 'no answer'}` }] : []),
);
