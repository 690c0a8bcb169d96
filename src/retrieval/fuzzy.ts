import SearchableMap from "minisearch/SearchableMap";

/**
 * The one similarity measure: optimal string alignment distance (insertions, deletions,
 * substitutions and swaps of neighbours, each costing 1), stopping early once `limit` is
 * passed. Two rows are reused across calls, so a lookup allocates nothing.
 */
let previous = new Int32Array(64);
let beforePrevious = new Int32Array(64);
let current = new Int32Array(64);

export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > current.length) {
    previous = new Int32Array(b.length + 1);
    beforePrevious = new Int32Array(b.length + 1);
    current = new Int32Array(b.length + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] as number;
}

/** A close word of the index, with its distance from the typed one. */
export interface Near {
  word: string;
  distance: number;
}

/**
 * The one fuzzy index: words (each with the items that hold it) in MiniSearch's radix tree,
 * which finds every word within an edit distance or under a prefix without scanning them all.
 * Spelling, names and autocomplete all look words up here, ranked by {@link editDistance}.
 */
export class FuzzyIndex<Item> {
  private readonly tree = new SearchableMap<Item[]>();

  add(word: string, item: Item): void {
    const items = this.tree.get(word);
    if (items) {
      if (!items.includes(item)) items.push(item);
    } else {
      this.tree.set(word, [item]);
    }
  }

  has(word: string): boolean {
    return this.tree.has(word);
  }

  itemsOf(word: string): readonly Item[] {
    return this.tree.get(word) ?? [];
  }

  /**
   * The indexed words within `limit` edits of `word` (swaps of neighbours count once), closest
   * first, then alphabetically.
   */
  near(word: string, limit: number): Near[] {
    // The tree counts a swap as two edits: ask it one further, then measure each candidate.
    const found: Near[] = [];
    for (const candidate of this.tree.fuzzyGet(word, limit + 1).keys()) {
      const distance = editDistance(word, candidate, limit);
      if (distance <= limit) found.push({ word: candidate, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }

  /** The indexed words that start with `prefix`, at most `limit` of them. */
  startingWith(prefix: string, limit = Number.POSITIVE_INFINITY): string[] {
    const found: string[] = [];
    for (const word of this.tree.atPrefix(prefix).keys()) {
      if (found.length >= limit) break;
      found.push(word);
    }
    return found;
  }
}
