import type { ChalkInstance } from 'chalk';
import type { StatementOutput } from '../client/schemas.js';
import { cellText, renderTable, truncate } from '../text/table.js';

/** MIME types Livy statements answer with. */
export const MIME = {
  text: 'text/plain',
  json: 'application/json',
  table: 'application/vnd.livy.table.v1+json',
  png: 'image/png',
} as const;

/** Livy's cap on SQL result rows (`livy.rsc.sql.num-rows`). */
const LIVY_SQL_ROW_CAP = 1000;

export interface RenderOptions {
  /** Colours; a level-0 instance renders plain text. */
  style: ChalkInstance;
  /** Width available for tables (terminal columns). */
  width?: number;
  /** Rows shown before the rest is counted instead (default: all). */
  maxRows?: number;
  /** Widest a table cell may be before it is cut with `…` (default 40). */
  maxCellWidth?: number;
  /** Stores a PNG and returns where: images are saved, never dumped as base64. */
  saveImage?: (png: Buffer) => string;
}

export interface RenderedOutput {
  text: string;
  isError: boolean;
  /** Files written (images). */
  files: string[];
}

/** A table: column names and rows of cells. */
export interface TableData {
  headers: string[];
  rows: unknown[][];
}

/** Renders a statement's output the way a terminal shows it. */
export function renderStatementOutput(output: StatementOutput | null | undefined, options: RenderOptions): RenderedOutput {
  if (!output) return { text: '', isError: false, files: [] };
  if (output.status === 'error') return { text: renderError(output, options.style), isError: true, files: [] };
  const data = output.data;
  const files: string[] = [];
  const parts: string[] = [];
  if (MIME.table in data) {
    const table = livyTable(data[MIME.table]);
    parts.push(table ? renderDataTable(table, options) : renderJson(data[MIME.table], options.style));
  } else if (MIME.json in data) {
    const value = data[MIME.json];
    const table = sqlTable(value);
    parts.push(table ? renderDataTable(table, options) : renderJson(value, options.style));
  } else if (MIME.png in data) {
    const png = Buffer.from(String(data[MIME.png]), 'base64');
    if (options.saveImage) {
      const path = options.saveImage(png);
      files.push(path);
      parts.push(options.style.dim(`[image saved to ${path}]`));
    } else parts.push(options.style.dim(`[image/png, ${png.length} bytes, not shown]`));
  } else if (MIME.text in data) {
    parts.push(String(data[MIME.text] ?? '').replace(/\n+$/, ''));
  } else {
    const kinds = Object.keys(data);
    if (kinds.length > 0) parts.push(options.style.dim(`[${kinds.join(', ')} output not shown]`));
  }
  return { text: parts.join('\n'), isError: false, files };
}

/** `ename: evalue` in red, then the traceback dimmed. */
function renderError(output: Extract<StatementOutput, { status: 'error' }>, style: ChalkInstance): string {
  const head = style.red(`${output.ename}: ${output.evalue}`.replace(/\n+$/, ''));
  const traceback = (output.traceback ?? []).join('').replace(/\n+$/, '');
  return traceback.trim() === '' ? head : `${head}\n${style.dim(traceback)}`;
}

/** `%table`'s `{headers:[{name,type}], data:[[…]]}`. */
function livyTable(value: unknown): TableData | undefined {
  if (!isRecord(value) || !Array.isArray(value.headers) || !Array.isArray(value.data)) return undefined;
  const headers = value.headers.map((h: unknown, i: number) => (isRecord(h) && typeof h.name === 'string' ? h.name : `_${i + 1}`));
  return { headers, rows: value.data.map((row: unknown) => (Array.isArray(row) ? row : [row])) };
}

/** A SQL statement's `{schema:{fields:[{name,…}]}, data:[[…]]}`. */
function sqlTable(value: unknown): TableData | undefined {
  if (!isRecord(value) || !isRecord(value.schema) || !Array.isArray(value.data)) return undefined;
  const fields = value.schema.fields;
  if (!Array.isArray(fields)) return undefined;
  const headers = fields.map((f: unknown, i: number) => (isRecord(f) && typeof f.name === 'string' ? f.name : `_${i + 1}`));
  return { headers, rows: value.data.map((row: unknown) => (Array.isArray(row) ? row : [row])) };
}

/**
 * An aligned table that fits `width`: cells wider than `maxCellWidth` are cut, columns
 * that do not fit and rows past `maxRows` are left out, and a note says what was cut.
 */
export function renderDataTable(table: TableData, options: RenderOptions): string {
  const { style } = options;
  const maxCell = options.maxCellWidth ?? 40;
  const width = options.width ?? Number.POSITIVE_INFINITY;
  const shownRows = options.maxRows === undefined ? table.rows : table.rows.slice(0, options.maxRows);
  const cells = shownRows.map((row) => table.headers.map((_, i) => truncate(cellText(row[i]), maxCell)));
  const headers = table.headers.map((h) => truncate(h, maxCell));
  let cutCells = false;
  for (const row of shownRows) {
    for (let i = 0; i < table.headers.length; i++) if (cellText(row[i]).length > maxCell) cutCells = true;
  }
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  let columns = 0;
  let used = 0;
  for (const w of widths) {
    const next = used + (columns > 0 ? 2 : 0) + w;
    if (columns > 0 && next > width) break;
    used = next;
    columns++;
  }
  const visible = <T>(row: readonly T[]): T[] => row.slice(0, columns);
  const lines = [renderTable(visible(headers), shownRows.map(visible), { maxCellWidth: maxCell, header: (text) => style.bold(text) })];
  const notes: string[] = [];
  const hiddenRows = table.rows.length - shownRows.length;
  const hiddenColumns = headers.length - columns;
  if (hiddenRows > 0) notes.push(`${hiddenRows} more row${hiddenRows === 1 ? '' : 's'} not shown`);
  if (hiddenColumns > 0)
    notes.push(`${hiddenColumns} more column${hiddenColumns === 1 ? '' : 's'} not shown (${headers.slice(columns).join(', ')})`);
  if (cutCells) notes.push(`cells wider than ${maxCell} characters cut with …`);
  const count = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}`;
  if (table.rows.length >= LIVY_SQL_ROW_CAP)
    notes.push(`Livy returns at most ${LIVY_SQL_ROW_CAP} rows (livy.rsc.sql.num-rows): the result may be longer`);
  lines.push(style.dim(`(${[count, ...notes].join('; ')})`));
  return lines.join('\n');
}

/** Pretty-printed JSON, coloured when `style` has colour. */
export function renderJson(value: unknown, style: ChalkInstance, indent = ''): string {
  if (value === null || value === undefined) return style.dim('null');
  if (typeof value === 'string') return style.green(JSON.stringify(value));
  if (typeof value === 'number') return style.yellow(String(value));
  if (typeof value === 'boolean') return style.magenta(String(value));
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${renderJson(item, style, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const body = entries.map(([key, item]) => `${inner}${style.cyan(JSON.stringify(key))}: ${renderJson(item, style, inner)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
