import { describe, expect, it } from 'vitest';
import { withoutTimestamps, yarnWaitingReason } from '../../../src/client/yarn-diagnostics.js';

// The ResourceManager's own messages (Hadoop 3.3 CapacityScheduler), as Livy passes them on.
const AM_LIMIT = [
  "[Sun Nov 29 06:00:01 +0000 2026] Application is added to the scheduler and is not yet activated. Queue's AM resource limit exceeded.  Details : AM Partition = <DEFAULT_PARTITION>; AM Resource Request = <memory:1536, vCores:1>; Queue Resource Limit for AM = <memory:4096, vCores:1>; User AM Resource Limit of the queue = <memory:4096, vCores:1>; Queue AM Resource Usage = <memory:3072, vCores:2>; ",
];
const CLUSTER_FULL = [
  '[Sun Nov 29 06:00:01 +0000 2026] Application is Activated, waiting for resources to be assigned for AM.  Details : AM Partition = <DEFAULT_PARTITION> ; Partition Resource = <memory:8192, vCores:8> ; ',
];
const LAUNCHED = ['[Sun Nov 29 06:00:03 +0000 2026] AM container is launched, waiting for AM container to Register with RM'];

describe('yarnWaitingReason', () => {
  it("reads a queue's AM limit as waiting, without the timestamp and the Details tail", () => {
    expect(yarnWaitingReason(AM_LIMIT)).toBe(
      "Application is added to the scheduler and is not yet activated. Queue's AM resource limit exceeded.",
    );
  });

  it('reads a full cluster as waiting', () => {
    expect(yarnWaitingReason(CLUSTER_FULL)).toBe('Application is Activated, waiting for resources to be assigned for AM.');
  });

  it('does not call a launching AM, a failure or no diagnostics waiting', () => {
    expect(yarnWaitingReason(LAUNCHED)).toBeUndefined();
    expect(yarnWaitingReason(['User application exited with status 1'])).toBeUndefined();
    expect(yarnWaitingReason([])).toBeUndefined();
  });
});

describe('withoutTimestamps', () => {
  it('makes the same message re-stamped by the ResourceManager compare equal', () => {
    const again = [LAUNCHED[0]!.replace('06:00:03', '06:00:09')];
    expect(withoutTimestamps(again)).toBe(withoutTimestamps(LAUNCHED));
    expect(withoutTimestamps(['', ' a ', 'b'])).toBe('a b');
  });
});
