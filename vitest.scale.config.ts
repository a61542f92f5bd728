import { defineConfig } from 'vitest/config';

// npm run test:scale — the search tests on a synthetic 10,000-item site (tests/search/*.scale.ts).
// Kept out of npm test for time; see docs/search.md for the figures.
export default defineConfig({
  test: {
    include: ['tests/search/*.scale.ts'],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    fileParallelism: false,
  },
});
