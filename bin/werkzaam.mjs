#!/usr/bin/env node
// The `werkzaam` command: runs the TypeScript CLI through tsx (a runtime dependency),
// so `npx werkzaam …` works straight after `npm install`, without a build step.
import { register } from 'tsx/esm/api';

register();
process.env.WERKZAAM_CLI_MAIN = '1';
await import('../electron/cli/main.ts');
