/**
 * An option declared as data, in a table that commander builds a command's options from and that
 * the parsers running without commander (`livy submit`'s, `livy run`'s fast path) read as well.
 */
export interface DeclaredOption {
  /** `--no-*` for a flag that turns something off (its value defaults to true). */
  readonly long: string;
  readonly short?: string;
  /** The value's placeholder in commander's help (`<url>`); absent for a flag. */
  readonly arg?: string;
  readonly repeatable?: boolean;
  /** The allowed values, when they are few. */
  readonly choices?: readonly string[];
  /** Lower case, no final period. */
  readonly help: string;
}
