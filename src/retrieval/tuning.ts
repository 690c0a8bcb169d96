import type { RetrievalTuning } from "../story/schema.js";

/** Every retrieval setting, with its default; a story's retrieval.json may override some. */
export const DEFAULT_TUNING = {
  /** A single curated record answers when its score reaches this. */
  answerThreshold: 0.5,
  /** Several records answer a multi-part question when together they cover this share of it. */
  combinedThreshold: 0.7,
  /** A name resolves to an entity when its similarity to a name or alias is at least this (1 is exact). */
  speakerThreshold: 0.6,
  /** With no confident record, the closest article sentence is shown (as such) from this coverage. */
  passageThreshold: 0.95,
  /** How a Q&A record is scored against a question (see questions.ts). */
  scoring: {
    /** Weights of the three signals: coverage by the record's phrasings, by all it cites, best phrasing overlap. */
    asked: 0.3,
    known: 0.4,
    phrased: 0.3,
    /** Factor for a record that never answers the kind of question asked ("when", "who"…). */
    typeMismatch: 0.7,
    /** Factor for a record that does not know an entity the question names. */
    entityMismatch: 0.7,
    /** How many times the rarest known word a word the story never uses weighs. */
    unseenWordFactor: 1.6,
    /** A question of at least this many concepts may be answered by several records… */
    multiPartMinUnits: 7,
    /** …each adding at least this share of the question's weight. */
    multiPartMinGain: 0.12,
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
