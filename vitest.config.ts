import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: pure unit tests once, and every database-backed test twice — against real
 * PostgreSQL and against the embedded database — each from a migrated template; test/postgres
 * and test/embedded hold what only one of them can show.
 */
const databaseTests = ['test/graphql/**/*.test.ts', 'test/server/**/*.test.ts', 'test/db/**/*.test.ts', 'test/jobs/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds without an exports map. Node loads the
    // CommonJS one for graphql-yoga, Vite would pick the ESM one for our source: two copies break
    // `instanceof GraphQLError`. Point both at the file Node uses, as in production.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/plugins/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...databaseTests, 'test/postgres/**/*.test.ts'],
          env: { TEST_DATABASE: 'postgres' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'embedded',
          include: [...databaseTests, 'test/embedded/**/*.test.ts'],
          env: { TEST_DATABASE: 'embedded' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
    ],
  },
});
