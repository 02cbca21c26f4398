import { defineConfig } from 'vitest/config';

// Browser end-to-end suites: drive the built web app in Debian's Chromium with playwright-core.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/bench/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
