import { COMMENT_PREFIX, type Language } from './kinds.js';

/**
 * Splits a file into statements on separator lines: a line comment followed by `%%`,
 * as notebooks exported to scripts write them — `# %%` (Python, R), `// %%` (Scala),
 * `-- %%` (SQL). Anything after `%%` on the line is a cell title and is dropped.
 * A file without separators is one statement. Empty cells are skipped.
 */
export function splitOnSeparators(text: string, language: Language | undefined): string[] {
  const prefixes = language ? [COMMENT_PREFIX[language]] : Object.values(COMMENT_PREFIX);
  const cells: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const code = current.join('\n').trim();
    if (code !== '') cells.push(trimBlankLines(current.join('\n')));
    current = [];
  };
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    if (isSeparator(line, prefixes)) flush();
    else current.push(line);
  }
  flush();
  return cells;
}

export function isSeparator(line: string, prefixes: readonly string[]): boolean {
  const trimmed = line.trim();
  return prefixes.some((prefix) => trimmed.startsWith(prefix) && /^%%(\s|$)/.test(trimmed.slice(prefix.length).trimStart()));
}

/** Drops leading and trailing blank lines but keeps indentation. */
function trimBlankLines(code: string): string {
  return code.replace(/^(\s*\n)+/, '').trimEnd();
}
