/** A verbatim excerpt shown as evidence, located in the article. */
export interface CitedExcerpt {
  paragraph: number;
  /** The sentence the excerpt starts in ("p7s1"); "p0s1" for the headline. */
  sentenceId: string;
  text: string;
}

export interface MatchedRecord {
  id: string;
  question: string;
  answer: string;
  score: number;
}

/**
 * What retrieval gives every caller. `answered` is an answer from curated records, proven by
 * its citations. `not_found` carries no citations, only suggestions and, when an article
 * sentence is very close to the question, that sentence as a passage to show for what it is:
 * the closest passage, not an answer.
 */
export interface AskResult {
  status: "answered" | "not_found";
  records: MatchedRecord[];
  citations: CitedExcerpt[];
  passages: CitedExcerpt[];
  /** Confidence of the best match, 0..1, compared with the story's tuned thresholds. */
  score: number;
  /** The nearest curated questions, best first. */
  suggestions: string[];
}
