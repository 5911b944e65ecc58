/**
 * Raw against rendered: what the page's scripts changed, field by field, as a rendering engine and
 * one that does not render would each read the page.
 */
import { pageText } from '../../site/page-text.js';
import { scriptShellReason } from '../../site/script-shell.js';
import type { HtmlFacts, MetaRobots, RawView, RenderRecord, RenderedField } from '../../site/types.js';

const SAMPLE = 20;
/** Word counts differing by less than this (and under WORDS_MIN_SHARE) are the same page (a date, a counter). */
const WORDS_MIN_DELTA = 10;
const WORDS_MIN_SHARE = 0.1;

const firstH1 = (h: HtmlFacts): string | null => pageText(h).headingTexts(1)[0] ?? null;

function robotsKey(r: MetaRobots): string {
  const per = Object.keys(r.perBot)
    .sort()
    .map((b) => `${b}:${[...r.perBot[b]!].sort().join(',')}`);
  return [[...r.generic].sort().join(','), ...per].join(';');
}

export function rawView(raw: HtmlFacts): RawView {
  return {
    title: raw.title,
    description: raw.metaDescription,
    canonical: raw.canonical,
    metaRobots: raw.metaRobots,
    h1: firstH1(raw),
    words: raw.wordCount,
    internalLinks: raw.internalLinks.urls.length,
    shell: scriptShellReason(raw),
  };
}

function setDiff(a: string[], b: Set<string>): { count: number; sample: string[] } {
  const out = new Set<string>();
  for (const u of a) if (!b.has(u)) out.add(u);
  return { count: out.size, sample: [...out].slice(0, SAMPLE) };
}

export function compareRendered(raw: HtmlFacts, rendered: HtmlFacts): Pick<RenderRecord, 'raw' | 'changed' | 'linksAdded' | 'linksRemoved'> {
  const view = rawView(raw);
  const changed: RenderedField[] = [];
  if (view.title !== rendered.title) changed.push('title');
  if (view.description !== rendered.metaDescription) changed.push('description');
  if (view.canonical !== rendered.canonical) changed.push('canonical');
  if (robotsKey(view.metaRobots) !== robotsKey(rendered.metaRobots)) changed.push('robots');
  if (view.h1 !== firstH1(rendered)) changed.push('h1');
  const delta = Math.abs(rendered.wordCount - view.words);
  if (delta >= WORDS_MIN_DELTA && delta >= WORDS_MIN_SHARE * Math.max(view.words, rendered.wordCount)) changed.push('words');
  const rawLinks = new Set(raw.internalLinks.urls);
  const renderedLinks = new Set(rendered.internalLinks.urls);
  const linksAdded = setDiff(rendered.internalLinks.urls, rawLinks);
  const linksRemoved = setDiff(raw.internalLinks.urls, renderedLinks);
  if (linksAdded.count || linksRemoved.count) changed.push('links');
  return { raw: view, changed, linksAdded, linksRemoved };
}
