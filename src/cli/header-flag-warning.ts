import { isSecretHeader } from '../client/redact.js';

/**
 * The warning for credentials given on the command line with `-H 'Authorization: …'` (or any
 * secret-looking header): other users see them in `ps`, and the shell history keeps them.
 */
export function secretHeaderFlagWarning(headerFlags: readonly string[], { saved = false } = {}): string | undefined {
  const names = headerFlags
    .map((raw) => raw.slice(0, Math.max(0, raw.indexOf(':'))).trim())
    .filter((name) => name !== '' && isSecretHeader(name));
  if (names.length === 0) return undefined;
  const which = [...new Set(names)].join(', ');
  const exposed = `the ${which} header given with -H is visible to other users (ps) and stays in your shell history`;
  if (saved)
    return `${exposed}, and the profile stores it as plain text; for a token prefer --auth bearer --token-env VAR (or --token-command CMD)`;
  return `${exposed}; keep credentials in a profile instead: livy profile add NAME --url URL --auth bearer --token-env VAR (or --token-command CMD)`;
}
