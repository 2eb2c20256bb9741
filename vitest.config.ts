import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Sandbox-backed tests start a server and sometimes PGlite (about 5 s) per file.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
