/** Thresholds several rules share; each says in its rule's help where it comes from. */
export const THIN_WORDS = 250;
export const TITLE_MAX = 60;
export const TITLE_MIN = 10;
export const DESCRIPTION_MAX = 160;

/** A meta description that directories and engines' snippets show whole: present, at most DESCRIPTION_MAX characters. */
export function descriptionFits(description: string | null | undefined): boolean {
  return !!description && description.length <= DESCRIPTION_MAX;
}
/** Clicks from the home page beyond which a page counts as too deep (page-too-deep). */
export const MAX_CLICK_DEPTH = 4;
/** Time to last byte, in ms, beyond which a response counts as slow (slow-response). */
export const SLOW_MS = 1500;
