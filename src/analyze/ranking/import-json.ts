/** Rankings as a JSON array of objects with the CSV's fields (or `{ "observations": [...] }`). */
import type { RankObservation } from '../types.js';
import type { InputProblem } from '../../util/errors.js';
import { normaliseObservation } from './import-csv.js';

export function parseRankingsJson(text: string, file: string): { observations: RankObservation[]; problems: InputProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { observations: [], problems: [{ file, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const list = Array.isArray(data) ? data : (data as { observations?: unknown })?.observations;
  if (!Array.isArray(list)) return { observations: [], problems: [{ file, message: 'expected an array of observations' }] };
  const observations: RankObservation[] = [];
  const problems: InputProblem[] = [];
  list.forEach((item, i) => {
    if (!item || typeof item !== 'object') {
      problems.push({ file, field: `[${i}]`, message: 'not an object' });
      return;
    }
    const r = normaliseObservation(item as Record<string, unknown>, { file });
    if (r.problem) problems.push({ ...r.problem, field: `[${i}]${r.problem.field ? `.${r.problem.field}` : ''}` });
    else observations.push(r.observation!);
  });
  return { observations, problems };
}
