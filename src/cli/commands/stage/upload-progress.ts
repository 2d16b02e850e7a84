/** Upload progress on stderr: a live line with bytes and speed on a terminal, nothing otherwise. */
import type { UploadProgress } from '../../../staging/upload-plan.js';
import type { Output } from '../../output.js';
import { transferText } from '../../byte-text.js';

export interface ProgressLine {
  update(progress: UploadProgress): void;
  stop(): void;
}

export function uploadProgressLine(out: Output): ProgressLine {
  if (!out.interactive) return { update() {}, stop() {} };
  const started = Date.now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      const now = Date.now();
      if (now - lastDraw < 100 && progress.sentBytes < progress.totalBytes) return;
      lastDraw = now;
      drawn = true;
      const files = `${progress.filesDone}/${progress.filesToUpload} files`;
      out.stderr.write(`\r\x1b[2Kstaging ${files}: ${transferText(progress.sentBytes, progress.totalBytes, now - started)}`);
    },
    stop() {
      if (drawn) out.stderr.write('\r\x1b[2K');
    },
  };
}
