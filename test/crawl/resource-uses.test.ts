/** The site's resources counted page by page: the same counts and named pages whatever the order pages come in. */
import { describe, expect, it } from 'vitest';
import { MAX_EXAMPLES, ResourceUses } from '../../src/crawl/resource-uses.js';

const U = (p: string) => `https://ex.test${p}`;
const pages = Array.from({ length: 25 }, (_, i) => (i === 0 ? U('/') : U(`/blog/${i}`)));
const entriesOf = (url: string) => [`i${U('/logo.png')}`, `s${U('/site.css')}`, ...(url.endsWith('/3') ? [`j${U('/site.css')}`, `i${U('/only3.png')}`] : [])];

function counted(order: string[]) {
  const uses = new ResourceUses();
  for (const url of order) uses.add(url, entriesOf(url));
  return uses.list();
}

describe('resource uses', () => {
  it('count each file once a page, name the shortest URLs first, and do not depend on arrival order', () => {
    const forward = counted(pages);
    const backward = counted([...pages].reverse());
    const shuffled = counted([...pages].sort((a, b) => (a.length * 7 + a.charCodeAt(a.length - 1)) % 11 - (b.length * 7 + b.charCodeAt(b.length - 1)) % 11));
    expect(backward).toEqual(forward);
    expect(shuffled).toEqual(forward);
    const logo = forward.find((u) => u.url === U('/logo.png'))!;
    expect(logo.pages).toBe(25);
    expect(logo.usedOn).toEqual([U('/'), ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => U(`/blog/${i}`))]);
    expect(logo.usedOn).toHaveLength(MAX_EXAMPLES);
  });

  it('give a file used as two kinds one entry, and list the most used first', () => {
    const list = counted(pages);
    // site.css is a stylesheet on every page and also a script on /blog/3: one URL, no page counted twice.
    expect(list.map((u) => [u.url, u.kind, u.pages])).toEqual([
      [U('/logo.png'), 'image', 25],
      [U('/site.css'), 'stylesheet', 25],
      [U('/only3.png'), 'image', 1],
    ]);
    expect(list[0]!.usedOn).toHaveLength(MAX_EXAMPLES);
    expect(list[0]!.usedOn[0]).toBe(U('/'));
  });
});
