import { describe, expect, it } from 'vitest';
import {
  backspace,
  commonPrefix,
  completeWord,
  deleteForward,
  deleteWordBack,
  down,
  EMPTY_EDITOR,
  end,
  home,
  insert,
  killToLineEnd,
  killToLineStart,
  moveCursor,
  up,
  withText,
  wordBeforeCursor,
  type EditorState,
} from '../../../src/repl/line-editor.js';

/** `text` with the cursor at the `|` it contains (the `|` is not part of the text). */
function at(marked: string): EditorState {
  const cursor = marked.indexOf('|');
  if (cursor < 0) throw new Error(`no cursor mark in ${JSON.stringify(marked)}`);
  return { text: marked.slice(0, cursor) + marked.slice(cursor + 1), cursor, historyIndex: undefined, draft: '' };
}

/** The state's text with `|` where its cursor is. */
function shown(state: EditorState): string {
  return `${state.text.slice(0, state.cursor)}|${state.text.slice(state.cursor)}`;
}

describe('starting states', () => {
  it('the empty editor has no text, the cursor at 0 and is not browsing the history', () => {
    expect(EMPTY_EDITOR).toEqual({ text: '', cursor: 0, historyIndex: undefined, draft: '' });
  });

  it('withText puts the cursor after the text', () => {
    expect(withText('ab\ncd')).toEqual({ text: 'ab\ncd', cursor: 5, historyIndex: undefined, draft: '' });
  });
});

describe('insert', () => {
  it('inserts at the cursor and moves the cursor past the inserted text', () => {
    expect(shown(insert(at('ab|cd'), 'XY'))).toBe('abXY|cd');
  });

  it('inserts into empty input', () => {
    expect(shown(insert(EMPTY_EDITOR, 'x'))).toBe('x|');
  });

  it('leaves the history: a recalled entry being edited is fresh input', () => {
    const browsing: EditorState = { text: 'old', cursor: 3, historyIndex: 0, draft: 'typed' };
    expect(insert(browsing, '!')).toMatchObject({ text: 'old!', historyIndex: undefined });
  });

  it('does not change the state it was given', () => {
    const before = at('a|b');
    insert(before, 'x');
    expect(shown(before)).toBe('a|b');
  });
});

describe('backspace', () => {
  it('deletes the character before the cursor', () => {
    expect(shown(backspace(at('abc|d')))).toBe('ab|d');
  });

  it('joins two lines when the cursor is at the start of the second', () => {
    expect(shown(backspace(at('ab\n|cd')))).toBe('ab|cd');
  });

  it('does nothing at position 0', () => {
    const state = at('|abc');
    expect(backspace(state)).toBe(state);
  });
});

describe('deleteForward', () => {
  it('deletes the character under the cursor and keeps the cursor where it is', () => {
    expect(shown(deleteForward(at('ab|cd')))).toBe('ab|d');
  });

  it('leaves the text alone at its end', () => {
    expect(shown(deleteForward(at('abc|')))).toBe('abc|');
  });
});

describe('moveCursor', () => {
  it('moves left and right by the given delta', () => {
    expect(shown(moveCursor(at('ab|cd'), -1))).toBe('a|bcd');
    expect(shown(moveCursor(at('ab|cd'), 2))).toBe('abcd|');
  });

  it('stops at the start of the text', () => {
    expect(shown(moveCursor(at('a|bc'), -5))).toBe('|abc');
  });

  it('stops at the end of the text', () => {
    expect(shown(moveCursor(at('a|bc'), 5))).toBe('abc|');
  });
});

describe('home and end', () => {
  it('home goes to the start of the current line, not of the whole input', () => {
    expect(shown(home(at('one\ntw|o\nthree')))).toBe('one\n|two\nthree');
  });

  it('end goes to the end of the current line, not of the whole input', () => {
    expect(shown(end(at('one\nt|wo\nthree')))).toBe('one\ntwo|\nthree');
  });

  it('home on the first line goes to 0', () => {
    expect(shown(home(at('on|e\ntwo')))).toBe('|one\ntwo');
  });

  it('end on the last line goes to the end of the text', () => {
    expect(shown(end(at('one\nt|wo')))).toBe('one\ntwo|');
  });

  it('home at the start of a line stays there (it does not go to the previous line)', () => {
    expect(shown(home(at('one\n|two')))).toBe('one\n|two');
  });
});

describe('killing text', () => {
  it('Ctrl-U deletes from the start of the current line to the cursor', () => {
    expect(shown(killToLineStart(at('one\ntw|o\nthree')))).toBe('one\n|o\nthree');
  });

  it('Ctrl-U at the start of a line deletes nothing', () => {
    expect(shown(killToLineStart(at('one\n|two')))).toBe('one\n|two');
  });

  it('Ctrl-K deletes from the cursor to the end of the current line, keeping the lines after it', () => {
    expect(shown(killToLineEnd(at('one\nt|wo\nthree')))).toBe('one\nt|\nthree');
  });

  it('Ctrl-K at the end of a line deletes nothing (not the newline)', () => {
    expect(shown(killToLineEnd(at('one|\ntwo')))).toBe('one|\ntwo');
  });
});

describe('deleteWordBack (Ctrl-W)', () => {
  it('deletes the word before the cursor', () => {
    expect(shown(deleteWordBack(at('print(value|)')))).toBe('print(|)');
  });

  it('deletes the word together with the spaces after it', () => {
    expect(shown(deleteWordBack(at('x = value   |')))).toBe('x = |');
  });

  it('deletes a single punctuation character (with its trailing spaces) when no word precedes the cursor', () => {
    expect(shown(deleteWordBack(at('f(a, |b)')))).toBe('f(a|b)');
  });

  it('does nothing at position 0', () => {
    expect(shown(deleteWordBack(at('|abc')))).toBe('|abc');
  });
});

