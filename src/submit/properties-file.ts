/**
 * java.util.Properties.load as Spark reads a `--properties-file` (a UTF-8 reader), followed by
 * Spark's trim of the values (Utils.getPropertiesFromFile): characters <= U+0020 except CR and LF
 * are removed from both ends.
 *
 * Format, as the JDK implements it:
 * - Natural lines end at `\n`, `\r` or `\r\n`. Leading blanks (space, tab, form feed) are skipped.
 * - A line whose first non-blank character is `#` or `!` is a comment, and a comment ending in a
 *   backslash does not continue onto the next line.
 * - A line ending in an odd number of backslashes continues: the backslash and the line break are
 *   removed and the next line's leading blanks are dropped. An empty continuation line ends it.
 * - The key ends at the first unescaped `=`, `:`, space, tab or form feed; then blanks, at most one
 *   `=` or `:`, blanks, and the rest is the value.
 * - Escapes in keys and values: `\t \n \r \f \uXXXX`; a backslash before any other character is
 *   dropped (`\:` is `:`, `\\` is `\`). A malformed `\u` escape is an error.
 * - A key without a value maps to ""; a repeated key: the last one wins.
 *
 * We keep the file's order (position of a key's first appearance) for readable output. A leading
 * byte-order mark stays, as in Spark: Java's UTF-8 reader passes U+FEFF through and Properties
 * makes it part of the first key, so that key is not a `spark.*` key and Spark ignores it.
 */

export interface PropertyEntry {
  readonly key: string;
  readonly value: string;
  /** 1-based line on which the entry starts. */
  readonly line: number;
}

export class PropertiesSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'PropertiesSyntaxError';
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t' || c === '\f';

interface LogicalLine {
  text: string;
  line: number;
}

/** Splits the text into logical lines (comments and blank lines removed, continuations joined). */
function logicalLines(input: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  let pos = 0;
  let lineNumber = 1;
  const n = input.length;

  /** Reads up to the end of the natural line; returns its content and moves past the break. */
  const readNatural = (): { content: string; ended: boolean } => {
    const start = pos;
    while (pos < n && input[pos] !== '\n' && input[pos] !== '\r') pos++;
    const content = input.slice(start, pos);
    if (pos >= n) return { content, ended: false };
    if (input[pos] === '\r' && input[pos + 1] === '\n') pos += 2;
    else pos += 1;
    lineNumber++;
    return { content, ended: true };
  };

  const trailingBackslashes = (s: string) => {
    let count = 0;
    for (let k = s.length - 1; k >= 0 && s[k] === '\\'; k--) count++;
    return count;
  };

  while (pos < n) {
    const startLine = lineNumber;
    // Skip leading blanks of a fresh line.
    while (pos < n && isBlank(input[pos])) pos++;
    if (pos >= n) break;
    const first = input[pos];
    if (first === '\n' || first === '\r') {
      readNatural();
      continue;
    }
    if (first === '#' || first === '!') {
      readNatural();
      continue;
    }
    let { content, ended } = readNatural();
    let text = '';
    for (;;) {
      if (trailingBackslashes(content) % 2 === 1) {
        text += content.slice(0, -1);
        if (!ended) break; // a backslash at end of file is dropped
        while (pos < n && isBlank(input[pos])) pos++;
        if (pos >= n) break;
        if (input[pos] === '\n' || input[pos] === '\r') {
          readNatural(); // an empty continuation line ends the logical line
          break;
        }
        ({ content, ended } = readNatural());
        continue;
      }
      text += content;
      break;
    }
    lines.push({ text, line: startLine });
  }
  return lines;
}

/** Resolves escapes in a key or value. */
function unescape(raw: string, line: number): string {
  let out = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    k++;
    if (k >= raw.length) break;
    const e = raw[k]!;
    switch (e) {
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u': {
        const hex = raw.slice(k + 1, k + 5);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
          throw new PropertiesSyntaxError(`malformed \\uXXXX escape '\\u${hex}'`, line);
        }
        out += String.fromCharCode(parseInt(hex, 16));
        k += 4;
        break;
      }
      default:
        out += e;
    }
  }
  return out;
}

/** Spark's trimExceptCRLF. */
export function trimExceptCRLF(value: string): string {
  const keep = (c: string) => c > ' ' || c === '\r' || c === '\n';
  let start = 0;
  let end = value.length;
  while (start < end && !keep(value[start]!)) start++;
  while (end > start && !keep(value[end - 1]!)) end--;
  return value.slice(start, end);
}

/** Splits one logical line into its raw (still escaped) key and value. */
function splitKeyValue(text: string): { key: string; value: string } {
  let keyEnd = 0;
  let valueStart = text.length;
  let hasSeparator = false;
  let escaped = false;
  while (keyEnd < text.length) {
    const c = text[keyEnd]!;
    if (!escaped && (c === '=' || c === ':')) {
      valueStart = keyEnd + 1;
      hasSeparator = true;
      break;
    }
    if (!escaped && isBlank(c)) {
      valueStart = keyEnd + 1;
      break;
    }
    escaped = c === '\\' ? !escaped : false;
    keyEnd++;
  }
  while (valueStart < text.length) {
    const c = text[valueStart]!;
    if (!isBlank(c)) {
      if (!hasSeparator && (c === '=' || c === ':')) hasSeparator = true;
      else break;
    }
    valueStart++;
  }
  return { key: text.slice(0, keyEnd), value: text.slice(valueStart) };
}

/** java.util.Properties.load without Spark's trim: ordered, last duplicate wins. */
export function parseJavaProperties(input: string): PropertyEntry[] {
  const entries = new Map<string, PropertyEntry>();
  for (const logical of logicalLines(input)) {
    const { key, value } = splitKeyValue(logical.text);
    const entry = { key: unescape(key, logical.line), value: unescape(value, logical.line), line: logical.line };
    const earlier = entries.get(entry.key);
    entries.set(entry.key, earlier ? { ...entry, line: earlier.line } : entry);
  }
  return [...entries.values()];
}

/** What Spark makes of a properties file: Java's parse, then values trimmed except CR/LF. */
export function parseSparkPropertiesFile(input: string): PropertyEntry[] {
  return parseJavaProperties(input).map((e) => ({ ...e, value: trimExceptCRLF(e.value) }));
}
