/**
 * Corrects a misspelt word to the nearest word of a vocabulary (optimal string alignment
 * distance: insertions, deletions, substitutions and swaps of neighbours).
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (i > 0 && best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

export interface SpellingRules {
  /** Shortest word that may be corrected, and the largest distance for short and long words. */
  minLength: number;
  longFrom: number;
}

export class Speller {
  private readonly byLength = new Map<number, string[]>();

  constructor(
    vocabulary: Iterable<string>,
    private readonly rules: SpellingRules,
  ) {
    for (const word of vocabulary) {
      const bucket = this.byLength.get(word.length) ?? [];
      bucket.push(word);
      this.byLength.set(word.length, bucket);
    }
    for (const bucket of this.byLength.values()) bucket.sort();
  }

  /** The nearest vocabulary word within the allowed distance, with that distance. */
  nearest(word: string): { word: string; distance: number } | undefined {
    if (word.length < this.rules.minLength || /\d/.test(word)) return undefined;
    const limit = word.length >= this.rules.longFrom ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (let length = word.length - limit; length <= word.length + limit; length++) {
      for (const candidate of this.byLength.get(length) ?? []) {
        const distance = editDistance(word, candidate, Math.max(0, bestDistance - 1));
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
          if (distance === 1) break;
        }
      }
    }
    return best !== undefined && bestDistance <= limit
      ? { word: best, distance: bestDistance }
      : undefined;
  }
}
