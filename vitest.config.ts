import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // A loaded 2-core machine (several agents and a Spark driver) can take seconds to start a test.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Fault injection: a fake Livy on 127.0.0.1 and real signals to the built binary.
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          // One real Livy with a 2-core machine: run files one after another.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
