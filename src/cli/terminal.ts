/** Decides, once and before any colour library loads, whether a stream gets colour and animation. */
export interface TerminalStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
  columns?: number;
  /** For `error`: a closed terminal makes writes fail (EIO). */
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

export function colorEnabled(stream: TerminalStream, env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** Spinners and live lines only on a real terminal, and never when colour was switched off. */
export function interactiveEnabled(stream: TerminalStream, env: NodeJS.ProcessEnv, noColorFlag: boolean): boolean {
  return stream.isTTY === true && env.TERM !== 'dumb' && env.CI === undefined && colorEnabled(stream, env, noColorFlag);
}
