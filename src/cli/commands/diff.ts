import { loadRun } from '../../history/store.js';
import { diffReports, isRegression } from '../../history/diff.js';
import { renderDiffText } from '../../history/render-diff.js';
import { InputError } from '../../util/errors.js';
import type { CliIO } from '../main.js';
import { useColor } from '../color.js';

export async function runDiffCommand(oldFile: string, newFile: string, opts: { format: string; color: boolean }, io: CliIO): Promise<number> {
  if (opts.format !== 'text' && opts.format !== 'json') throw new InputError(`--format: expected text or json, got "${opts.format}"`);
  const diff = diffReports(loadRun(oldFile), loadRun(newFile));
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ ...diff, regression: isRegression(diff) }, null, 2)}\n`);
  else io.stdout.write(renderDiffText(diff, useColor(opts.color, io.stdout, io.env)));
  return 0;
}
