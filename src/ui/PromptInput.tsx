import { Box, Text } from 'ink';
import type { EditorState } from '../repl/line-editor.js';
import { useColor } from './colors.js';

/** The input being edited, with its prompt and an inverse-video cursor. */
export function PromptInput({ prompt, editor, active }: { prompt: string; editor: EditorState; active: boolean }) {
  const green = useColor('green');
  const lines = editor.text.split('\n');
  const pad = `${' '.repeat(Math.max(0, prompt.length - 4))}... `;
  let offset = 0;
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => {
        const start = offset;
        offset += line.length + 1;
        const cursorHere = active && editor.cursor >= start && editor.cursor <= start + line.length;
        const col = editor.cursor - start;
        return (
          <Text key={i}>
            <Text bold color={green}>
              {i === 0 ? prompt : pad}
            </Text>
            {cursorHere ? (
              <>
                {line.slice(0, col)}
                <Text inverse>{line[col] ?? ' '}</Text>
                {line.slice(col + 1)}
              </>
            ) : (
              line
            )}
          </Text>
        );
      })}
    </Box>
  );
}
