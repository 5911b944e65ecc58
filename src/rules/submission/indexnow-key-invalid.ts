import { defineRule } from '../helpers.js';
import { item } from '../evidence.js';

export const indexNowKeyInvalid = defineRule(
  {
    id: 'indexnow-key-invalid', step: 'submission', severity: 'warning', title: 'IndexNow key file missing or wrong',
    help: 'IndexNow (Bing, Yandex, Seznam, Naver) checks that <key>.txt at the site root contains the key; without it submissions are rejected.',
    fix: 'Publish the key file at the site root containing exactly the key.',
  },
  ({ snapshot }) => (snapshot.indexNow && !snapshot.indexNow.valid ? [item('indexnow-key-invalid', { status: snapshot.indexNow.status ?? null, contentDiffers: snapshot.indexNow.status === 200 }, { url: snapshot.indexNow.keyUrl })] : []),
);
