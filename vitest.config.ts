/**
 * Two test projects:
 * - unit: fast, pure tests (client reducer, clock, i18n; shared; server units).
 * - integration: real processes and threads on this machine, so slower.
 */
import { defineConfig } from 'vitest/config';

const integrationTests = 'server/**/*.integration.test.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['client/src/**/*.test.ts', 'shared/**/*.test.ts', 'server/**/*.test.ts'],
          exclude: [integrationTests, '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: [integrationTests],
          testTimeout: 60_000,
          // Real processes on a 2-core machine: one file at a time keeps runs from starving each other.
          fileParallelism: false,
        },
      },
      {
        // Measurements for `npm run bench` only; never part of `npm test`.
        test: { name: 'bench', environment: 'node', include: ['client/src/**/*.perf.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
