import Fuse from "fuse.js";

/** Words shorter than this are matched by prefix, not fuzzily. */
const MIN_FUZZY_LENGTH = 3;

/**
 * Items indexed by the words of their text, with fuse.js over the distinct words: a typed word,
 * typos and all, finds the items holding a close word. Searching words rather than whole texts,
 * and only the words with the same first letter, keeps a lookup cheap however many items there
 * are.
 */
export class WordIndex<Item> {
  private readonly byWord = new Map<string, Item[]>();
  /** One fuse.js index per first letter: typos rarely hit a word's first letter. */
  private readonly fuseByInitial = new Map<string, Fuse<string>>();

  constructor(items: { item: Item; words: Iterable<string> }[], cutoff: number) {
    for (const { item, words } of items) {
      for (const word of new Set(words)) {
        const list = this.byWord.get(word) ?? [];
        list.push(item);
        this.byWord.set(word, list);
      }
    }
    const byInitial = new Map<string, string[]>();
    for (const word of this.byWord.keys()) {
      const list = byInitial.get(word.charAt(0)) ?? [];
      list.push(word);
      byInitial.set(word.charAt(0), list);
    }
    for (const [initial, words] of byInitial) {
      this.fuseByInitial.set(
        initial,
        new Fuse(words, {
          includeScore: true,
          ignoreLocation: true,
          threshold: cutoff,
          minMatchCharLength: 2,
        }),
      );
    }
  }

  /** The indexed words close to `word`, closest first (by fuse.js score). */
  similarWords(word: string): string[] {
    if (word.length < MIN_FUZZY_LENGTH) {
      return [...this.byWord.keys()].filter((known) => known.startsWith(word));
    }
    const fuse = this.fuseByInitial.get(word.charAt(0));
    // fuse.js matches at most 32 characters of a pattern; one word is shorter than that.
    return fuse ? fuse.search(word.slice(0, 32)).map((hit) => hit.item) : [];
  }

  /** The items holding any of these words, each once. */
  itemsOf(words: string[]): Item[] {
    const found = new Set<Item>();
    for (const known of words) {
      for (const item of this.byWord.get(known) ?? []) found.add(item);
    }
    return [...found];
  }
}
