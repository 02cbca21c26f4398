#!/usr/bin/env node
// The `werkzaam` command: runs the TypeScript CLI through tsx (a runtime dependency),
// so `npx werkzaam …` works straight after `npm install`, without a build step.
import { register } from 'tsx/esm/api';

register();
process.env.WERKZAAM_CLI_MAIN = '1';
try {
  await import('../electron/cli/main.ts');
} catch (error) {
  // A broken install (a missing module, a syntax error) is not the user's fault, but
  // it still gets one line, not a stack trace.
  process.stderr.write(`werkzaam: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
