import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import type { CreateBatchRequest } from '../../../src/client/requests.js';
import { parseSubmitArgv } from '../../../src/submit/parse-argv.js';
import { parseJavaProperties } from '../../../src/submit/properties-file.js';
import { translateSubmit } from '../../../src/submit/translate.js';
import { fakeContext } from './helpers.js';

// Hundreds of generated command lines per property: generous on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const ident = fc.stringMatching(/^[a-z][a-z0-9_-]{0,11}$/);
const memory = fc
  .tuple(fc.integer({ min: 1, max: 65536 }), fc.constantFrom('', 'b', 'k', 'kb', 'm', 'mb', 'g', 'gb', 't', 'M', 'G', 'Gb'))
  .map(([n, unit]) => `${n}${unit}`);
const count = fc.integer({ min: 1, max: 512 });
const uriList = fc.array(
  fc
    .tuple(fc.constantFrom('hdfs:///libs/', 's3a://bucket/', '/abs/', 'local:/opt/'), ident, fc.option(ident, { nil: undefined }))
    .map(([prefix, name, alias]) => `${prefix}${name}.dat${alias ? `#${alias}` : ''}`),
  { minLength: 1, maxLength: 4 },
);
/** Conf keys that no dedicated option shadows or rewrites. */
const confKey = ident.map((k) => `spark.test.${k}`);
const anyText = fc.string({ unit: 'binary', maxLength: 20 });

interface Model {
  className?: string;
  name?: string;
  proxyUser?: string;
  jars?: string[];
  pyFiles?: string[];
  files?: string[];
  archives?: string[];
  driverMemory?: string;
  driverCores?: number;
  executorMemory?: string;
  executorCores?: number;
  numExecutors?: number;
  queue?: string;
  packages?: string;
  confs: Array<[string, string]>;
}

const model: fc.Arbitrary<Model> = fc.record(
  {
    className: ident.map((s) => `com.example.${s}`),
    name: ident.map((s) => `job-${s}`),
    proxyUser: ident,
    jars: uriList,
    pyFiles: uriList,
    files: uriList,
    archives: uriList,
    driverMemory: memory,
    driverCores: count,
    executorMemory: memory,
    executorCores: count,
    numExecutors: count,
    queue: ident,
    packages: ident.map((s) => `org.example:${s}:1.0`),
    confs: fc.array(fc.tuple(fc.oneof(confKey, fc.constantFrom('spark.test.a', 'spark.test.b')), anyText), { maxLength: 6 }),
  },
  { requiredKeys: ['confs'] },
);

const OPTION_OF: Record<string, string> = {
  className: '--class',
  name: '--name',
  proxyUser: '--proxy-user',
  jars: '--jars',
  pyFiles: '--py-files',
  files: '--files',
  archives: '--archives',
  driverMemory: '--driver-memory',
  driverCores: '--driver-cores',
  executorMemory: '--executor-memory',
  executorCores: '--executor-cores',
  numExecutors: '--num-executors',
  queue: '--queue',
  packages: '--packages',
};

/** Java's `.` refuses these, so such values must be given as a separate token. */
const canUseEquals = (value: string) => value !== '' && !/[\n\r\u0085\u2028\u2029]/.test(value);

function render(option: string, value: string, equalsForm: boolean): string[] {
  return equalsForm && option.startsWith('--') && canUseEquals(value) ? [`${option}=${value}`] : [option, value];
}

describe('property: random valid option sets round-trip into the body', () => {
  test('every field lands where it belongs, whatever the order and --x v / --x=v form', () => {
    fc.assert(
      fc.property(
        model,
        fc.infiniteStream(fc.boolean()),
        fc.func(fc.integer()),
        fc.array(anyText, { maxLength: 5 }),
        (m, forms, orderKey, appArgs) => {
          const groups: string[][] = [];
          for (const [field, option] of Object.entries(OPTION_OF)) {
            const value = (m as unknown as Record<string, unknown>)[field];
            if (value === undefined) continue;
            const text = Array.isArray(value) ? value.join(',') : String(value);
            groups.push(render(option, text, forms.next().value));
          }
          // Shuffle the option groups, but keep --conf occurrences in their relative order.
          const shuffled = groups
            .map((g, i) => ({ g, k: orderKey(i) }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.g);
          const confArgs = m.confs.flatMap(([k, v]) => render(forms.next().value ? '--conf' : '-c', `${k}=${v}`, forms.next().value));
          const argv = [...shuffled.flat(), ...confArgs, 'hdfs:///apps/job.jar', ...appArgs];

          const parsed = parseSubmitArgv(argv);
          if (parsed.action !== 'submit') throw new Error('expected a submission');
          const { request, warnings } = translateSubmit(parsed, fakeContext());

          const conf: Record<string, string> = {};
          for (const [k, v] of m.confs) conf[k] = v;
          if (m.packages) conf['spark.jars.packages'] = m.packages;
          const expected: CreateBatchRequest = { file: 'hdfs:///apps/job.jar' };
          for (const field of Object.keys(OPTION_OF)) {
            const value = (m as unknown as Record<string, unknown>)[field];
            if (value !== undefined && field !== 'packages') (expected as unknown as Record<string, unknown>)[field] = value;
          }
          if (appArgs.length > 0) expected.args = appArgs;
          if (Object.keys(conf).length > 0) expected.conf = conf;

          expect(request).toEqual(expected);
          expect(warnings).toEqual([]);
          for (const key of ['driverCores', 'executorCores', 'numExecutors'] as const) {
            if (request[key] !== undefined) expect(typeof request[key]).toBe('number');
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('repeated options: the last occurrence wins', () => {
    fc.assert(
      fc.property(
        fc.array(memory, { minLength: 1, maxLength: 5 }),
        fc.array(uriList, { minLength: 1, maxLength: 4 }),
        (memories, jarLists) => {
          const argv = [
            ...memories.flatMap((m) => ['--executor-memory', m]),
            ...jarLists.flatMap((j) => [`--jars=${j.join(',')}`]),
            'hdfs:///app.jar',
          ];
          const parsed = parseSubmitArgv(argv);
          if (parsed.action !== 'submit') throw new Error('expected a submission');
          const { request } = translateSubmit(parsed, fakeContext());
          expect(request.executorMemory).toBe(memories.at(-1));
          expect(request.jars).toEqual(jarLists.at(-1));
        },
      ),
    );
  });
});

describe('property: app arguments survive verbatim', () => {
  const trickyArg = fc.oneof(
    fc.constantFrom(
      '--',
      '-v',
      '--verbose',
      '--master',
      'local',
      '--conf',
      'a=b',
      '--conf=spark.x=y',
      '',
      ' ',
      '-',
      '--help',
      '--kill',
      '1',
      'ü=ñ',
      '日本語',
      '\n',
      '"quoted"',
      "'",
      '\\',
    ),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

  test('whatever they look like', () => {
    fc.assert(
      fc.property(fc.array(trickyArg, { maxLength: 12 }), fc.boolean(), (args, withOptions) => {
        const before = withOptions ? ['--class', 'com.example.Main', '--name=job', '-c', 'spark.a=1'] : [];
        const parsed = parseSubmitArgv([...before, '/apps/app.jar', ...args]);
        expect(parsed.action).toBe('submit');
        if (parsed.action !== 'submit') return;
        expect(parsed.appArgs).toEqual(args);
        const { request } = translateSubmit(parsed, fakeContext());
        if (args.length === 0) expect(request).not.toHaveProperty('args');
        else expect(request.args).toEqual(args);
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: the .properties parser reads back what a writer escaped', () => {
  /** java.util.Properties.store's escaping, written independently. */
  function escape(text: string, isKey: boolean): string {
    let out = '';
    for (const [i, c] of [...text].entries()) {
      const code = c.codePointAt(0)!;
      if (c === '\\') out += '\\\\';
      else if (c === '\t') out += '\\t';
      else if (c === '\n') out += '\\n';
      else if (c === '\r') out += '\\r';
      else if (c === '\f') out += '\\f';
      else if (c === ' ' && (isKey || i === 0)) out += '\\ ';
      else if ('=:#!'.includes(c)) out += `\\${c}`;
      else if (code < 0x20 || code > 0x7e) {
        // Write non-ASCII either raw (UTF-8 file) or as \uXXXX units, to test both.
        out +=
          code % 2 === 0 && code >= 0xa0 && code <= 0xffff && !(code >= 0xd800 && code <= 0xdfff)
            ? c
            : [...Buffer.from(c, 'utf16le')]
                .reduce<string[]>((units, _b, j, bytes) => {
                  if (j % 2 === 0) units.push(`\\u${((bytes[j + 1]! << 8) | bytes[j]!).toString(16).padStart(4, '0')}`);
                  return units;
                }, [])
                .join('');
      } else out += c;
    }
    return out;
  }

  test('round trip through random separators, comments and line endings', () => {
    const text = (min: number, max: number) =>
      fc.oneof(
        fc.string({ unit: 'binary', minLength: min, maxLength: max }),
        fc.string({ minLength: min, maxLength: max }),
        fc.stringMatching(/^[ a-z=:#!\\\t]*$/).filter((s) => s.length >= min && s.length <= max),
      );
    const entry = fc.tuple(text(1, 12), text(0, 16));
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { selector: ([k]) => k, maxLength: 8 }),
        fc.infiniteStream(fc.constantFrom('=', ':', ' ', ' = ', '\t:\t', '  ')),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        (entries, separators, eol, withNoise) => {
          const lines: string[] = [];
          if (withNoise) lines.push('# a comment \\', '', '   ! another');
          for (const [k, v] of entries) {
            const chars = [...v];
            const sep = separators.next().value;
            // Now and then break the value over a continuation line; the continuation's
            // leading blanks are dropped, so its first character is escaped like a first one.
            const value =
              withNoise && chars.length > 3
                ? `${escape(chars.slice(0, 2).join(''), false)}\\${eol}    ${escape(chars.slice(2).join(''), false)}`
                : escape(v, false);
            lines.push(`${escape(k, true)}${sep}${value}`);
          }
          const parsed = parseJavaProperties(lines.join(eol));
          expect(parsed.map((e) => [e.key, e.value])).toEqual(entries);
        },
      ),
      { numRuns: 400 },
    );
  });
});
