#!/usr/bin/env node
// The `werkzaam` command. It runs the CLI bundled by esbuild (dist/cli/main.mjs, built by
// `npm install` and rebuilt here when a source it was made from has changed), so a call
// does not compile TypeScript first (tsx took ≈ 1.5 s of every call). Where esbuild is
// missing it runs the TypeScript sources through tsx, as before.
import { pathToFileURL } from 'node:url';

process.env.WERKZAAM_CLI_MAIN = '1';

/** The bundle's entry, built if missing or stale; null when it cannot be had. */
async function bundledEntry() {
  try {
    const { freshBundle, buildCli } = await import('../scripts/build-cli.mjs');
    return freshBundle() ?? (await buildCli()).entry;
  } catch {
    return null;
  }
}

try {
  const entry = await bundledEntry();
  if (entry) {
    await import(pathToFileURL(entry).href);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../electron/cli/main.ts');
  }
} catch (error) {
  // A broken install (a missing module, a syntax error) is not the user's fault, but
  // it still gets one line, not a stack trace.
  process.stderr.write(`werkzaam: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
