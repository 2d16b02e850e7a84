/** "Did you mean" support: the closest known spelling to a mistyped option, if it is close enough. */

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The candidate nearest to `typed`, when the distance is small compared with the name
 * (at most 2 edits, and fewer than half the letters of the name without its dashes).
 */
export function closestMatch(typed: string, candidates: Iterable<string>): string | undefined {
  const letters = typed.replace(/^-+/, '').length;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(typed.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined || bestDistance === 0) return best;
  return bestDistance <= 2 && bestDistance * 2 < letters ? best : undefined;
}
