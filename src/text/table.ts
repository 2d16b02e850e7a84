import { terminalText } from './terminal-text.js';

export interface TableOptions {
  /** Widest a cell may be before it is cut with `…`. */
  maxCellWidth?: number;
  /** Styles the header row (e.g. bold). */
  header?: (text: string) => string;
}

/** Columns aligned with two spaces between them; cells wider than the limit are cut. */
export function renderTable(headers: readonly string[], rows: readonly (readonly unknown[])[], options: TableOptions = {}): string {
  const max = options.maxCellWidth ?? 60;
  const cells = rows.map((row) => headers.map((_, i) => truncate(cellText(row[i]), max)));
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const format = (row: readonly string[]): string =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const head = format(headers);
  return [options.header ? options.header(head) : head, ...cells.map(format)].join('\n');
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return terminalText(value.replace(/\s+/g, ' '));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}
