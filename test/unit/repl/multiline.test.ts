import { describe, expect, it } from 'vitest';
import { needsMoreInput } from '../../../src/repl/multiline.js';
import { isSeparator, splitOnSeparators } from '../../../src/repl/split-code.js';

describe('needsMoreInput', () => {
  it.each([
    ['python', 'print(1', true],
    ['python', 'print(1)', false],
    ['python', 'x = [1,\n 2', true],
    ['python', 'x = [1,\n 2]', false],
    ['python', 'def f():', true],
    ['python', 'def f():\n    return 1', true],
    ['python', 'def f():\n    return 1\n', false],
    ['python', 'def f(x):\n    return 2 * x\n\nf(21)', false],
    ['python', 'if x:\n    a()\nelse:', true],
    ['python', 'if x:\n    a()\nelse:\n    b()', true],
    ['python', 'if x: print(1)', false],
    ['python', 'd = {"a": 1}', false],
    ['python', 's = """abc', true],
    ['python', 's = """abc\ndef"""', false],
    ['python', 'x = 1 + \\', true],
    ['python', 'print("(")', false],
    ['python', 'x = 1  # (', false],
    ['python', "s = 'it''s'", false],
    ['scala', 'def f(x: Int) = {', true],
    ['scala', 'def f(x: Int) = {\n  x + 1\n}', false],
    ['scala', 'val s = """a\n', true],
    ['scala', 'val c = "}"', false],
    ['scala', '/* comment', true],
    ['scala', 'val x = 1 // {', false],
    ['sql', 'SELECT (1', true],
    ['sql', "SELECT ')' AS x", false],
    ['sql', 'SELECT 1 -- (', false],
    ['r', 'f <- function(x) {', true],
    ['r', 'x %>%', true],
    ['r', 'x <- 1', false],
  ] as const)('%s: %j → %s', (language, code, expected) => {
    expect(needsMoreInput(code, language)).toBe(expected);
  });

  it('empty input and unknown languages never continue', () => {
    expect(needsMoreInput('', 'python')).toBe(false);
    expect(needsMoreInput('(', undefined)).toBe(false);
  });
});

describe('splitOnSeparators', () => {
  it('splits on the separator of the language and drops empty cells', () => {
    expect(splitOnSeparators('a = 1\n# %% title\n\nb = 2\n# %%\n', 'python')).toEqual(['a = 1', 'b = 2']);
    expect(splitOnSeparators('val a = 1\n// %%\nval b = 2', 'scala')).toEqual(['val a = 1', 'val b = 2']);
    expect(splitOnSeparators('select 1\n-- %%\nselect 2', 'sql')).toEqual(['select 1', 'select 2']);
  });

  it('keeps indentation and a file without separators whole', () => {
    expect(splitOnSeparators('if x:\n    y()\n', 'python')).toEqual(['if x:\n    y()']);
    expect(splitOnSeparators('# %%x is not a separator\nx', 'python')).toEqual(['# %%x is not a separator\nx']);
  });

  it('recognises every separator when the language is unknown', () => {
    expect(isSeparator('  // %%', ['#', '//', '--'])).toBe(true);
    expect(isSeparator('#%%', ['#'])).toBe(true);
    expect(isSeparator('# %% cell', ['//'])).toBe(false);
  });
});
