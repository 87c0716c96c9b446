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
        },
      },
    ],
  },
});
