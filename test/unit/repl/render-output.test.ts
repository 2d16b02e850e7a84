import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { StatementOutput } from '../../../src/client/schemas.js';
import { renderDataTable, renderJson, renderStatementOutput } from '../../../src/repl/render-output.js';

const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 2 });
const ok = (data: Record<string, unknown>): StatementOutput => ({ status: 'ok', execution_count: 0, data });

describe('renderStatementOutput', () => {
  it('text/plain as is, without the trailing newline', () => {
    expect(renderStatementOutput(ok({ 'text/plain': 'res0: Int = 2\n' }), { style: plain }).text).toBe('res0: Int = 2');
  });

  it('application/json pretty-printed, coloured when asked', () => {
    const value = { a: [1, 'x', true, null], b: {} };
    expect(renderStatementOutput(ok({ 'application/json': value }), { style: plain }).text).toBe(
      '{\n  "a": [\n    1,\n    "x",\n    true,\n    null\n  ],\n  "b": {}\n}',
    );
    const coloured = renderJson(value, colour);
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(renderJson(value, plain));
  });

  it('%table as an aligned table', () => {
    const table = {
      headers: [
        { name: 'n', type: 'INT_TYPE' },
        { name: 'word', type: 'STRING_TYPE' },
      ],
      data: [
        [1, 'one'],
        [22, 'two'],
      ],
    };
    expect(renderStatementOutput(ok({ 'application/vnd.livy.table.v1+json': table }), { style: plain }).text).toBe(
      'n   word\n1   one\n22  two\n(2 rows)',
    );
  });

  it('SQL {schema,data} as a table, saying that Livy caps at 1000 rows', () => {
    const data = Array.from({ length: 1000 }, (_, i) => [i]);
    const text = renderStatementOutput(ok({ 'application/json': { schema: { type: 'struct', fields: [{ name: 'id' }] }, data } }), {
      style: plain,
      maxRows: 3,
    }).text;
    expect(text.split('\n').slice(0, 4)).toEqual(['id', '0', '1', '2']);
    expect(text).toMatch(/\(1000 rows; 997 more rows not shown; Livy returns at most 1000 rows/);
  });

  it('cuts wide cells and the columns that do not fit, and says so', () => {
    const table = { headers: ['a', 'b', 'c'].map((name) => ({ name })), data: [['x'.repeat(50), 'y', 'z']] };
    const text = renderDataTable({ headers: ['a', 'b', 'c'], rows: table.data }, { style: plain, width: 44, maxCellWidth: 40 });
    expect(text.split('\n')[1]).toBe(`${'x'.repeat(39)}…  y`);
    expect(text).toMatch(/1 more column not shown \(c\)/);
    expect(text).toMatch(/cells wider than 40 characters cut/);
  });

  it('image/png is saved, never printed', () => {
    const saved: Buffer[] = [];
    const out = renderStatementOutput(ok({ 'image/png': Buffer.from('png!').toString('base64'), 'text/plain': '<Figure>' }), {
      style: plain,
      saveImage: (png) => {
        saved.push(png);
        return '/tmp/p.png';
      },
    });
    expect(out.text).toBe('[image saved to /tmp/p.png]');
    expect(out.files).toEqual(['/tmp/p.png']);
    expect(saved[0]!.toString()).toBe('png!');
  });

  it('errors: ename: evalue in red, traceback dimmed', () => {
    const error: StatementOutput = {
      status: 'error',
      execution_count: 1,
      ename: 'NameError',
      evalue: "name 'x' is not defined",
      traceback: ['Traceback:\n', '  line 1\n'],
    };
    expect(renderStatementOutput(error, { style: plain })).toEqual({
      text: "NameError: name 'x' is not defined\nTraceback:\n  line 1",
      isError: true,
      files: [],
    });
    const coloured = renderStatementOutput(error, { style: colour }).text;
    expect(coloured).toContain('\u001b[31mNameError');
    expect(coloured).toContain('\u001b[2mTraceback');
  });

  it('unknown MIME types are named, not dumped', () => {
    expect(renderStatementOutput(ok({ 'text/html': '<b>' }), { style: plain }).text).toBe('[text/html output not shown]');
    expect(renderStatementOutput(null, { style: plain }).text).toBe('');
  });
});
