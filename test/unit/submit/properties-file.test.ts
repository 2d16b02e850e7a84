import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  PropertiesSyntaxError,
  parseJavaProperties,
  parseSparkPropertiesFile,
  trimExceptCRLF,
} from '../../../src/submit/properties-file.js';

const props = (text: string) => Object.fromEntries(parseJavaProperties(text).map((e) => [e.key, e.value]));
const spark = (text: string) => Object.fromEntries(parseSparkPropertiesFile(text).map((e) => [e.key, e.value]));

describe('java.util.Properties format', () => {
  test.each([
    ['= separator', 'a=b', { a: 'b' }],
    [': separator', 'a:b', { a: 'b' }],
    ['whitespace separator', 'a b', { a: 'b' }],
    ['tab and form feed separators', 'a\tb\nc\fd', { a: 'b', c: 'd' }],
    ['blanks around =', 'a   =   b', { a: 'b' }],
    ['only one separator is eaten', 'a = = b', { a: '= b' }],
    ['whitespace then : is one separator', 'a  :b', { a: 'b' }],
    ['the rest of the line after the separator is the value', 'a=b=c:d e', { a: 'b=c:d e' }],
    ['trailing whitespace of values is kept by Java', 'a=b  ', { a: 'b  ' }],
    ['key with no value', 'a\nb=\nc :', { a: '', b: '', c: '' }],
    ['leading whitespace of lines is skipped', '   \t a=b', { a: 'b' }],
    ['# and ! comments', '# c=d\n  ! e=f\na=b', { a: 'b' }],
    ['# inside a value is not a comment', 'a=b # c', { a: 'b # c' }],
    ['a comment ending in a backslash does not continue', '# comment \\\na=b', { a: 'b' }],
    ["odd backslashes continue the line, dropping the next line's leading blanks", 'a=one \\\n     two', { a: 'one two' }],
    ['even backslashes do not', 'a=x\\\\\nb=y', { a: 'x\\', b: 'y' }],
    ['three backslashes continue', 'a=x\\\\\\\n  y', { a: 'x\\y' }],
    ['a continuation line starting with # is not a comment', 'a=x\\\n  # y', { a: 'x# y' }],
    ['an empty continuation line ends the entry', 'a=x\\\n\nb=y', { a: 'x', b: 'y' }],
    ['a blank continuation line ends the entry', 'a=x\\\n   \nb=y', { a: 'x', b: 'y' }],
    ['a backslash at end of file is dropped', 'a=x\\', { a: 'x' }],
    ['continued keys', 'spark.\\\n  a=b', { 'spark.a': 'b' }],
    ['escapes \\t \\n \\r \\f', 'a=1\\t2\\n3\\r4\\f5', { a: '1\t2\n3\r4\f5' }],
    ['unicode escapes', 'a=caf\\u00E9 \\u2603', { a: 'café ☃' }],
    ['a backslash before other characters is dropped', 'a=\\:\\=\\#\\q\\\\', { a: ':=#q\\' }],
    ['escaped separators in keys', 'a\\=b\\:c\\ d=e', { 'a=b:c d': 'e' }],
    ['raw UTF-8', 'spark.名前=値 ☕', { 'spark.名前': '値 ☕' }],
    ['CRLF line endings', 'a=1\r\nb=2\r\n', { a: '1', b: '2' }],
    ['CR line endings', 'a=1\rb=2', { a: '1', b: '2' }],
    ['CRLF continuation', 'a=1\\\r\n   2\r\nb=3', { a: '12', b: '3' }],
    ['last duplicate wins', 'a=1\nb=2\na=3', { a: '3', b: '2' }],
    ['empty key', '=v', { '': 'v' }],
    ['a byte-order mark stays part of the first key, as in Java', '\uFEFFa=b\nc=d', { '\uFEFFa': 'b', c: 'd' }],
    ['blank file', '\n\n   \n', {}],
  ])('%s', (_name, text, expected) => {
    expect(props(text)).toEqual(expected);
  });

  test('keeps file order and the line where each key first appears', () => {
    expect(parseJavaProperties('# x\nb=1\n\na=2\\\n 3\nb=4')).toEqual([
      { key: 'b', value: '4', line: 2 },
      { key: 'a', value: '23', line: 4 },
    ]);
  });

  test.each([['a=\\u12'], ['a=\\uZZZZ'], ['a=\\u']])('malformed \\u escape %s is an error naming the line', (text) => {
    let caught: unknown;
    try {
      parseJavaProperties(`# first\n\n${text}`);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PropertiesSyntaxError);
    expect((caught as PropertiesSyntaxError).line).toBe(3);
  });
});

describe("Spark's reading of a properties file", () => {
  test('trims values of chars <= 0x20 except CR and LF', () => {
    expect(spark('a=  x \t\f\u0001\nb=\\n x \\r\nc=\\t\\n')).toEqual({ a: 'x', b: '\n x \r', c: '\n' });
  });

  test('trimExceptCRLF', () => {
    expect(trimExceptCRLF(' \u0000a b\u0020')).toBe('a b');
    expect(trimExceptCRLF('\r\n a \n')).toBe('\r\n a \n');
    expect(trimExceptCRLF('\u00a0a\u00a0')).toBe('\u00a0a\u00a0');
  });

  test('a fixture with CRLF, continuations, comments and unicode', () => {
    const text = readFileSync(new URL('../../fixtures/properties/crlf-mixed.properties', import.meta.url), 'utf8');
    expect(parseSparkPropertiesFile(text)).toEqual([
      { key: 'spark.app.name', value: 'My App', line: 3 },
      { key: 'spark.jars', value: 'hdfs:///a.jar,hdfs:///b.jar', line: 4 },
      { key: 'spark.executorEnv.GREETING', value: 'café ☕', line: 6 },
      { key: 'spark.sql.warehouse.dir', value: '/tmp/wh', line: 8 },
      { key: 'spark.empty', value: '', line: 9 },
    ]);
  });
});
