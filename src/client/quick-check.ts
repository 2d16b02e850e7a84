/**
 * Hand-written checks for the replies a short command reads most (a statement, a session): they
 * accept what the zod schemas in schemas.ts accept in the shape Livy sends, and build the same
 * value zod would (known fields in the schema's order, then the others as given). Anything else —
 * a field missing or of another type, a key named `__proto__` — is left to zod, loaded then,
 * which decides and words the error. test/unit/client/quick-check.test.ts holds each check to
 * its schema.
 */

/** "Not sure: ask zod." */
export const UNSURE: unique symbol = Symbol('unsure');
export type Checked<T> = T | typeof UNSURE;
export type QuickCheck<T> = (value: unknown) => Checked<T>;

/** A field of an object: its check, and whether it may be absent (and then what it becomes). */
interface Field {
  check: QuickCheck<unknown>;
  absent?: 'omit' | (() => unknown);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const string =
  (minLength = 0): QuickCheck<string> =>
  (value) =>
    typeof value === 'string' && value.length >= minLength ? value : UNSURE;

export const int: QuickCheck<number> = (value) => (Number.isSafeInteger(value) ? (value as number) : UNSURE);

export const number: QuickCheck<number> = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : UNSURE);

export const literal =
  <T extends string>(expected: T): QuickCheck<T> =>
  (value) =>
    value === expected ? expected : UNSURE;

export const oneOf =
  <T extends string>(values: readonly T[]): QuickCheck<T> =>
  (value) =>
    (values as readonly unknown[]).includes(value) ? (value as T) : UNSURE;

export const arrayOf =
  <T>(item: QuickCheck<T>): QuickCheck<T[]> =>
  (value) => {
    if (!Array.isArray(value)) return UNSURE;
    const out: T[] = [];
    for (const element of value) {
      const checked = item(element);
      if (checked === UNSURE) return UNSURE;
      out.push(checked);
    }
    return out;
  };

/** `z.record(z.string(), z.unknown())`: a copy of the object. */
export const anyRecord: QuickCheck<Record<string, unknown>> = (value) => {
  if (!isPlainObject(value) || Object.hasOwn(value, '__proto__')) return UNSURE;
  return { ...value };
};

/** `.nullish()`: null stays null; an absent field stays absent. */
export const nullish = <T>(check: QuickCheck<T>): Field => ({
  check: (value) => (value === null || value === undefined ? value : check(value)),
  absent: 'omit',
});

/** `.default(make())`: an absent field gets the default. */
export const withDefault = <T>(check: QuickCheck<T>, make: () => T): Field => ({ check, absent: make });

/** `z.looseObject(shape)`: the shape's fields in its order, then every other field as given. */
export function looseObject<T>(shape: Record<string, QuickCheck<unknown> | Field>): QuickCheck<T> {
  const fields = Object.entries(shape).map(([key, field]): [string, Field] => [
    key,
    typeof field === 'function' ? { check: field } : field,
  ]);
  const known = new Set(Object.keys(shape));
  return (value) => {
    if (!isPlainObject(value) || Object.hasOwn(value, '__proto__')) return UNSURE;
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) {
      if (!Object.hasOwn(value, key)) {
        if (field.absent === undefined) return UNSURE;
        if (field.absent !== 'omit') out[key] = field.absent();
        continue;
      }
      const checked = field.check(value[key]);
      if (checked === UNSURE) return UNSURE;
      out[key] = checked;
    }
    for (const key of Object.keys(value)) if (!known.has(key)) out[key] = value[key];
    return out as T;
  };
}

/** `z.discriminatedUnion(key, options)`, the option chosen by the value of `key`. */
export function byTag<T>(key: string, options: Record<string, QuickCheck<unknown>>): QuickCheck<T> {
  return (value) => {
    if (!isPlainObject(value)) return UNSURE;
    const tag = value[key];
    const option = typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : undefined;
    return option ? (option(value) as Checked<T>) : UNSURE;
  };
}
