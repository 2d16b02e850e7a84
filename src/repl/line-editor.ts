/**
 * The REPL's input buffer as a value: text (possibly several lines), a cursor, and
 * where Up/Down are in the history. Every edit returns a new state.
 */
export interface EditorState {
  text: string;
  cursor: number;
  /** Index into the history while browsing it; undefined when editing fresh input. */
  historyIndex: number | undefined;
  /** What was typed before browsing the history started. */
  draft: string;
}

export const EMPTY_EDITOR: EditorState = { text: '', cursor: 0, historyIndex: undefined, draft: '' };

export function withText(text: string): EditorState {
  return { text, cursor: text.length, historyIndex: undefined, draft: '' };
}

/**
 * The state after an edit. Whatever was edited — a recalled history entry too — is fresh input
 * from then on: Up browses the history from its newest entry, and Down comes back to this text.
 */
function edited(state: EditorState, text: string, cursor: number): EditorState {
  if (text === state.text) return { ...state, cursor };
  return { text, cursor, historyIndex: undefined, draft: '' };
}

export function insert(state: EditorState, input: string): EditorState {
  const text = state.text.slice(0, state.cursor) + input + state.text.slice(state.cursor);
  return edited(state, text, state.cursor + input.length);
}

export function backspace(state: EditorState): EditorState {
  if (state.cursor === 0) return state;
  return edited(state, state.text.slice(0, state.cursor - 1) + state.text.slice(state.cursor), state.cursor - 1);
}

export function deleteForward(state: EditorState): EditorState {
  return edited(state, state.text.slice(0, state.cursor) + state.text.slice(state.cursor + 1), state.cursor);
}

export function moveCursor(state: EditorState, delta: number): EditorState {
  return { ...state, cursor: Math.max(0, Math.min(state.text.length, state.cursor + delta)) };
}

function lineStart(text: string, cursor: number): number {
  return text.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(text: string, cursor: number): number {
  const end = text.indexOf('\n', cursor);
  return end < 0 ? text.length : end;
}

export function home(state: EditorState): EditorState {
  return { ...state, cursor: lineStart(state.text, state.cursor) };
}

export function end(state: EditorState): EditorState {
  return { ...state, cursor: lineEnd(state.text, state.cursor) };
}

/** Ctrl-U: deletes from the start of the line to the cursor. */
export function killToLineStart(state: EditorState): EditorState {
  const start = lineStart(state.text, state.cursor);
  return edited(state, state.text.slice(0, start) + state.text.slice(state.cursor), start);
}

/** Ctrl-K: deletes from the cursor to the end of the line. */
export function killToLineEnd(state: EditorState): EditorState {
  return edited(state, state.text.slice(0, state.cursor) + state.text.slice(lineEnd(state.text, state.cursor)), state.cursor);
}

/** Ctrl-W: deletes the word before the cursor. */
export function deleteWordBack(state: EditorState): EditorState {
  const before = state.text.slice(0, state.cursor);
  const start = before.replace(/\w+\s*$|\W\s*$/, '').length;
  return edited(state, state.text.slice(0, start) + state.text.slice(state.cursor), start);
}

/** Up: moves a line up inside multi-line input, else to the previous history entry. */
export function up(state: EditorState, history: readonly string[]): EditorState {
  const start = lineStart(state.text, state.cursor);
  if (start > 0) {
    const prevStart = lineStart(state.text, start - 1);
    const column = state.cursor - start;
    return { ...state, cursor: Math.min(prevStart + column, start - 1) };
  }
  const index = (state.historyIndex ?? history.length) - 1;
  if (index < 0) return state;
  const text = history[index]!;
  return { text, cursor: text.length, historyIndex: index, draft: state.historyIndex === undefined ? state.text : state.draft };
}

/** Down: moves a line down inside multi-line input, else to the next history entry (or back to the draft). */
export function down(state: EditorState, history: readonly string[]): EditorState {
  const endOfLine = lineEnd(state.text, state.cursor);
  if (endOfLine < state.text.length) {
    const column = state.cursor - lineStart(state.text, state.cursor);
    const nextStart = endOfLine + 1;
    return { ...state, cursor: Math.min(nextStart + column, lineEnd(state.text, nextStart)) };
  }
  if (state.historyIndex === undefined) return state;
  const index = state.historyIndex + 1;
  if (index >= history.length) return { text: state.draft, cursor: state.draft.length, historyIndex: undefined, draft: '' };
  const text = history[index]!;
  return { ...state, text, cursor: text.length, historyIndex: index };
}

/** The identifier-ish word before the cursor, which completion replaces. */
export function wordBeforeCursor(state: EditorState): string {
  return /[\w$]*$/.exec(state.text.slice(0, state.cursor))?.[0] ?? '';
}

/** Replaces the word before the cursor with `replacement`. */
export function completeWord(state: EditorState, replacement: string): EditorState {
  const word = wordBeforeCursor(state);
  const start = state.cursor - word.length;
  const text = state.text.slice(0, start) + replacement + state.text.slice(state.cursor);
  return edited(state, text, start + replacement.length);
}

/** The longest prefix all candidates share. */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const candidate of candidates) {
    while (!candidate.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
