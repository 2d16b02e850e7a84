/**
 * Text from a server or from names users chose, made safe to print on a terminal: escape
 * sequences (CSI such as clear-screen or cursor moves, OSC such as window titles, hyperlinks
 * and the OSC 52 clipboard, DCS/APC/PM/SOS strings, their 8-bit C1 forms) are removed whole,
 * then every other control character except tab and newline. A sequence cut short is removed
 * up to where it was cut; its visible payload (if any) stays as plain text.
 */

// One alternative per kind of sequence, in the order a terminal would parse them.
const SEQUENCE = new RegExp(
  [
    // CSI: ESC [ or the 8-bit CSI, parameters, intermediates, one final byte.
    String.raw`(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]`,
    // OSC: ESC ] or 8-bit OSC, up to BEL or ST (ESC \ or 8-bit ST).
    String.raw`(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)`,
    // DCS, SOS, PM, APC: ESC P/X/^/_ or their 8-bit forms, up to ST.
    String.raw`(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)`,
    // Any other escape: ESC, intermediates, one final byte (ESC c resets the terminal).
    String.raw`\x1b[ -/]*[0-~]`,
  ].join('|'),
  'g',
);

const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Select Graphic Rendition: colours and bold, the only sequences this CLI writes itself. */
const SGR = /^\x1b\[[0-9;:]*m$/;

export interface TerminalTextOptions {
  /** Keep colour and bold (SGR) sequences: for text this CLI styled itself. */
  keepColor?: boolean;
}

export function terminalText(text: string, options: TerminalTextOptions = {}): string {
  if (!hasControlCharacters(text)) return text;
  const withoutSequences = text
    .replace(/\r\n/g, '\n')
    .replace(SEQUENCE, (sequence) => (options.keepColor && SGR.test(sequence) ? sequence : ''));
  if (!options.keepColor) return withoutSequences.replace(CONTROL, '');
  // Keep the SGR sequences that survived, drop every other control character around them.
  return withoutSequences
    .split(/(\x1b\[[0-9;:]*m)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CONTROL, '')))
    .join('');
}

/** Whether `text` holds anything `terminalText` would remove (SGR included). */
function hasControlCharacters(text: string): boolean {
  return /[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(text);
}

/**
 * JSON text with DEL and the C1 controls written as `\u` escapes: JSON.stringify leaves them
 * raw, and some terminals act on 8-bit C1 codes. The parsed value is the same.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\x7f-\x9f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
