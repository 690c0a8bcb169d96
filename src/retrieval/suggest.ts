import { foldPhrase } from "../language/fold.js";
import { STOPWORDS } from "../language/stopwords.js";
import type { QaRecord } from "../story/schema.js";
import { nameSimilarity } from "./entities.js";
import { FuzzyIndex } from "./fuzzy.js";

export type SuggestionTier = "exact" | "keyword" | "fuzzy" | "top";

export interface Suggestion {
  record: QaRecord;
  tier: SuggestionTier;
}

interface Entry {
  record: QaRecord;
  order: number;
  question: string;
  keywords: string[];
}

/** Least similarity (see nameSimilarity) of a question word to a typed one. */
const MIN_SIMILARITY = 0.7;
/** What is typed is cut to this many characters before it is looked up (Discord's own cap). */
export const MAX_TYPED = 100;

const fold = foldPhrase;

/**
 * Curated questions to offer while someone types into /ask, in visible tiers: the question
 * starts with what is typed (exact), a keyword or a word of the question starts with it
 * (keyword), or words close to the typed ones despite typos (fuzzy), found in the one fuzzy
 * index over the questions' and keywords' words. Empty input offers the story's top questions.
 */
export class QuestionSuggester {
  private readonly entries: Entry[];
  private readonly words = new FuzzyIndex<Entry>();

  constructor(records: QaRecord[]) {
    this.entries = records.map((record, order) => ({
      record,
      order,
      question: fold(record.question),
      keywords: record.keywords.map(fold),
    }));
    for (const entry of this.entries) {
      for (const text of [entry.question, ...entry.keywords]) {
        for (const word of text.split(" ")) if (word) this.words.add(word, entry);
      }
    }
  }

  suggest(typed: string, limit: number): Suggestion[] {
    const query = fold(typed.slice(0, MAX_TYPED));
    if (query.length === 0) {
      const top = this.entries.filter((entry) => entry.record.top);
      const rest = this.entries.filter((entry) => !entry.record.top);
      return [...top, ...rest]
        .slice(0, limit)
        .map((entry) => ({ record: entry.record, tier: "top" }));
    }
    const chosen = new Map<string, Suggestion>();
    const offer = (entry: Entry, tier: SuggestionTier) => {
      if (chosen.size < limit && !chosen.has(entry.record.id))
        chosen.set(entry.record.id, { record: entry.record, tier });
    };
    for (const entry of this.entries) {
      if (entry.question.startsWith(query)) offer(entry, "exact");
    }
    for (const entry of this.entries) {
      const inKeywords = entry.keywords.some(
        (keyword) => keyword.startsWith(query) || keyword.includes(` ${query}`),
      );
      if (inKeywords || ` ${entry.question}`.includes(` ${query}`)) offer(entry, "keyword");
    }
    if (chosen.size < limit) {
      for (const entry of this.fuzzy(query)) offer(entry, "fuzzy");
    }
    return [...chosen.values()];
  }

  /** Records ranked by how many typed words (fuzzily) appear in their question or keywords. */
  private fuzzy(query: string): Entry[] {
    const hits = new Map<Entry, number>();
    // Function words ("who is the") would match nearly every question.
    for (const word of query.split(" ").filter((w) => w.length >= 2 && !STOPWORDS.has(w))) {
      const close = [
        ...this.words.near(word, word.length >= 5 ? 2 : 1).map((near) => near.word),
        ...this.words.startingWith(word, 50),
      ].filter((known) => nameSimilarity(word, known) >= MIN_SIMILARITY);
      const entries = new Set(close.flatMap((known) => this.words.itemsOf(known)));
      for (const entry of entries) hits.set(entry, (hits.get(entry) ?? 0) + 1);
    }
    return [...hits].sort(([a, x], [b, y]) => y - x || a.order - b.order).map(([entry]) => entry);
  }
}
