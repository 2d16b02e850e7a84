// vitest globalSetup of the `e2e-livy-0.8` project: the smoke subset on the release Amazon EMR 7.x ships.
import type { TestProject } from 'vitest/node';
import { startSuiteLivy } from './support/suite-livy.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return startSuiteLivy(project, '0.8.0-incubating');
}
