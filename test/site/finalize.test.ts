import { describe, expect, it } from 'vitest';
import { finalizePages } from '../../src/site/finalize.js';
import { makePage } from '../support/make-snapshot.js';

const u = (path: string) => `https://ex.test${path}`;
const linking = (path: string, to: string[]) => makePage({ url: u(path), html: { internalLinks: to.map((t) => ({ url: u(t), text: t })) } });

describe('finalizePages', () => {
  it('counts each linking page once per target, a redirected link for both its URL and its target', () => {
    const pages = [
      linking('/', ['/a', '/a', '/b', '/old', '/']),
      linking('/a', ['/b', '/old', '/b', '/a']),
      // Links to /b directly and through /old: one inlink for /b from this page.
      linking('/c', ['/b', '/old']),
      makePage({ url: u('/old'), finalUrl: u('/b'), status: 301, html: null }),
      linking('/b', ['/']),
    ];
    const out = finalizePages(pages, []);
    const inlinks = Object.fromEntries(out.map((p) => [p.url.slice('https://ex.test'.length), p.inlinks]));
    expect(inlinks).toEqual({ '/': 1, '/a': 1, '/b': 3, '/c': 0, '/old': 3 });
  });
});
