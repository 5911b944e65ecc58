import { describe, expect, it } from 'vitest';
import { EXTENSIONS, FORMATS, isFormat, render } from '../../src/render/index.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { sampleReport } from '../support/sample-report.js';

describe('render', () => {
  it('lists the four formats with their file extensions', () => {
    expect(FORMATS).toEqual(['text', 'json', 'markdown', 'html']);
    expect(EXTENSIONS).toEqual({ text: 'txt', json: 'json', markdown: 'md', html: 'html' });
    expect(isFormat('markdown')).toBe(true);
    expect(isFormat('pdf')).toBe(false);
  });

  it('hands each format to its renderer', () => {
    const r = sampleReport();
    expect(render(r, 'text', { color: false, width: 100 })).toBe(renderText(r, { color: false, width: 100 }));
    expect(render(r, 'json', { color: true })).toBe(renderJson(r));
    expect(render(r, 'markdown', { color: true })).toBe(renderMarkdown(r));
    expect(render(r, 'html', { color: true })).toBe(renderHtml(r));
  });
});
