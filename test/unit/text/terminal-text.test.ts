import { describe, expect, it } from 'vitest';
import { escapeJsonControls, terminalText } from '../../../src/text/terminal-text.js';

describe('terminalText', () => {
  it('leaves plain text, tabs and newlines alone', () => {
    expect(terminalText('a\tb\nc ü ✓')).toBe('a\tb\nc ü ✓');
  });

  it('removes an OSC window title whole, with BEL or ST as terminator', () => {
    expect(terminalText('a\x1b]0;pwned\x07b')).toBe('ab');
    expect(terminalText('a\x1b]2;pwned\x1b\\b')).toBe('ab');
  });

  it('removes an OSC 52 clipboard write whole', () => {
    expect(terminalText('x\x1b]52;c;cm0gLXJmIH4=\x07y')).toBe('xy');
  });

  it('removes CSI sequences: clear screen, cursor moves, colours', () => {
    expect(terminalText('\x1b[2J\x1b[H\x1b[1Aup\x1b[31mred\x1b[0m')).toBe('upred');
  });

  it('removes the 8-bit forms of CSI and OSC', () => {
    expect(terminalText('a\x9b2Jb\x9d0;t\x9cc')).toBe('abc');
  });

  it('removes DCS strings and two-byte escapes such as the terminal reset', () => {
    expect(terminalText('a\x1bP1$qm\x1b\\b\x1bcc')).toBe('abc');
  });

  it('removes a cut-off sequence introducer and stray controls, keeping the visible rest', () => {
    expect(terminalText('a\x1b]0;title')).toBe('a0;title');
    expect(terminalText('bell\x07 back\x08 del\x7f nul\x00')).toBe('bell back del nul');
  });

  it('turns CRLF into LF and drops a lone CR that would overwrite the line', () => {
    expect(terminalText('one\r\ntwo\rfake')).toBe('one\ntwofake');
  });

  it('with keepColor, keeps SGR colour codes and removes everything else', () => {
    expect(terminalText('\x1b[1mbold\x1b[22m\x1b[2J\x07', { keepColor: true })).toBe('\x1b[1mbold\x1b[22m');
  });
});

describe('escapeJsonControls', () => {
  it('writes DEL and C1 controls as \\u escapes, keeping the parsed value', () => {
    const value = { name: 'a\x7fb\x9bc' };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(/[\x7f-\x9f]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
