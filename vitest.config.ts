import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component suites. Component tests opt into happy-dom with
// `// @vitest-environment happy-dom` at the top of the file.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
    server: { deps: { inline: ['electron-store'] } },
  },
});
