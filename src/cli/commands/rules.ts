import { ALL_RULES } from '../../rules/index.js';
import { COVERAGE_FINDINGS } from '../../analyze/coverage/findings.js';
import { JAVASCRIPT_FINDINGS } from '../../analyze/coverage/javascript.js';
import { RELEVANCE_FINDINGS } from '../../analyze/relevance/findings.js';
import { RANKING_FINDINGS } from '../../analyze/ranking/findings.js';
import { STEP_ORDER, type RuleMeta } from '../../rules/types.js';
import { InputError } from '../../util/errors.js';
import type { CliIO } from '../main.js';

export function allFindingMeta(): RuleMeta[] {
  return [...ALL_RULES.map((r) => r.meta), ...COVERAGE_FINDINGS, ...JAVASCRIPT_FINDINGS, ...RELEVANCE_FINDINGS, ...RANKING_FINDINGS].sort(
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
