import { defineConfig } from 'vitest/config';

/** A project that starts one real local Livy (global setup) and runs its files one after another. */
const realLivy = {
  environment: 'node' as const,
  // One real Livy with a 2-core machine: run files one after another.
  fileParallelism: false,
  testTimeout: 300_000,
  // The first run may build Livy from source (minutes) and install pyspark.
  hookTimeout: 1_800_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          // A few cases spawn bin/livy.js: never against a stale dist/.
          globalSetup: ['test/support/fresh-build.ts'],
          environment: 'node',
          // Some cases spawn the built binary or python; a loaded 2-core machine needs room.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // A misbehaving fake Livy on loopback and real signals to the built binary.
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          globalSetup: ['test/support/fresh-build.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/smoke.test.ts'],
          globalSetup: ['test/support/fresh-build.ts', 'test/e2e/global-setup.ts'],
          ...realLivy,
        },
      },
      {
        test: {
          name: 'e2e-livy-0.8',
          include: ['test/e2e/smoke.test.ts'],
          globalSetup: ['test/support/fresh-build.ts', 'test/e2e/global-setup-0.8.ts'],
          ...realLivy,
        },
      },
      {
        test: {
          name: 'e2e-yarn',
          include: ['test/e2e-yarn/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/fresh-build.ts', 'test/e2e-yarn/global-setup.ts'],
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
