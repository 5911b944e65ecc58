/**
 * Bytes → text the way browsers pick a charset: BOM, then the Content-Type header, then a
 * <meta charset> in the first 1024 bytes, else UTF-8. Invalid bytes are replaced, never thrown on.
 */
import { TextDecoder } from 'node:util';

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i;

function labelFromContentType(ct: string | null): string | null {
  const m = ct ? /charset\s*=\s*["']?([^;"'\s]+)/i.exec(ct) : null;
  return m?.[1]?.toLowerCase() ?? null;
}

function bomLabel(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

function decoderFor(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return null;
  }
}

export function decodeHtml(body: Buffer, contentType: string | null): { text: string; charset: string; replaced: boolean } {
  const head = body.subarray(0, 1024).toString('latin1');
  const candidates = [bomLabel(body), labelFromContentType(contentType), META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null, 'utf-8'];
  for (const label of candidates) {
    if (!label) continue;
    if (label === 'utf-8' || label === 'utf8') {
      // Buffer's UTF-8 decoder is several times faster than TextDecoder's and replaces invalid
      // bytes the same way; only the BOM, which TextDecoder drops, is left to drop.
      const text = body.toString('utf8', body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0);
      return { text, charset: 'utf-8', replaced: text.includes('\uFFFD') };
    }
    const decoder = decoderFor(label);
    if (!decoder) continue;
    const text = decoder.decode(body);
    return { text, charset: decoder.encoding, replaced: text.includes('\uFFFD') };
  }
  const text = body.toString('utf8');
  return { text, charset: 'utf-8', replaced: text.includes('\uFFFD') };
}
