import type { RetrievalTuning } from "../story/schema.js";

/**
 * The retrieval settings a story may override in its retrieval.json, with their defaults. The
 * answerability gate's bars are not among them: they are the same for every story (gate.ts).
 */
export const DEFAULT_TUNING = {
  /** A curated record answers when its score reaches this (and it fits: gate.ts). */
  answerThreshold: 0.5,
  /** A name resolves to an entity when its similarity to a name or alias is at least this (1 is exact). */
  speakerThreshold: 0.6,
  /** How a Q&A record is scored against a question (records.ts). */
  scoring: {
    /** Weights of the three signals: coverage by the record's phrasings, by all it cites, best phrasing overlap. */
    asked: 0.3,
    known: 0.4,
    phrased: 0.3,
    /** Factor for a record that never answers the kind of question asked ("when", "who"…). */
    typeMismatch: 0.7,
    /** Factor for a record that does not know an entity the question names. */
    entityMismatch: 0.7,
  },
};

export type Tuning = typeof DEFAULT_TUNING;

/** A story's settings: its own where it has them, the defaults elsewhere. */
export function resolveTuning(own: RetrievalTuning): Tuning {
  return {
    ...DEFAULT_TUNING,
    ...own,
    scoring: { ...DEFAULT_TUNING.scoring, ...own.scoring },
  };
}
