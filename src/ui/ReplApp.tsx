import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReplEngine } from '../repl/engine.js';
import * as edit from '../repl/line-editor.js';
import type { EditorState } from '../repl/line-editor.js';
import { PromptInput } from './PromptInput.js';
import { StatusBar } from './StatusBar.js';
import { useReplView, useTicker } from './use-repl-view.js';

const EXIT_HINT = '(to exit, press Ctrl-D or type :quit)';
const NO_CANDIDATES: string[] = [];

interface SearchState {
  query: string;
  /** History index of the current match. */
  index: number | undefined;
}

/** The interactive shell: output above, the live status and prompt below. */
export function ReplApp({ engine }: { engine: ReplEngine }) {
  const view = useReplView(engine);
  const { exit } = useApp();
  const { write } = useStdout();
  const [editor, setEditorState] = useState<EditorState>(edit.EMPTY_EDITOR);
  const [notice, setNotice] = useState<string | undefined>();
  const [candidates, setCandidates] = useState<string[]>(NO_CANDIDATES);
  const [search, setSearch] = useState<SearchState | undefined>();
  const tick = useTicker(view.phase === 'starting' || view.running !== undefined);
  // Keys can arrive faster than React re-renders (typing ahead, tmux send-keys): each key
  // must edit what the previous key left, not the state of the last render.
  const editorRef = useRef(editor);
  const setEditor = useCallback((next: EditorState) => {
    editorRef.current = next;
    setEditorState(next);
  }, []);

  useEffect(() => engine.onOutput((text) => write(`${text}\n`)), [engine, write]);
  useEffect(() => {
    if (view.phase === 'closed') exit();
  }, [view.phase, exit]);

  const submit = useCallback(
    (text: string) => {
      editorRef.current = edit.EMPTY_EDITOR;
      void engine.submit(text);
      // Drawn once the statement's request is on its way: Ink renders synchronously when the key
      // handler returns, before the engine gets to send it.
      setImmediate(() => {
        setEditorState(editorRef.current);
        setCandidates(NO_CANDIDATES);
        setNotice(undefined);
      });
    },
    [engine],
  );

  const pressEnter = (state: EditorState, newline: boolean): void => {
    if (newline || (view.phase !== 'lost' && engine.needsMoreInput(state.text))) setEditor(edit.insert(state, '\n'));
    else submit(state.text);
  };

  const onKey = (input: string, key: Key): void => {
    if (view.phase === 'exiting' || view.phase === 'closed') return;
    const editor = editorRef.current;
    const history = engine.history;
    if (key.ctrl && input === 'c') {
      setSearch(undefined);
      if (engine.interrupt()) return;
      if (editor.text !== '') {
        setEditor(edit.EMPTY_EDITOR);
        setNotice(undefined);
      } else setNotice(EXIT_HINT);
      return;
    }
    if (key.ctrl && input === 'd') {
      if (editor.text === '') void engine.quit();
      else setEditor(edit.deleteForward(editor));
      return;
    }
    if (search) {
      if (key.ctrl && input === 'r') {
        const match = engine.history.length > 0 ? searchHistory(history, search.query, search.index) : undefined;
        if (match !== undefined) setSearch({ ...search, index: match });
        return;
      }
      if (key.return || key.escape || key.leftArrow || key.rightArrow) {
        if (search.index !== undefined) setEditor(edit.withText(history[search.index]!));
        setSearch(undefined);
        return;
      }
      const query = key.backspace || key.delete ? search.query.slice(0, -1) : search.query + (key.ctrl || key.meta ? '' : input);
      setSearch({ query, index: searchHistory(history, query, undefined) });
      return;
    }
    if (key.ctrl && input === 'r') {
      setSearch({ query: '', index: undefined });
      return;
    }
    setCandidates(NO_CANDIDATES);
    if (notice === EXIT_HINT) setNotice(undefined);

    // A paste (or fast typing) arrives as one chunk: its newlines stay in the statement, and a
    // final newline is an Enter: it runs the statement if it is complete.
    if (input.length > 1 && /[\r\n]/.test(input)) {
      const text = input.replace(/\r\n?/g, '\n');
      const enter = text.endsWith('\n');
      const next = edit.insert(editor, enter ? text.slice(0, -1) : text);
      if (enter) pressEnter(next, false);
      else setEditor(next);
      return;
    }
    if (key.return) {
      pressEnter(editor, key.meta);
      return;
    }
    if (input === '\n') return setEditor(edit.insert(editor, '\n'));
    if (key.tab) {
      void complete();
      return;
    }
    if (key.upArrow) return setEditor(edit.up(editor, history));
    if (key.downArrow) return setEditor(edit.down(editor, history));
    if (key.leftArrow) return setEditor(edit.moveCursor(editor, -1));
    if (key.rightArrow) return setEditor(edit.moveCursor(editor, 1));
    if (key.home || (key.ctrl && input === 'a')) return setEditor(edit.home(editor));
    if (key.end || (key.ctrl && input === 'e')) return setEditor(edit.end(editor));
    if (key.backspace || key.delete) return setEditor(edit.backspace(editor));
    if (key.ctrl && input === 'u') return setEditor(edit.killToLineStart(editor));
    if (key.ctrl && input === 'k') return setEditor(edit.killToLineEnd(editor));
    if (key.ctrl && input === 'w') return setEditor(edit.deleteWordBack(editor));
    if (key.ctrl || key.meta || key.escape || input === '') return;
    setEditor(edit.insert(editor, input));
  };

  const complete = async (): Promise<void> => {
    const at = editorRef.current;
    const found = await engine.complete(at.text, at.cursor);
    if (editorRef.current !== at) return;
    const word = edit.wordBeforeCursor(at);
    const matching = found.filter((c) => c.startsWith(word));
    const options = matching.length > 0 ? matching : found;
    if (options.length === 0) return;
    if (options.length === 1) {
      setEditor(edit.completeWord(at, options[0]!));
      return;
    }
    const prefix = edit.commonPrefix(options);
    if (prefix.length > word.length) setEditor(edit.completeWord(at, prefix));
    setCandidates(options);
  };

  useInput(onKey, { isActive: view.phase !== 'closed' });

  if (view.phase === 'closed') return null;
  const searchMatch = search?.index !== undefined ? engine.history[search.index] : undefined;
  return (
    <Box flexDirection="column">
      <StatusBar view={view} now={engine.now()} tick={tick} />
      {view.phase === 'lost' ? (
        <PromptInput prompt="start a new session? [Y/n] " editor={editor} active />
      ) : search ? (
        <Text>
          <Text dimColor>(history search)</Text> '{search.query}': {searchMatch ?? ''}
        </Text>
      ) : view.phase === 'exiting' ? (
        <Text dimColor>exiting…</Text>
      ) : (
        <PromptInput prompt={engine.prompt()} editor={editor} active={view.phase !== 'starting' || editor.text !== ''} />
      )}
      {candidates.length > 0 ? <Text dimColor>{candidates.slice(0, 40).join('  ')}</Text> : null}
      {(notice ?? view.notice) ? <Text dimColor>{notice ?? view.notice}</Text> : null}
    </Box>
  );
}

/** The newest history index before `before` whose entry contains `query`. */
function searchHistory(history: readonly string[], query: string, before: number | undefined): number | undefined {
  for (let i = (before ?? history.length) - 1; i >= 0; i--) if (history[i]!.includes(query)) return i;
  return undefined;
}
