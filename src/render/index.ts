/**
 * One entry point for the CLI: a report and a format in, the document as a string out.
 */
import type { Report } from '../report/types.js';
import type { Lang } from '../shared/message.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export type Format = 'text' | 'json' | 'markdown' | 'html';

export const FORMATS: readonly Format[] = ['text', 'json', 'markdown', 'html'];

/** File extension per format, for `--output-dir` (`report.<ext>`). */
export const EXTENSIONS: Readonly<Record<Format, string>> = { text: 'txt', json: 'json', markdown: 'md', html: 'html' };

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export interface RenderOptions {
  /** Text format only: ANSI colours (the caller decides from --no-color, NO_COLOR and the TTY). */
  color: boolean;
  /** Text format only: columns to fit, 80 when omitted. */
  width?: number;
  /** Text, Markdown and HTML: the report's language (JSON and CSV keep English ids and keys). */
  lang?: Lang;
}

export function render(report: Report, format: Format, opts: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, opts);
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report, opts.lang);
    case 'html':
      return renderHtml(report, opts.lang);
  }
}

export { renderHtml, renderJson, renderMarkdown, renderText };
