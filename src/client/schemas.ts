import { z } from 'zod';
import { STATEMENT_STATES, type SessionState, type StatementState } from './states.js';

// The states live in states.ts (no zod); they are part of this module's API as before.
export {
  SESSION_STATES,
  STATEMENT_STATES,
  TERMINAL_STATES,
  type KnownSessionState,
  type SessionState,
  type StatementState,
} from './states.js';

/**
 * Validators for Livy's replies. Objects are loose: fields a newer Livy adds are
 * kept (and shown by `--output json`), while the fields we rely on are checked.
 */

export const sessionStateSchema: z.ZodType<SessionState> = z.string().min(1);

export const appInfoSchema = z
  .looseObject({
    driverLogUrl: z.string().nullish(),
    sparkUiUrl: z.string().nullish(),
    executorLogUrls: z.string().nullish(),
  })
  .nullish();

export const batchSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().nullish(),
  owner: z.string().nullish(),
  proxyUser: z.string().nullish(),
  state: sessionStateSchema,
  appId: z.string().nullish(),
  appInfo: appInfoSchema,
  log: z.array(z.string()).nullish(),
});
export type Batch = z.infer<typeof batchSchema>;

export const sessionSchema = batchSchema.extend({
  kind: z.string().nullish(),
});
export type Session = z.infer<typeof sessionSchema>;

export const stateReplySchema = z.looseObject({
  id: z.number().int(),
  state: sessionStateSchema,
});
export type StateReply = z.infer<typeof stateReplySchema>;

export const batchListSchema = z.looseObject({
  from: z.number().int(),
  total: z.number().int(),
  sessions: z.array(batchSchema),
});
export type BatchList = z.infer<typeof batchListSchema>;

export const sessionListSchema = z.looseObject({
  from: z.number().int(),
  total: z.number().int(),
  sessions: z.array(sessionSchema),
});
export type SessionList = z.infer<typeof sessionListSchema>;

export const logPageSchema = z.looseObject({
  id: z.number().int(),
  from: z.number().int(),
  total: z.number().int(),
  log: z.array(z.string()),
});
export type LogPage = z.infer<typeof logPageSchema>;

export const statementStateSchema: z.ZodType<StatementState> = z.enum(STATEMENT_STATES);

export const statementOutputSchema = z.discriminatedUnion('status', [
  z.looseObject({
    status: z.literal('ok'),
    execution_count: z.number().int(),
    data: z.record(z.string(), z.unknown()),
  }),
  z.looseObject({
    status: z.literal('error'),
    execution_count: z.number().int(),
    ename: z.string(),
    evalue: z.string(),
    traceback: z.array(z.string()).default([]),
  }),
]);
export type StatementOutput = z.infer<typeof statementOutputSchema>;

export const statementSchema = z.looseObject({
  id: z.number().int(),
  code: z.string(),
  state: statementStateSchema,
  output: statementOutputSchema.nullish(),
  progress: z.number().nullish(),
  started: z.number().nullish(),
  completed: z.number().nullish(),
});
export type Statement = z.infer<typeof statementSchema>;

export const statementListSchema = z.looseObject({
  total_statements: z.number().int(),
  statements: z.array(statementSchema),
});
export type StatementList = z.infer<typeof statementListSchema>;

export const completionSchema = z.looseObject({ candidates: z.array(z.string()) });

export const versionSchema = z.looseObject({
  version: z.string(),
  user: z.string().nullish(),
  revision: z.string().nullish(),
  branch: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
});
export type LivyVersion = z.infer<typeof versionSchema>;

export const messageSchema = z.looseObject({ msg: z.string() });
