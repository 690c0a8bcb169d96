import type { QaRecord } from "../story/schema.js";
import { nameSimilarity } from "./entities.js";
import { foldText } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";
import { WordIndex } from "./word-index.js";

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

/** fuse.js score up to which a typed word counts as a word of a curated question. */
const FUZZY_CUTOFF = 0.35;
/** Least similarity (see nameSimilarity) of a question word to a typed one. */
const MIN_SIMILARITY = 0.7;

const fold = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Curated questions to offer while someone types into /ask, in visible tiers: the question
 * starts with what is typed (exact), a keyword or a word of the question starts with it
 * (keyword), or fuse.js finds its words close to the typed ones despite typos (fuzzy). Empty
 * input offers the story's top questions. fuse.js searches the distinct words of the questions
 * and keywords, so a lookup stays cheap however many records a story has.
 */
export class QuestionSuggester {
  private readonly entries: Entry[];
  private readonly words: WordIndex<Entry>;

  constructor(records: QaRecord[]) {
    this.entries = records.map((record, order) => ({
      record,
      order,
      question: fold(record.question),
      keywords: record.keywords.map(fold),
    }));
    this.words = new WordIndex(
      this.entries.map((entry) => ({
        item: entry,
        words: [entry.question, ...entry.keywords].flatMap((text) => text.split(" ")),
      })),
      FUZZY_CUTOFF,
    );
  }

  suggest(typed: string, limit: number): Suggestion[] {
    const query = fold(typed);
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
      // fuse.js ranks candidate words coarsely; keep only those a typo away from the typed word.
      const close = this.words
        .similarWords(word)
        .filter((known) => nameSimilarity(word, known) >= MIN_SIMILARITY);
      for (const entry of this.words.itemsOf(close)) hits.set(entry, (hits.get(entry) ?? 0) + 1);
    }
    return [...hits].sort(([a, x], [b, y]) => y - x || a.order - b.order).map(([entry]) => entry);
  }
}
