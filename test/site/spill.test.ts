import { describe, expect, it } from 'vitest';
import { isSpilled, TextSpill, type SpillFile } from '../../src/site/spill.js';
import { packedString } from '../../src/site/text-store.js';

/** A file in memory that fails every write after `okWrites` of them (a disk filling up). */
function flakyFile(okWrites: number): SpillFile & { writes: number } {
  let data = Buffer.alloc(0);
  const file = {
    writes: 0,
    write(chunk: Buffer, position: number) {
      if (file.writes++ >= okWrites) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      const end = position + chunk.length;
      if (end > data.length) data = Buffer.concat([data, Buffer.alloc(end - data.length)]);
      chunk.copy(data, position);
      return chunk.length;
    },
    read(into: Buffer, offset: number, length: number, position: number) {
      return data.copy(into, offset, position, Math.min(position + length, data.length));
    },
    close() {},
  };
  return file;
}

const latin1 = (i: number) => Buffer.from(Array.from({ length: 600 }, (_, k) => (i * 31 + k) % 256)).toString('latin1');

describe('TextSpill', () => {
  it('gives back every text, from the file or from memory, when the disk fills up mid-crawl', () => {
    const file = flakyFile(1);
    const spill = new TextSpill({ file });
    const texts = Array.from({ length: 5000 }, (_, i) => latin1(i));
    const refs = texts.map((t) => spill.put(t));
    expect(file.writes).toBeGreaterThan(1);
    expect(refs.filter(isSpilled).length).toBeGreaterThan(1000);
    // After the failure, new texts stay as they are.
    expect(typeof refs[refs.length - 1]).toBe('string');
    expect(refs.map((r) => packedString(r))).toEqual(texts);
    spill.close();
  });

  it('reads back from a real temporary file', () => {
    const spill = new TextSpill();
    const texts = Array.from({ length: 3000 }, (_, i) => latin1(i));
    const refs = texts.map((t) => spill.put(t));
    expect(refs.every(isSpilled)).toBe(true);
    expect(refs.map((r) => packedString(r))).toEqual(texts);
    spill.close();
    expect(() => packedString(refs[0]!)).toThrow(/closed/);
  });

  it('keeps a text larger than one batch, between smaller ones', () => {
    const file = flakyFile(100);
    const spill = new TextSpill({ file });
    const big = Buffer.alloc(1.5 * 1024 * 1024, 0xe9).toString('latin1');
    const texts = [latin1(1), big, latin1(2), latin1(3)];
    const refs = texts.map((t) => spill.put(t));
    expect(refs.every(isSpilled)).toBe(true);
    // Read once while the last texts still wait in memory, and once after they reach the file.
    expect(refs.map((r) => packedString(r))).toEqual(texts);
    spill.put(big);
    expect(file.writes).toBe(3);
    expect(refs.map((r) => packedString(r))).toEqual(texts);
    spill.close();
  });
});
