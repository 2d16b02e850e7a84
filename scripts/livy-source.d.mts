export function vendoredLivySource(repoRoot: string, env?: Record<string, string | undefined>): string | undefined;
