// vitest globalSetup of the `e2e` project: the whole suite runs on the current Livy release.
import type { TestProject } from 'vitest/node';
import { LIVY_VERSION } from '../../src/local/versions.js';
import { startSuiteLivy } from './support/suite-livy.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return startSuiteLivy(project, LIVY_VERSION);
}
