/** "Downloaded from central: https://…/x.jar (1.2 MB at 3.4 MB/s)" → bytes. */
export function parseMavenDownloaded(line: string): { artifact: string; bytes: number } | undefined {
  const m = /Downloaded from [^:]+: (\S+) \(([\d.]+) (B|kB|KB|MB|GB)/.exec(line);
  if (!m) return undefined;
  const scale = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 }[m[3] as 'B' | 'kB' | 'KB' | 'MB' | 'GB'];
  return { artifact: m[1]!.replace(/^.*\//, ''), bytes: Math.round(Number(m[2]) * scale) };
}
