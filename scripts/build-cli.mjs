#!/usr/bin/env node
// The `werkzaam` command line as one ES module bundle (esbuild), so a call does not compile
// TypeScript at start (tsx took ≈ 1.5 s of every call). `npm install` builds it (prepare);
// bin/werkzaam.mjs rebuilds it when a source it was built from has changed since, and falls
// back to tsx where esbuild is missing (an install without dev dependencies).
//
// dist/cli/main.mjs      the entry (electron/cli/main.ts); packages stay outside the bundle
//                        and load from node_modules, as they do under tsx
// dist/cli/chunk-*.mjs   the parts commands load when used (exceljs, docx, …): the lazy
//                        imports of the sources stay lazy
// dist/cli/inputs.json   the source files the bundle was built from, for the staleness check
//
// Two calls may rebuild at once (the CLI tests run many): every file is written beside its
// place and renamed over it, chunk names carry their content hash, and inputs.json is
// written last, so a reader sees an old complete bundle or a new complete one.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENTRY = 'electron/cli/main.ts';
export const DEFAULT_OUT = join(ROOT, 'dist/cli');

/** The bundle's entry in `outDir`, or null when it is missing or older than one of its sources. */
export function freshBundle(outDir = DEFAULT_OUT) {
  const entry = join(outDir, 'main.mjs');
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(join(outDir, 'inputs.json'), 'utf8'));
  } catch {
    return null;
  }
  try {
    const built = statSync(entry).mtimeMs;
    for (const file of inputs.files) if (statSync(join(ROOT, file)).mtimeMs > built) return null;
  } catch {
    return null; // a source moved or was removed: build again
  }
  return entry;
}

/** Build the bundle into `outDir`; returns the entry's path. */
export async function buildCli(outDir = DEFAULT_OUT) {
  const { build } = await import('esbuild');
  const started = Date.now();
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: ENTRY },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    sourcemap: 'inline',
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'main.mjs');
  const written = new Set();
  // Chunks first, the entry after them, the list of inputs last.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === entry) - Number(b.path === entry));
  for (const file of outputs) {
    writeAtomic(file.path, file.contents);
    written.add(file.path);
  }
  const files = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
  writeAtomic(join(outDir, 'inputs.json'), `${JSON.stringify({ entry: ENTRY, files }, null, 1)}\n`);
  // Chunks of earlier builds: removed once they are old enough that no call still runs them.
  for (const name of readdirSync(outDir)) {
    const path = join(outDir, name);
    if (name.startsWith('chunk-') && !written.has(path) && Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
  }
  return { entry, ms: Date.now() - started, files: files.length };
}

function writeAtomic(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

// `node scripts/build-cli.mjs` (npm's prepare step): build, or say why not without failing
// the install: bin/werkzaam.mjs can still run the sources through tsx.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { entry, ms, files } = await buildCli(process.argv[2] ?? DEFAULT_OUT);
    console.log(`built ${relative(process.cwd(), entry) || entry} from ${files} sources in ${ms} ms`);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`werkzaam: the CLI bundle was not built (${message}); the command will run from the TypeScript sources.`);
    if (!existsSync(join(ROOT, 'node_modules/tsx'))) process.exitCode = 1;
  }
}
