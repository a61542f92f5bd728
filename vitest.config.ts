import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each fixture site is built once per run, by the first file that needs it, into the run's
    // build cache (tests/helpers/build-site.ts).
    globalSetup: ['tests/global-setup.ts'],
    // Limits only against a hung browser or build: generous enough that a loaded 2-core machine
    // never trips them. Speed targets live in `npm run bench`, not here.
    testTimeout: 600_000,
    hookTimeout: 1_200_000,
    // Browser and build tests share a Chromium and the build cache: run files one at a time.
    fileParallelism: false,
  },
});