describe('Up and Down inside multi-line input', () => {
  const history = ['older', 'newer'];

  it('Up moves to the same column of the line above', () => {
    expect(shown(up(at('abcd\nef|gh'), history))).toBe('ab|cd\nefgh');
  });

  it('Up clamps the column to the end of a shorter line above', () => {
    expect(shown(up(at('ab\ncdef|g'), history))).toBe('ab|\ncdefg');
  });

  it('Down moves to the same column of the line below', () => {
    expect(shown(down(at('ab|cd\nefgh'), history))).toBe('abcd\nef|gh');
  });

  it('Down clamps the column to the end of a shorter line below', () => {
    expect(shown(down(at('abcd|e\nfg'), history))).toBe('abcde\nfg|');
  });

  it('Up inside multi-line input does not touch the history', () => {
    expect(up(at('a\nb|'), history)).toMatchObject({ text: 'a\nb', historyIndex: undefined });
  });
});

describe('Up and Down through the history', () => {
  const history = ['first', 'second', 'third'];

  it('Up on the first line recalls the newest entry with the cursor at its end', () => {
    expect(up(at('dra|ft'), history)).toEqual({ text: 'third', cursor: 5, historyIndex: 2, draft: 'draft' });
  });

  it('Up again goes to older entries', () => {
    const twice = up(up(EMPTY_EDITOR, history), history);
    expect(twice).toMatchObject({ text: 'second', historyIndex: 1 });
  });

  it('Up stops at the oldest entry', () => {
    const oldest = up(up(up(EMPTY_EDITOR, history), history), history);
    expect(up(oldest, history)).toBe(oldest);
    expect(oldest.text).toBe('first');
  });

  it('Up with an empty history changes nothing', () => {
    const state = at('x|');
    expect(up(state, [])).toBe(state);
  });

  it('keeps the draft typed before browsing while going further back', () => {
    const back = up(up(withText('my draft'), history), history);
    expect(back.draft).toBe('my draft');
  });

  it('Down goes to newer entries', () => {
    const state: EditorState = { text: 'first', cursor: 5, historyIndex: 0, draft: '' };
    expect(down(state, history)).toMatchObject({ text: 'second', cursor: 6, historyIndex: 1 });
  });

  it('Down past the newest entry brings back the draft and leaves the history', () => {
    const browsing = up(withText('my draft'), history);
    expect(down(browsing, history)).toEqual({ text: 'my draft', cursor: 8, historyIndex: undefined, draft: '' });
  });

  it('Down on the last line of fresh input changes nothing', () => {
    const state = at('fresh|');
    expect(down(state, history)).toBe(state);
  });

  it('a recalled multi-line entry is walked line by line before Up goes further back', () => {
    const recalled = up(EMPTY_EDITOR, ['older', 'line 1\nline 2']);
    expect(recalled).toMatchObject({ text: 'line 1\nline 2', cursor: 13, historyIndex: 1 });
    const inside = up(recalled, ['older', 'line 1\nline 2']);
    expect(inside).toMatchObject({ text: 'line 1\nline 2', historyIndex: 1 });
    expect(shown(inside)).toBe('line 1|\nline 2');
    expect(up(inside, ['older', 'line 1\nline 2']).text).toBe('older');
  });
});

describe('completion helpers', () => {
  it('wordBeforeCursor is the identifier (letters, digits, _ and $) before the cursor', () => {
    expect(wordBeforeCursor(at('spark.ra|nge'))).toBe('ra');
    expect(wordBeforeCursor(at('x = $my_var1|'))).toBe('$my_var1');
  });

  it('wordBeforeCursor is empty after a space or a dot', () => {
    expect(wordBeforeCursor(at('x |'))).toBe('');
    expect(wordBeforeCursor(at('spark.|'))).toBe('');
  });

  it('completeWord replaces the word before the cursor and keeps the text after it', () => {
    expect(shown(completeWord(at('spark.ra|)'), 'range'))).toBe('spark.range|)');
  });

  it('completeWord after a dot inserts the replacement at the cursor', () => {
    expect(shown(completeWord(at('df.|'), 'count'))).toBe('df.count|');
  });

  it('commonPrefix is the longest prefix all candidates share', () => {
    expect(commonPrefix(['readStream', 'read', 'readTable'])).toBe('read');
  });

  it('commonPrefix of candidates sharing nothing is empty', () => {
    expect(commonPrefix(['alpha', 'beta'])).toBe('');
  });

  it('commonPrefix of no candidates is empty, of one is that one', () => {
    expect(commonPrefix([])).toBe('');
    expect(commonPrefix(['only'])).toBe('only');
  });
});

describe('editing a recalled history entry', () => {
  const history = ['first', 'second', 'third'];
  const recalled = up(up(EMPTY_EDITOR, history), history);

  it.each([
    ['Backspace', backspace],
    ['Delete at the start', (s: EditorState) => deleteForward(home(s))],
    ['Ctrl-U', killToLineStart],
    ['Ctrl-W', deleteWordBack],
    ['Ctrl-K at the start', (s: EditorState) => killToLineEnd(home(s))],
  ])('%s makes it fresh input that Down comes back to after browsing', (_name, edit) => {
    const changed = edit(recalled);
    expect(changed.historyIndex).toBeUndefined();
    const browsedAndBack = down(up(changed, history), history);
    expect(browsedAndBack.text).toBe(changed.text);
  });

  it('an edit that changes nothing (Backspace at the start) keeps the place in the history', () => {
    expect(backspace(home(recalled)).historyIndex).toBe(recalled.historyIndex);
  });
});
