import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
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
      {
        test: {
          name: 'e2e-yarn',
          include: ['test/e2e-yarn/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e-yarn/global-setup.ts'],
          // One HDFS + YARN + Livy on a 2-core machine (yarn.test.ts orders its suites).
          fileParallelism: false,
          // Concurrent applications in one file: the NodeManager fits three with room to spare.
          maxConcurrency: 3,
          testTimeout: 900_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
