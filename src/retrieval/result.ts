/** A verbatim excerpt shown as evidence, located in the article. */
export interface CitedExcerpt {
  paragraph: number;
  /** The sentence the excerpt starts in ("p7s1"); "p0s1" for the headline. */
  sentenceId: string;
  text: string;
}

/** Where an answer comes from. */
export type AnswerSource = "record" | "sentences" | "attendance" | "quotes" | "description";

/** One part of a question (most questions have one), answered or not stated. */
export interface PartAnswer {
  /** The part as asked. */
  question: string;
  status: "answered" | "not_found";
  source: AnswerSource | null;
  /** A heading for the answer: the curated question, or what was found. */
  title: string;
  /**
   * A plain answer in the records' own words, where a curated record gives one; for a part not
   * stated, what a record says the story leaves out.
   */
  answer: string | null;
  /** The excerpts that carry the answer, most relevant first; none when not stated. */
  citations: CitedExcerpt[];
  /** The curated record that answered, if one did. */
  record: { id: string; question: string } | null;
  /** Confidence of the answer, or of the nearest miss, 0..1. */
  score: number;
  /** Why it was not answered, in a few words, for logs and tests. */
  reason: string | null;
}

/**
 * What retrieval gives every caller. `answered`: at least one part is answered, each from
 * verbatim excerpts; the other parts are reported as not stated. `not_found`: the story does
 * not answer any part; suggestions name questions it does answer. `empty`: nothing was asked
 * (only a mention, only emoji).
 */
export interface AskResult {
  status: "answered" | "not_found" | "empty";
  parts: PartAnswer[];
  /** Every answered part's excerpts: each part's first, then the rest. */
  citations: CitedExcerpt[];
  /** The nearest curated questions, best first, for a question the story does not answer. */
  suggestions: string[];
}
