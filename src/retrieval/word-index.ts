import Fuse from "fuse.js";

/**
 * Items indexed by the words of their text, with fuse.js over the distinct words: a typed word,
 * typos and all, finds the items holding a close word. Searching words rather than whole texts
 * keeps a lookup cheap however many items there are.
 */
export class WordIndex<Item> {
  private readonly byWord = new Map<string, Item[]>();
  private readonly fuse: Fuse<string>;

  constructor(items: { item: Item; words: Iterable<string> }[], cutoff: number) {
    for (const { item, words } of items) {
      for (const word of new Set(words)) {
        const list = this.byWord.get(word) ?? [];
        list.push(item);
        this.byWord.set(word, list);
      }
    }
    this.fuse = new Fuse([...this.byWord.keys()], {
      includeScore: true,
      ignoreLocation: true,
      threshold: cutoff,
      minMatchCharLength: 2,
    });
  }

  /** The items holding a word close to `word`, closest words first, each item once. */
  lookup(word: string): Item[] {
    const found = new Set<Item>();
    // fuse.js matches at most 32 characters of a pattern; one word is shorter than that.
    for (const hit of this.fuse.search(word.slice(0, 32))) {
      for (const item of this.byWord.get(hit.item) ?? []) found.add(item);
    }
    return [...found];
  }
}
