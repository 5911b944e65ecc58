/**
 * The JSON report in pieces of ~64 KB, the same bytes as `JSON.stringify(value, null, 2)` and a
 * newline (render/json.ts). Why: with 200,000 rankings rows the report is ~165 MB of JSON; built
 * as one string, every piece of it survives the young generation's collections while the rest is
 * written (~2 s of copying), and flattening it for the write cost ~2 s more. Written piece by
 * piece, each piece dies young.
 *
 * The containers near the top are walked here; the elements of long arrays (table rows, items,
 * measurements) are small, and go through the native JSON.stringify a batch at a time, re-indented.
 */

/** Arrays at least this long have their elements stringified natively, BATCH at a time. */
const LONG_ARRAY = 32;
const BATCH = 128;
const PIECE = 1 << 16;

export function* jsonChunks(value: unknown): Generator<string> {
  let buf = '';
  const pads = [''];
  const pad = (depth: number) => (pads[depth] ??= ' '.repeat(depth * 2));

  // `v` has been through its toJSON (as JSON.stringify calls it, with its key); depth indents nested lines.
  function* walk(v: unknown, depth: number): Generator<string> {
    if (Array.isArray(v)) {
      if (!v.length) {
        buf += '[]';
        return;
      }
      buf += '[';
      if (v.length >= LONG_ARRAY) {
        for (let i = 0; i < v.length; i += BATCH) {
          buf += `${i ? ',' : ''}${batch(v.slice(i, i + BATCH), pad(depth))}`;
          if (buf.length >= PIECE) {
            yield buf;
            buf = '';
          }
        }
      } else {
        const inner = pad(depth + 1);
        for (let i = 0; i < v.length; i++) {
          buf += `${i ? ',' : ''}\n${inner}`;
          const x = withToJson(v[i], String(i));
          if (isContainer(x)) yield* walk(x, depth + 1);
          else buf += native(x, inner);
        }
      }
      buf += `\n${pad(depth)}]`;
      return;
    }
    if (isPlainObject(v)) {
      const inner = pad(depth + 1);
      let first = true;
      buf += '{';
      for (const k of Object.keys(v)) {
        const x = withToJson(v[k], k);
        if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
        buf += `${first ? '' : ','}\n${inner}${JSON.stringify(k)}: `;
        first = false;
        if (isContainer(x)) yield* walk(x, depth + 1);
        else buf += native(x, inner);
      }
      buf += first ? '}' : `\n${pad(depth)}}`;
      return;
    }
    buf += native(v, pad(depth));
  }
  const top = withToJson(value, '');
  if (isContainer(top)) yield* walk(top, 0);
  else buf += native(top, '');
  yield `${buf}\n`;
}

/**
 * Elements of a long array, as JSON.stringify writes them inside it at this indentation: "\n" and
 * the first element, "," "\n" and the next… (one native call for many rows). A toJSON method of an
 * element is called with its index in the batch, not in the array (no report value has one).
 */
function batch(elements: unknown[], indent: string): string {
  const text = JSON.stringify(elements, null, 2);
  const inside = text.slice(1, -2);
  return indent ? inside.replaceAll('\n', `\n${indent}`) : inside;
}

/** One value as JSON.stringify writes it at this indentation (`null` where an array holds nothing JSON can say). */
function native(v: unknown, indent: string): string {
  const text = JSON.stringify(v, null, 2) as string | undefined;
  if (text === undefined) return 'null';
  return indent && typeof v === 'object' ? text.replaceAll('\n', `\n${indent}`) : text;
}

function withToJson(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(k: string): unknown }).toJSON(key) : v;
}

/** Arrays and plain objects are walked here; anything else (boxed values, class instances) goes to JSON.stringify. */
function isContainer(v: unknown): boolean {
  return Array.isArray(v) || isPlainObject(v);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}
