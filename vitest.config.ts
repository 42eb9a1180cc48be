import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests once, and every database-backed test twice — against real
 * PostgreSQL and against the embedded database — each from a migrated template.
 */
const databaseTests = ['test/graphql/**/*.test.ts', 'test/server/**/*.test.ts', 'test/db/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'postgres',
          include: databaseTests,
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'embedded',
          include: databaseTests,
          env: { TEST_DATABASE: 'embedded' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
