/**
 * A keywords file: one keyword a line, `keyword[;priority[;volume[;category]]]`, `#` comments.
 * A bad line is a problem with its number; the other lines are kept.
 */
import type { TargetKeyword } from '../analyze/types.js';
import type { InputProblem } from '../util/errors.js';

export function parseKeywordsFile(text: string, file: string): { keywords: TargetKeyword[]; problems: InputProblem[] } {
  const keywords: TargetKeyword[] = [];
  const problems: InputProblem[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [kw, prio, vol, cat] = line.split(';').map((s) => s.trim());
    const problem = (message: string) => problems.push({ file, line: i + 1, message });
    if (!kw) return problem('empty keyword');
    const priority = prio ? Number(prio) : 2;
    if (![1, 2, 3].includes(priority)) return problem(`priority must be 1, 2 or 3, got "${prio}"`);
    const volume = vol ? Number(vol.replace(/[\s\u00a0\u202f]/g, '')) : null;
    if (volume !== null && (!Number.isFinite(volume) || volume < 0)) return problem(`volume must be a number, got "${vol}"`);
    keywords.push({ keyword: kw, priority: priority as 1 | 2 | 3, volume, category: cat || null, source: file });
  });
  return { keywords, problems };
}
