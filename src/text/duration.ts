import { UsageError } from '../errors/cli-error.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The longest timer Node keeps (2^31-1 ms, about 24.8 days); longer ones fire at once. */
const MAX_DURATION_MS = 2_147_483_647;

/** Parses `90s`, `10m`, `1h30m`, `2h`, or bare seconds (`300`) into milliseconds. */
export function parseDuration(raw: string, flag: string): number {
  const text = raw.trim();
  // A bare number is seconds.
  const parts = /^\d+(\.\d+)?$/.test(text) ? [[text, text, 's']] : [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) {
    throw new UsageError(`${flag} '${raw}' is not a duration`, 'use e.g. 90s, 10m or 1h30m');
  }
  const total = parts.reduce((sum, [, value, unit]) => sum + Number(value) * (UNIT_MS[unit ?? 's'] ?? 1000), 0);
  if (total <= 0) throw new UsageError(`${flag} must be greater than zero`);
  if (total > MAX_DURATION_MS) throw new UsageError(`${flag} must be at most 24d20h, got '${raw}'`);
  return Math.round(total);
}

/** 75_000 → "1m15s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}
