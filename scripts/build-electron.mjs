#!/usr/bin/env node
// Bundles the main process (ESM; node_modules stay external, electron-builder ships them)
// and the preload (one CommonJS file: a sandboxed preload cannot require our modules).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'dist/electron/main.mjs',
  format: 'esm',
  packages: 'external',
});

await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  outfile: 'dist/electron/preload.cjs',
  format: 'cjs',
  external: ['electron'],
});
console.log('built dist/electron/main.mjs and dist/electron/preload.cjs');
