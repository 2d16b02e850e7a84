import { afterEach, beforeAll, beforeEach } from 'vitest';
import { FaultLivy } from './fault-livy.js';
import { ensureBuilt } from './livy-process.js';

/** For a fault test file: the binary built, and a fresh fault Livy per test (read it through the getter). */
export function useFaultLivy(): () => FaultLivy {
  let fake: FaultLivy | undefined;
  beforeAll(ensureBuilt);
  beforeEach(async () => {
    fake = await new FaultLivy().start();
  });
  afterEach(async () => {
    await fake?.stop();
  });
  return () => fake!;
}
