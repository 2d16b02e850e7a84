import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { UNSURE, type QuickCheck } from '../../../src/client/quick-check.js';
import { quickBatch, quickSession, quickStatement, quickStateReply } from '../../../src/client/reply-schemas.js';
import { batchSchema, sessionSchema, statementSchema, stateReplySchema } from '../../../src/client/schemas.js';

/** A field's values: ones its schema takes, and anything else JSON can hold. */
type FieldArbs = Record<string, fc.Arbitrary<unknown>>;

const nullishString = fc.oneof(fc.string(), fc.constant(null));
const nullishNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null));
const anyJson = fc.jsonValue();
/** Keys of fields the schemas do not know, `__proto__` among them. */
const extraKey = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'ttl', '0', 'kind'));

/** JSON text of an object with these fields, in a random order, some left out, some of any type, plus extra ones. */
function objectText(fields: FieldArbs): fc.Arbitrary<string> {
  const entries = Object.entries(fields).map(([key, valid]) =>
    fc.oneof(
      { arbitrary: valid.map((v) => [key, v] as const), weight: 8 },
      { arbitrary: anyJson.map((v) => [key, v] as const), weight: 1 },
      { arbitrary: fc.constant(undefined), weight: 1 },
    ),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.array(fc.tuple(extraKey, anyJson), { maxLength: 3 }))
    .chain(([known, extra]) => {
      const all = [...known.filter((e) => e !== undefined), ...extra];
      return fc.shuffledSubarray(all, { minLength: all.length });
    })
    .map((pairs) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`);
}

const appInfo = objectText({ driverLogUrl: nullishString, sparkUiUrl: nullishString, executorLogUrls: nullishString }).map(
  (t) => JSON.parse(t) as unknown,
);
const batchFields: FieldArbs = {
  id: fc.oneof(fc.nat(), fc.integer({ min: -5, max: 5 })),
  name: nullishString,
  owner: nullishString,
  proxyUser: nullishString,
  state: fc.oneof(fc.constantFrom('starting', 'running', 'idle', 'success', 'dead', 'suspended'), fc.string({ maxLength: 2 })),
  appId: nullishString,
  appInfo: fc.oneof(appInfo, fc.constant(null)),
  log: fc.oneof(fc.array(fc.string(), { maxLength: 3 }), fc.constant(null)),
};
const okOutput = objectText({
  status: fc.constant('ok'),
  execution_count: fc.nat(),
  data: fc.dictionary(fc.oneof(fc.string(), fc.constant('__proto__')), anyJson, { maxKeys: 3 }),
});
const errorOutput = objectText({
  status: fc.constant('error'),
  execution_count: fc.nat(),
  ename: fc.string(),
  evalue: fc.string(),
  traceback: fc.array(fc.string(), { maxLength: 3 }),
});
const statementFields: FieldArbs = {
  id: fc.nat(),
  code: fc.string(),
  state: fc.constantFrom('waiting', 'running', 'available', 'cancelling', 'cancelled', 'error', 'weird'),
  output: fc.oneof(
    okOutput.map((t) => JSON.parse(t) as unknown),
    errorOutput.map((t) => JSON.parse(t) as unknown),
    fc.constant(null),
  ),
  progress: nullishNumber,
  started: nullishNumber,
  completed: nullishNumber,
};

const CASES: [string, QuickCheck<unknown>, ZodType<unknown>, fc.Arbitrary<string>, unknown][] = [
  [
    'batch',
    quickBatch,
    batchSchema,
    objectText(batchFields),
    {
      id: 3,
      name: null,
      owner: null,
      proxyUser: null,
      state: 'running',
      appId: 'application_1_0001',
      appInfo: { driverLogUrl: 'http://nm:8042/x', sparkUiUrl: null },
      log: ['stdout: ', '\nstderr: '],
    },
  ],
  [
    'session',
    quickSession,
    sessionSchema,
    objectText({ ...batchFields, kind: nullishString }),
    {
      id: 1,
      name: 'x',
      appId: null,
      owner: null,
      proxyUser: null,
      state: 'idle',
      kind: 'pyspark',
      appInfo: { driverLogUrl: null, sparkUiUrl: null, executorLogUrls: null },
      log: [],
      ttl: null,
      idleTimeout: null,
      driverMemory: null,
      driverCores: 0,
      conf: {},
      jars: [],
    },
  ],
  ['state reply', quickStateReply, stateReplySchema, objectText({ id: fc.nat(), state: batchFields.state! }), { id: 1, state: 'idle' }],
  [
    'statement',
    quickStatement,
    statementSchema,
    objectText(statementFields),
    {
      id: 7,
      code: '1+1',
      state: 'available',
      output: { status: 'ok', execution_count: 7, data: { 'text/plain': '2' } },
      progress: 1.0,
      started: 1764390000000,
      completed: 1764390000004,
    },
  ],
];

/** The value and the order of every object's keys, as JSON shows them. */
const shown = (value: unknown): string => JSON.stringify(value);

describe.each(CASES)('the quick check of a %s reply', (_name, quick, schema, texts, typical) => {
  it("settles Livy's usual reply itself, with the value zod gives", () => {
    const json: unknown = JSON.parse(JSON.stringify(typical));
    const checked = quick(json);
    expect(checked).not.toBe(UNSURE);
    const zod = schema.parse(json);
    expect(checked).toStrictEqual(zod);
    expect(shown(checked)).toBe(shown(zod));
  });

  it('never takes a reply zod refuses, and takes the others as zod does (same fields, same order)', () => {
    let settled = 0;
    fc.assert(
      fc.property(texts, (text) => {
        // One parsed value for both: fields neither knows are passed on as they are, by reference.
        const json: unknown = JSON.parse(text);
        const checked = quick(json);
        const zod = schema.safeParse(json);
        if (checked === UNSURE) return;
        settled++;
        expect(zod.success, text).toBe(true);
        expect(checked, text).toStrictEqual(zod.data);
        expect(shown(checked), text).toBe(shown(zod.data));
      }),
      { numRuns: 1000 },
    );
    // The generator must reach the accepting side too, or the property says nothing.
    expect(settled).toBeGreaterThan(50);
  });

  it('leaves to zod what is not an object', () => {
    for (const value of [null, 1, 'x', [], [typical], true]) expect(quick(value)).toBe(UNSURE);
  });
});
