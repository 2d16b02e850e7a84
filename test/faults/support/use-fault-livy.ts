import { afterEach, beforeEach } from 'vitest';
import { FaultLivy } from './fault-livy.js';

/** For a fault test file: a fresh fault Livy per test (read it through the getter). */
export function useFaultLivy(): () => FaultLivy {
  let fake: FaultLivy | undefined;
  beforeEach(async () => {
    fake = await new FaultLivy().start();
  });
  afterEach(async () => {
    await fake?.stop();
  });
  return () => fake!;
}
