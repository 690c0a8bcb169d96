import Fuse from "fuse.js";
import type { QaRecord } from "../story/schema.js";
import { foldText } from "./normalize.js";

export type SuggestionTier = "exact" | "keyword" | "fuzzy" | "top";

export interface Suggestion {
  record: QaRecord;
  tier: SuggestionTier;
}

interface Entry {
  record: QaRecord;
  question: string;
  phrasings: string[];
  keywords: string[];
}

/** fuse.js score up to which a curated question is offered while typing. */
const FUZZY_CUTOFF = 0.4;

const fold = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Curated questions to offer while someone types into /ask, in visible tiers: the question
 * starts with what is typed (exact), a keyword or a word of the question matches it (keyword),
 * or fuse.js finds it close (fuzzy). Empty input offers the story's top questions.
 */
export class QuestionSuggester {
  private readonly entries: Entry[];
  private readonly fuse: Fuse<Entry>;

  constructor(records: QaRecord[]) {
    this.entries = records.map((record) => ({
      record,
      question: fold(record.question),
      phrasings: record.phrasings.map(fold),
      keywords: record.keywords.map(fold),
    }));
    this.fuse = new Fuse(this.entries, {
      keys: [
        { name: "question", weight: 3 },
        { name: "keywords", weight: 2 },
        { name: "phrasings", weight: 1 },
      ],
      includeScore: true,
      ignoreLocation: true,
      threshold: FUZZY_CUTOFF,
      minMatchCharLength: 2,
    });
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
    const offer = (record: QaRecord, tier: SuggestionTier) => {
      if (!chosen.has(record.id)) chosen.set(record.id, { record, tier });
    };
    for (const entry of this.entries) {
      if (entry.question.startsWith(query)) offer(entry.record, "exact");
    }
    for (const entry of this.entries) {
      const inKeywords = entry.keywords.some((keyword) => keyword.includes(query));
      const inQuestion = ` ${entry.question} `.includes(` ${query}`);
      if (inKeywords || inQuestion) offer(entry.record, "keyword");
    }
    // fuse.js matches at most 32 characters of a pattern: the last 32 typed carry the intent.
    for (const hit of this.fuse.search(query.slice(-32))) {
      if ((hit.score ?? 1) <= FUZZY_CUTOFF) offer(hit.item.record, "fuzzy");
    }
    return [...chosen.values()].slice(0, limit);
  }
}
