import type { Language } from './kinds.js';

/** What is still open at the end of some code. */
export interface OpenState {
  /** Unclosed brackets, innermost last. */
  brackets: string[];
  /** The quote of an unterminated string (`"""` for a triple-quoted one). */
  string: string | undefined;
  /** Inside a block comment (`/* … ` in Scala and SQL). */
  blockComment: boolean;
  /** The last significant character of the last line with code (comments stripped). */
  lastSignificant: string | undefined;
}

const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

interface Syntax {
  lineComment: readonly string[];
  blockComment: boolean;
  tripleQuotes: readonly string[];
  quotes: readonly string[];
  /** Backslash escapes inside strings. */
  escapes: boolean;
}

const SYNTAX: Record<Language, Syntax> = {
  python: { lineComment: ['#'], blockComment: false, tripleQuotes: ['"""', "'''"], quotes: ['"', "'"], escapes: true },
  scala: { lineComment: ['//'], blockComment: true, tripleQuotes: ['"""'], quotes: ['"'], escapes: true },
  r: { lineComment: ['#'], blockComment: false, tripleQuotes: [], quotes: ['"', "'", '`'], escapes: true },
  sql: { lineComment: ['--'], blockComment: true, tripleQuotes: [], quotes: ["'", '"', '`'], escapes: false },
};

/** Scans code for open brackets, strings and comments. */
function scanOpen(code: string, language: Language): OpenState {
  const syntax = SYNTAX[language];
  const brackets: string[] = [];
  let string: string | undefined;
  let blockComment = false;
  let lastSignificant: string | undefined;
  let i = 0;
  while (i < code.length) {
    const ch = code[i]!;
    if (blockComment) {
      if (code.startsWith('*/', i)) {
        blockComment = false;
        i += 2;
      } else i++;
      continue;
    }
    if (string !== undefined) {
      if (syntax.escapes && ch === '\\' && string.length === 1) {
        i += 2;
        continue;
      }
      if (code.startsWith(string, i)) {
        i += string.length;
        string = undefined;
        lastSignificant = '"';
        continue;
      }
      // A one-line string ends at the end of the line in Python (an error we let the server report).
      if (ch === '\n' && string.length === 1 && language === 'python') string = undefined;
      i++;
      continue;
    }
    if (ch === '\n') {
      i++;
      continue;
    }
    const comment = syntax.lineComment.find((marker) => code.startsWith(marker, i));
    if (comment) {
      const end = code.indexOf('\n', i);
      i = end < 0 ? code.length : end;
      continue;
    }
    if (syntax.blockComment && code.startsWith('/*', i)) {
      blockComment = true;
      i += 2;
      continue;
    }
    const triple = syntax.tripleQuotes.find((quote) => code.startsWith(quote, i));
    if (triple) {
      string = triple;
      i += 3;
      continue;
    }
    if (syntax.quotes.includes(ch)) {
      // Scala character literals ('a', '\n') and symbols are not strings to track.
      string = ch;
      i++;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') brackets.push(ch);
    else if (ch in CLOSING && brackets.at(-1) === CLOSING[ch]) brackets.pop();
    if (!/\s/.test(ch)) lastSignificant = ch;
    i++;
  }
  return { brackets, string, blockComment, lastSignificant };
}

/**
 * Whether the code typed so far needs more lines before it is a statement: an open
 * bracket, string or block comment; a trailing backslash; in Python, a block opened
 * by a line ending in `:` that no empty line has closed yet.
 */
export function needsMoreInput(code: string, language: Language | undefined): boolean {
  if (!language || code.trim() === '') return false;
  const state = scanOpen(code, language);
  if (state.brackets.length > 0 || state.string !== undefined || state.blockComment) return true;
  const lines = code.split('\n');
  const last = lines.at(-1) ?? '';
  if (/\\\s*$/.test(last) && language !== 'sql') return true;
  if (language === 'python') {
    if (last.trim() === '') return false;
    // Inside an indented block: the user ends it with an empty line, as in python's REPL.
    // A pasted cell whose last line is back at column 0 is complete, blocks and all.
    const opensBlock = (line: string) => scanOpen(line, 'python').lastSignificant === ':' && /:\s*(#.*)?$/.test(line);
    if (lines.some(opensBlock) && (opensBlock(last) || /^\s/.test(last))) return true;
  }
  if (language === 'r' && state.lastSignificant !== undefined && /[+\-*/,|&=<>~]$|%>%$|\|>$/.test(stripRComment(last))) {
    return true;
  }
  return false;
}

function stripRComment(line: string): string {
  return line.replace(/#.*$/, '').trimEnd();
}
