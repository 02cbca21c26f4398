import { runCli } from '../../electron/cli/main';

/** The CLI in-process, its lines collected: what a terminal would show, without a spawn per case. */
export async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
