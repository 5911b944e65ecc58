/**
 * Colour only for a terminal, and never when NO_COLOR is set (no-color.org: any non-empty value)
 * or --no-color was given. FORCE_COLOR lets CI logs keep colour when wanted.
 */
export function useColor(flag: boolean, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
