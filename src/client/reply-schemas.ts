import type { ZodType } from 'zod';
import {
  anyRecord,
  arrayOf,
  byTag,
  int,
  literal,
  looseObject,
  nullish,
  number,
  oneOf,
  string,
  UNSURE,
  withDefault,
  type QuickCheck,
} from './quick-check.js';
import type { Batch, Session, Statement, StateReply } from './schemas.js';
import { STATEMENT_STATES } from './states.js';

type Schemas = typeof import('./schemas.js');

/**
 * How the transport validates a reply without loading zod up front: `quick` settles the usual
 * shape at once; anything it is unsure of goes to the zod schema, loaded on first need.
 */
export interface LazySchema<T> {
  quick?: (json: unknown) => { value: T } | undefined;
  load: () => Promise<ZodType<T>>;
}

export function lazySchema<T>(pick: (schemas: Schemas) => ZodType<T>, quick?: QuickCheck<T>): LazySchema<T> {
  return {
    ...(quick
      ? {
          quick: (json: unknown) => {
            const checked = quick(json);
            return checked === UNSURE ? undefined : { value: checked };
          },
        }
      : {}),
    load: async () => pick(await import('./schemas.js')),
  };
}

const batchFields = {
  id: int,
  name: nullish(string()),
  owner: nullish(string()),
  proxyUser: nullish(string()),
  state: string(1),
  appId: nullish(string()),
  appInfo: nullish(looseObject({ driverLogUrl: nullish(string()), sparkUiUrl: nullish(string()), executorLogUrls: nullish(string()) })),
  log: nullish(arrayOf(string())),
};

export const quickBatch = looseObject<Batch>(batchFields);
export const quickSession = looseObject<Session>({ ...batchFields, kind: nullish(string()) });
export const quickStateReply = looseObject<StateReply>({ id: int, state: string(1) });
export const quickStatement = looseObject<Statement>({
  id: int,
  code: string(),
  state: oneOf(STATEMENT_STATES),
  output: nullish(
    byTag('status', {
      ok: looseObject({ status: literal('ok'), execution_count: int, data: anyRecord }),
      error: looseObject({
        status: literal('error'),
        execution_count: int,
        ename: string(),
        evalue: string(),
        traceback: withDefault(arrayOf(string()), () => []),
      }),
    }),
  ),
  progress: nullish(number),
  started: nullish(number),
  completed: nullish(number),
});

/** The schema of each reply the client reads, each loaded (with zod) when first needed. */
export const replySchemas = {
  batch: lazySchema((s) => s.batchSchema, quickBatch),
  batchList: lazySchema((s) => s.batchListSchema),
  session: lazySchema((s) => s.sessionSchema, quickSession),
  sessionList: lazySchema((s) => s.sessionListSchema),
  stateReply: lazySchema((s) => s.stateReplySchema, quickStateReply),
  logPage: lazySchema((s) => s.logPageSchema),
  statement: lazySchema((s) => s.statementSchema, quickStatement),
  statementList: lazySchema((s) => s.statementListSchema),
  completion: lazySchema((s) => s.completionSchema),
  version: lazySchema((s) => s.versionSchema),
  message: lazySchema((s) => s.messageSchema),
};
