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
 * What retrieval gives every caller. `answered` with basis `curated` is an answer from curated
 * records; basis `passages` means no record was confident and the citations are the closest
 * article passages, to be labelled as such. `not_found` carries no citations, only suggestions.
 */
export interface AskResult {
  status: "answered" | "not_found";
  basis: "curated" | "passages" | null;
  records: MatchedRecord[];
  citations: CitedExcerpt[];
  /** Confidence of the best match, 0..1, compared with the story's tuned thresholds. */
  score: number;
  /** The nearest curated questions, best first. */
  suggestions: string[];
}
