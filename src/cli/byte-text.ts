/** "1.2 MB", "340 kB", "12 B": a byte count for people. */
export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${Math.round(n / 1e3)} kB`;
  return `${n} B`;
}

/** "12.3 MB of 78.0 MB [####------] 4.1 MB/s" for a transfer of known size; "12.3 MB downloaded" otherwise. */
export function transferText(bytes: number, totalBytes: number | undefined, elapsedMs: number): string {
  const speed = elapsedMs > 500 ? ` ${formatBytes((bytes * 1000) / elapsedMs)}/s` : '';
  if (!totalBytes) return `${formatBytes(bytes)} downloaded${speed}`;
  const width = 20;
  const filled = Math.min(width, Math.round((bytes / totalBytes) * width));
  return `${formatBytes(bytes)} of ${formatBytes(totalBytes)} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${speed}`;
}
