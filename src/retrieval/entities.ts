import { words } from "../language/fold.js";
import { STOPWORDS } from "../language/stopwords.js";
import type { Entity } from "../story/schema.js";
import { editDistance, FuzzyIndex } from "./fuzzy.js";
import { entityNames } from "./names.js";

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

/** A match on one word of a longer name counts a little less than on a whole name. */
const PART_OF_NAME = 0.95;
/** What a prefix of a name counts for (autocomplete sees names while they are typed). */
const PREFIX_MATCH = 0.9;
/** What a prefix with one slip counts for ("smi" on the way to "smith"). */
const PREFIX_WITH_SLIP = 0.75;
/** Typed words of this length and more may be two edits from a name word. */
const TWO_EDITS_FROM = 5;
/** Names compared in full per lookup: those holding the most typed words. */
const MAX_NAME_CANDIDATES = 60;

/** Names may carry chat noise and articles ("the UN spokesman", "asad pls"). */
const cleanName = (text: string) =>
  words(text)
    .filter((word) => !STOPWORDS.has(word))
    .join(" ");

/**
 * How alike a typed name and a known one are, 0..1: the whole name or any word of it, exactly,
 * as a prefix (what autocomplete sees while typing), or within a few typos.
 */
export function nameSimilarity(typed: string, known: string): number {
  const parts = known.split(" ");
  let best = 0;
  for (const target of parts.length > 1 ? [known, ...parts] : [known]) {
    const weight = target === known ? 1 : PART_OF_NAME;
    if (target === typed) return weight;
    const prefix = target.slice(0, typed.length);
    if (typed.length >= 2 && prefix === typed) best = Math.max(best, PREFIX_MATCH * weight);
    else if (typed.length >= 3 && typed.slice(0, 2) === prefix.slice(0, 2)) {
      if (editDistance(typed, prefix, 1) <= 1) best = Math.max(best, PREFIX_WITH_SLIP * weight);
    }
    const longest = Math.max(typed.length, target.length);
    const distance = editDistance(typed, target, Math.ceil(longest / 2));
    best = Math.max(best, (1 - distance / longest) * weight);
  }
  return best;
}

/**
 * Resolves a typed name to the story's entities: a whole name or alias first (case, accents and
 * punctuation aside: "new york city" is the city, never "York"), then the words of
 * every name and alias in the one fuzzy index, for typos ("smiht") and partial names ("John" for
 * "John Smith"), ranked by {@link nameSimilarity}.
 */
export class EntityResolver {
  private readonly byName = new Map<string, NameEntry>();
  private readonly words = new FuzzyIndex<NameEntry>();
  private readonly order: Map<string, number>;

  constructor(
    entities: Entity[],
    /** Least {@link nameSimilarity} for a name to resolve. */
    private readonly minSimilarity: number,
  ) {
    this.order = new Map(entities.map((entity, index) => [entity.id, index]));
    for (const entity of entities) {
      for (const name of entityNames(entity)) {
        const entry = { entity, name, folded: cleanName(name) };
        if (entry.folded.length === 0) continue;
        if (!this.byName.has(entry.folded)) this.byName.set(entry.folded, entry);
        for (const word of entry.folded.split(" ")) this.words.add(word, entry);
      }
    }
  }

  /** The entity a text names whole (a name or an alias, case and punctuation aside), if any. */
  exact(text: string): Entity | undefined {
    return this.byName.get(cleanName(text))?.entity;
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
    const whole = this.byName.get(cleaned);
    if (whole) offer(whole, 1);
    const hits = new Map<NameEntry, number>();
    for (const word of cleaned.split(" ")) {
      const close = [
        ...this.words.near(word, word.length >= TWO_EDITS_FROM ? 2 : 1).map((near) => near.word),
        // While a name is typed, with a slip or not: "smi" on the way to "smith".
        ...(word.length >= 2 ? this.words.startingWith(word.slice(0, 2), MAX_NAME_CANDIDATES) : []),
      ].filter((known) => nameSimilarity(word, known) >= this.minSimilarity);
      for (const known of new Set(close)) {
        for (const entry of this.words.itemsOf(known)) hits.set(entry, (hits.get(entry) ?? 0) + 1);
      }
    }
    const candidates = [...hits].sort(([, a], [, b]) => b - a).slice(0, MAX_NAME_CANDIDATES);
    for (const [entry] of candidates) {
      if (entry !== whole) offer(entry, Math.min(nameSimilarity(cleaned, entry.folded), 0.99));
    }
    return [...best.values()].sort(
      (a, b) =>
        b.score - a.score ||
        (this.order.get(a.entity.id) ?? 0) - (this.order.get(b.entity.id) ?? 0),
    );
  }
}

/**
 * The entities a typed name could equally be, when it is ambiguous: the best candidates that
 * score the same, if more than one does.
 */
export function ambiguity(candidates: EntityCandidate[]): EntityCandidate[] {
  const [first] = candidates;
  if (!first || first.score === 1) return [];
  const tied = candidates.filter((candidate) => candidate.score === first.score);
  return tied.length > 1 ? tied : [];
}
