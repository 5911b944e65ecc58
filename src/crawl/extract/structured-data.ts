/**
 * `@type` values of a JSON-LD block, walking `@graph` and nested objects. Bad JSON yields nothing:
 * engines skip such blocks too.
 */
const MAX_NODES = 5000;

export function jsonLdTypes(source: string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(source.trim());
  } catch {
    return [];
  }
  const out = new Set<string>();
  const stack: unknown[] = [data];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const t = (node as Record<string, unknown>)['@type'];
      for (const v of Array.isArray(t) ? t : [t]) if (typeof v === 'string' && v) out.add(v.replace(/^https?:\/\/schema\.org\//, ''));
      for (const v of Object.values(node)) if (v && typeof v === 'object') stack.push(v);
    }
  }
  return [...out];
}
