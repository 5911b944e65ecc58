import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeFolder } from '../../src/util/make-folder.js';

const work = mkdtempSync(join(tmpdir(), 'refaudit-make-folder-'));

describe('makeFolder', () => {
  it('makes the missing folders of a path, and is content when they exist', () => {
    const dir = join(work, 'a', 'b', 'c');
    makeFolder(dir);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(() => makeFolder(dir)).not.toThrow();
  });

  it('throws the error of the first folder it cannot make', () => {
    const file = join(work, 'file');
    writeFileSync(file, 'x');
    expect(() => makeFolder(join(file, 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => makeFolder(file)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  // Node 20's recursive mkdirSync loops forever here (ENOENT, then EEXIST on the parent).
  it.skipIf(!existsSync('/proc/1'))('ends with ENOENT under /proc/1, where nothing can be made', () => {
    expect(() => makeFolder('/proc/1/nope/deeper')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
