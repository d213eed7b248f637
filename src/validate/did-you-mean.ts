// The accepted key an unknown one was probably meant to be: a case or spacing slip, camelCase or
// snake_case, singular/plural, or a small typo.

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** "registryMirrors", "Registry_Mirrors ", "registry mirrors" → "registry-mirrors" */
const normalise = (key: string): string =>
  key
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[_\s.]+/g, '-')
    .toLowerCase();

export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  const n = normalise(key);
  const exact = candidates.find((c) => c === n);
  if (exact) return exact;
  const plural = candidates.find((c) => c === `${n}s` || `${c}s` === n);
  if (plural) return plural;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(n, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  const allowed = n.length <= 4 ? 1 : n.length <= 10 ? 2 : 3;
  return bestDistance <= allowed ? best : undefined;
}
