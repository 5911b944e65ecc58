import { allRuleMetas } from '../../rules/index.js';
import { STEP_ORDER, type RuleMeta } from '../../rules/types.js';
import { InputError } from '../../util/errors.js';
import type { CliIO } from '../main.js';

export function allFindingMeta(): RuleMeta[] {
  return allRuleMetas().sort(
    (a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step) || a.id.localeCompare(b.id),
  );
}

export async function runRulesCommand(opts: { format: string }, io: CliIO): Promise<number> {
  const metas = allFindingMeta();
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(metas, null, 2)}\n`);
  else if (opts.format === 'text') {
    for (const m of metas) io.stdout.write(`${String(STEP_ORDER.indexOf(m.step) + 1)}  ${m.severity.padEnd(8)}  ${m.id.padEnd(28)}  ${m.title}\n`);
  } else throw new InputError(`--format: expected text or json, got "${opts.format}"`);
  return 0;
}
