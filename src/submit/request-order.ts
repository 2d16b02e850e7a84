/** Request bodies with their keys in one stable, readable order and no empty fields. */
import type { SparkResourceRequest } from '../client/requests.js';

/** Field order of request bodies, for stable, readable output. */
const FIELD_ORDER = [
  'file',
  'className',
  'name',
  'args',
  'proxyUser',
  'jars',
  'pyFiles',
  'files',
  'archives',
  'driverMemory',
  'driverCores',
  'executorMemory',
  'executorCores',
  'numExecutors',
  'queue',
  'conf',
] as const;

export type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Puts fields in FIELD_ORDER and leaves out absent ones, empty arrays and empty objects. */
export function orderResourceFields<T extends SparkResourceRequest>(fields: Loose<T>): T {
  const out: Record<string, unknown> = {};
  const source = fields as Record<string, unknown>;
  const keys = [...FIELD_ORDER, ...Object.keys(source).filter((k) => !(FIELD_ORDER as readonly string[]).includes(k))];
  for (const key of keys) {
    const value = source[key];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out as T;
}
