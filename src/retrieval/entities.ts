import { aliasKey } from "../story/check.js";
import type { Entity } from "../story/schema.js";
import { foldText } from "./normalize.js";
import { editDistance } from "./spelling.js";
import { STOPWORDS } from "./stopwords.js";
import { WordIndex } from "./word-index.js";

export interface EntityCandidate {
  entity: Entity;
  /** 0..1, 1 for an exact name or alias. */
  score: number;
  /** The name or alias that matched. */
  matched: string;
}

interface NameEntry {
  entity: Entity;
  name: string;
  folded: string;
}

/** Names may carry chat noise and articles ("the UN spokesman", "asad pls"). */
function cleanName(text: string): string {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOPWORDS.has(word))
    .join(" ");
}

/** fuse.js score (0 exact … 1 anything) up to which a name is a candidate at all. */
const FUSE_CANDIDATE_CUTOFF = 0.45;
const PART_OF_NAME = 0.95;
/** Names compared in full per lookup: those holding the most typed words. */
const MAX_NAME_CANDIDATES = 60;

/**
 * How alike a typed name and a known one are, 0..1: the whole name or any word of it, exactly,
 * as a prefix (what autocomplete sees while typing), or within a few typos.
 */
export function nameSimilarity(typed: string, known: string): number {
  const words = known.split(" ");
  let best = 0;
  for (const target of words.length > 1 ? [known, ...words] : [known]) {
    // A match on one word of a longer name counts a little less than on a whole name.
    const weight = target === known ? 1 : PART_OF_NAME;
    if (target === typed) return weight;
    const prefix = target.slice(0, typed.length);
    if (typed.length >= 2 && prefix === typed) best = Math.max(best, 0.9 * weight);
    else if (typed.length >= 3 && typed.slice(0, 2) === prefix.slice(0, 2)) {
      // Typing with a slip: "smi" on the way to "smith".
      if (editDistance(typed, prefix, 1) <= 1) best = Math.max(best, 0.75 * weight);
    }
    const longest = Math.max(typed.length, target.length);
    const distance = editDistance(typed, target, Math.ceil(longest / 2));
    best = Math.max(best, (1 - distance / longest) * weight);
  }
  return best;
}

/**
 * Resolves a typed name to the story's entities: exact names and aliases first (case, accents
 * and punctuation aside), then fuse.js over the distinct words of every name and alias for
 * typos ("smiht", "jonh") and partial names ("John" for "John Smith"); the names holding those
 * words are then ranked by {@link nameSimilarity}. Matching words rather than whole names
 * keeps a lookup cheap however many entities a story has.
 */
export class EntityResolver {
  private readonly byKey = new Map<string, NameEntry>();
  private readonly words: WordIndex<NameEntry>;
  private readonly order: Map<string, number>;

  constructor(
    entities: Entity[],
    /** Least {@link nameSimilarity} for a name to resolve. */
    private readonly minSimilarity: number,
  ) {
    this.order = new Map(entities.map((entity, index) => [entity.id, index]));
    const entries = entities.flatMap((entity) =>
      [entity.name, ...entity.aliases].map((name) => ({ entity, name, folded: cleanName(name) })),
    );
    for (const entry of entries) {
      const key = aliasKey(entry.name);
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
    }
    this.words = new WordIndex(
      entries.map((entry) => ({ item: entry, words: entry.folded.split(" ") })),
      FUSE_CANDIDATE_CUTOFF,
    );
  }

  resolve(text: string, filter: (entity: Entity) => boolean = () => true): EntityCandidate[] {
    const cleaned = cleanName(text);
    if (cleaned.length === 0) return [];
    const best = new Map<string, EntityCandidate>();
    const offer = (entry: NameEntry, score: number) => {
      if (!filter(entry.entity) || score < this.minSimilarity) return;
      const current = best.get(entry.entity.id);
      if (!current || score > current.score) {
        best.set(entry.entity.id, { entity: entry.entity, score, matched: entry.name });
      }
    };
    const exact = this.byKey.get(aliasKey(text)) ?? this.byKey.get(aliasKey(cleaned));
    if (exact) offer(exact, 1);
    // Names holding the most typed words are compared in full; the rest cannot win.
    const hits = new Map<NameEntry, number>();
    for (const word of cleaned.split(" ")) {
      // fuse.js finds candidate words but ranks them coarsely; keep only the truly close ones.
      const close = this.words
        .similarWords(word)
        .filter((known) => nameSimilarity(word, known) >= this.minSimilarity);
      for (const entry of this.words.itemsOf(close)) hits.set(entry, (hits.get(entry) ?? 0) + 1);
    }
    const candidates = [...hits].sort(([, a], [, b]) => b - a).slice(0, MAX_NAME_CANDIDATES);
    for (const [entry] of candidates) {
      offer(entry, Math.min(nameSimilarity(cleaned, entry.folded), 0.99));
    }
    return [...best.values()].sort(
      (a, b) =>
        b.score - a.score ||
        (this.order.get(a.entity.id) ?? 0) - (this.order.get(b.entity.id) ?? 0),
    );
  }
}
