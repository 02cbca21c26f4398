#!/usr/bin/env node
// Bundles the main process and the preload with esbuild. Only `electron` stays outside:
// - dist/electron/main.mjs (ESM; package.json "main") carries electron-store, zod and the
//   rest of its dependencies, so it runs without node_modules next to it. Some of those
//   (ajv, inside electron-store) are CommonJS and call require(), which an ES module lacks:
//   the banner gives the bundle a real one.
// - dist/electron/preload.cjs (CommonJS): a sandboxed preload may require('electron') and
//   nothing else, so it must be one self-contained file.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external: ['electron'] };

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.mjs',
  format: 'esm',
  // Prefer ES module builds: jsonc-parser's "main" is a UMD file whose require() calls
  // esbuild cannot follow.
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire as __werkzaamCreateRequire } from 'node:module'; const require = __werkzaamCreateRequire(import.meta.url);" },
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
});
console.log('built dist/electron/main.mjs and dist/electron/preload.cjs');
