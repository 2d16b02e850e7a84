import { randomBytes } from 'node:crypto';

/**
 * A name no other session carries, sent when the user gave none: it lets the CLI find the
 * session again when the reply to `POST /sessions` is lost. Livy refuses numeric names.
 */
export function uniqueSessionName(command: string): string {
  return `livy-${command}-${randomBytes(6).toString('hex')}`;
}
