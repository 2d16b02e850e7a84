import { describe, expect, it } from 'vitest';
import { Output } from '../../../src/cli/output.js';

function output(options: { json?: boolean; color?: boolean } = {}) {
  const written = { stdout: '', stderr: '' };
  const out = new Output({
    format: options.json ? 'json' : 'text',
    noColor: !options.color,
    debug: true,
    verbose: true,
    stdout: { write: (chunk: string) => (written.stdout += chunk), isTTY: options.color ?? false },
    stderr: { write: (chunk: string) => (written.stderr += chunk), isTTY: options.color ?? false },
    env: options.color ? { FORCE_COLOR: '1' } : {},
  });
  return { out, written };
}

describe('Output', () => {
  it('scrubs a protected secret from every kind of line', () => {
    const { out, written } = output();
    out.protectSecrets(['tok-123456']);
    out.line('a tok-123456');
    out.info('b tok-123456');
    out.warn('c tok-123456');
    out.error('d tok-123456', 'e tok-123456');
    out.verbose('f tok-123456');
    out.debug('g tok-123456');
    out.write('stderr', 'h tok-123456\n');
    expect(written.stdout + written.stderr).not.toContain('tok-123456');
    expect(written.stderr.match(/\*\*\*/g)).toHaveLength(7);
  });

  it('scrubs a secret in JSON and keeps the document exact otherwise', () => {
    const { out, written } = output({ json: true });
    out.protectSecrets(['tok-123456']);
    out.printJson({ msg: 'x tok-123456', name: '\x1b]0;t\x07\x9b' });
    expect(JSON.parse(written.stdout)).toEqual({ msg: 'x ***', name: '\x1b]0;t\x07\x9b' });
    expect(written.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('keeps its own colours on a colour terminal and drops every other sequence', () => {
    const { out, written } = output({ color: true });
    out.warn('state \x1b[2J\x1b]52;c;YQ==\x07done');
    expect(written.stderr).toMatch(/^\x1b\[33mwarning:\x1b\[39m state done\n$/);
  });

  it('with colour off, even colour codes in a message go', () => {
    const { out, written } = output();
    out.info('\x1b[31mred\x1b[0m');
    expect(written.stderr).toBe('red\n');
  });
});
