/**
 * The text of an imported file (rankings, queries, keywords), whatever wrote it: UTF-8 with or
 * without a byte-order mark, UTF-16 (LE or BE, with its mark, as Excel's "Unicode text" saves), or
 * Windows-1252 when the bytes are not valid UTF-8 (French Excel's "CSV (séparateur: point-virgule)").
 * Without it a Windows-1252 "marrakéch" would become "marrak�ch" without a word.
 *
 * Windows-1252 is decoded with the table below rather than TextDecoder('windows-1252'), which Node
 * builds without full ICU data do not have.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

// 0x80-0x9F in Windows-1252; the five undefined bytes map to the C1 controls, as WHATWG's decoder does.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(buf: Uint8Array): string {
  // Latin-1 for every byte, then the 0x80-0x9F ones replaced: linear, no per-byte string concatenation.
  const latin1 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
}

export function decodeText(buf: Uint8Array): { text: string; encoding: TextEncoding } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const body = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return { text: new TextDecoder('utf-16le').decode(body.swap16()), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(buf), encoding: 'windows-1252' };
  }
}
