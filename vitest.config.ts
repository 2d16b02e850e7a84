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
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/smoke.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          ...realLivy,
        },
      },
      {
        test: {
          name: 'e2e-livy-0.8',
          include: ['test/e2e/smoke.test.ts'],
          globalSetup: ['test/e2e/global-setup-0.8.ts'],
          ...realLivy,
        },
      },
    ],
  },
});
