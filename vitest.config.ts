import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files in name order: the YARN suite's last file stops the cluster through the CLI. */
class ByName extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
  }
}

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
          // One HDFS + YARN + Livy on a 2-core machine: files one after another, in name order.
          fileParallelism: false,
          sequence: { sequencer: ByName },
          // Concurrent applications in one file: the NodeManager fits three with room to spare.
          maxConcurrency: 3,
          testTimeout: 400_000,
          hookTimeout: 1_800_000,
        },
      },
    ],
  },
});
