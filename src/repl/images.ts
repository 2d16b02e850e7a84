import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Saves images from statement output (`%matplot`, R plots) as
 * `DIR/livy-session-ID-N.png`, N counting up per session.
 */
export function imageSaver(dir: string, sessionId: number): (png: Buffer) => string {
  let count = 0;
  return (png) => {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `livy-session-${sessionId}-${++count}-${Date.now().toString(36)}.png`);
    writeFileSync(path, png);
    return path;
  };
}
