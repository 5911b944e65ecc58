/** A page's resources (HtmlFacts.resources): kind letter + absolute URL, one string each. */
import type { ResourceCheck } from './types.js';

const KINDS: Record<string, ResourceCheck['kind']> = { i: 'image', s: 'stylesheet', j: 'script' };

export function resourceKind(entry: string): ResourceCheck['kind'] {
  return KINDS[entry[0]!] ?? 'image';
}

export function resourceUrl(entry: string): string {
  return entry.slice(1);
}
