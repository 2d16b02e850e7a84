import type { SessionKind, StatementKind } from '../client/requests.js';

/** The languages a statement can be written in, whatever alias names them. */
export type Language = 'scala' | 'python' | 'r' | 'sql';

const LANGUAGE_BY_KIND: Record<StatementKind | SessionKind, Language | undefined> = {
  spark: 'scala',
  scala: 'scala',
  pyspark: 'python',
  python: 'python',
  sparkr: 'r',
  r: 'r',
  sql: 'sql',
  shared: undefined,
};

/** The language of a session or statement kind; `shared` sessions have none of their own. */
export function languageOf(kind: string): Language | undefined {
  return LANGUAGE_BY_KIND[kind as StatementKind];
}

/** The canonical statement kind for a language (what Livy's completion endpoint wants). */
export const KIND_OF_LANGUAGE: Record<Language, StatementKind> = { scala: 'spark', python: 'pyspark', r: 'sparkr', sql: 'sql' };

/** Line-comment marker per language: also the start of a cell separator (`# %%`). */
export const COMMENT_PREFIX: Record<Language, string> = { scala: '//', python: '#', r: '#', sql: '--' };

/** Livy offers completion for Scala and Python only. */
export function supportsCompletion(language: Language | undefined): boolean {
  return language === 'scala' || language === 'python';
}

/** Guesses a statement kind from a file name (for `:load` and `livy run FILE` without --kind). */
export function kindFromFileName(path: string): StatementKind | undefined {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  switch (extension) {
    case 'py':
      return 'pyspark';
    case 'scala':
    case 'sc':
      return 'spark';
    case 'r':
      return 'sparkr';
    case 'sql':
      return 'sql';
    default:
      return undefined;
  }
}

/** `--kind` values: session kinds and the statement aliases, mapped to a session kind. */
export const KIND_CHOICES = ['spark', 'scala', 'pyspark', 'python', 'sparkr', 'r', 'sql', 'shared'] as const;

export function sessionKindOf(kind: string): SessionKind | undefined {
  if (kind === 'shared') return 'shared';
  const language = languageOf(kind);
  return language ? (KIND_OF_LANGUAGE[language] as SessionKind) : undefined;
}
