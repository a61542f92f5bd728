import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser and build tests share dist/ folders and a Chromium: run files one at a time.
    fileParallelism: false,
  },
});
