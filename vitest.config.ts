import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
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
    // Vitest's default (cores − 1) runs one file at a time on a two-core machine, while most of a
    // test's time is spent waiting on PostgreSQL, child processes or a browser: two files at once
    // overlap those waits (the unit project: 60 s alone, 40 s two at a time, on a loaded machine).
    maxWorkers: Math.max(2, availableParallelism()),
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
