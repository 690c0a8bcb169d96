import type { QaRecord } from "../story/schema.js";
import { type Analyzer, isEntityKey, type Unit } from "./analyzer.js";
import { type QuestionType, questionType } from "./question-type.js";
import { coverage, KeyWeights, overlap } from "./weights.js";

interface IndexedRecord {
  record: QaRecord;
  /** Keys of the question, its phrasings and keywords: how people ask for this record. */
  asked: Set<string>;
  /** Keys of everything, answer and citations included: what the record knows about. */
  known: Set<string>;
  phrasings: Set<string>[];
  /** The kinds of answer its phrasings ask for ("when", "who"…). */
  types: Set<QuestionType>;
  /** The entities it knows about. */
  entities: Set<string>;
}

export interface RankedRecord {
  record: QaRecord;
  known: Set<string>;
  /** 0..1: how well the record matches the question. */
  score: number;
}

export interface Combination {
  records: RankedRecord[];
  /** 0..1: share of the question's weight the chosen records know about together. */
  coverage: number;
}

/** Weights of the three signals in a record's score; they sum to 1. */
const SIGNALS = { asked: 0.3, known: 0.4, phrased: 0.3 };
/**
 * A record that never answers the kind of question asked ("when" to a "who" record), or that
 * does not know an entity the question names, is far less likely to be the answer.
 */
const TYPE_MISMATCH = 0.7;
const ENTITY_MISMATCH = 0.7;
/** Only a question this long (in units) may be answered by several records together. */
const MULTI_PART_UNITS = 7;
/** A further record joins an answer when it covers at least this share of the question more. */
const MIN_GAIN = 0.12;
const MAX_COMBINED = 3;

/**
 * Ranks curated question–answer records for a question by weighted concept overlap, so that
 * paraphrase and word order matter less than meaning. Built once per story.
 */
export class QuestionMatcher {
  private readonly indexed: IndexedRecord[];
  readonly weights: KeyWeights;

  constructor(records: QaRecord[], analyzer: Analyzer) {
    this.indexed = records.map((record) => {
      const phrasings = [record.question, ...record.phrasings, ...record.keywords].map((text) =>
        analyzer.keysOf(text),
      );
      const asked = new Set(phrasings.flatMap((keys) => [...keys]));
      const known = new Set([
        ...asked,
        ...analyzer.keysOf(record.answer),
        ...record.citations.flatMap((citation) => [...analyzer.keysOf(citation.text)]),
      ]);
      const types = new Set(
        [record.question, ...record.phrasings]
          .map(questionType)
          .filter((type): type is QuestionType => type !== undefined),
      );
      const entities = new Set([...known].filter(isEntityKey));
      return { record, asked, known, phrasings, types, entities };
    });
    this.weights = new KeyWeights(this.indexed.map((entry) => entry.known));
  }

  rank(units: Unit[], type: QuestionType | undefined): RankedRecord[] {
    if (units.length === 0) return [];
    const named = units.filter((unit) => unit.keys.some(isEntityKey));
    return this.indexed
      .map((entry, order) => {
        const phrased = Math.max(
          ...entry.phrasings.map((keys) => overlap(units, keys, this.weights)),
        );
        const matched =
          SIGNALS.asked * coverage(units, entry.asked, this.weights) +
          SIGNALS.known * coverage(units, entry.known, this.weights) +
          SIGNALS.phrased * phrased;
        const typeFits = type === undefined || entry.types.has(type);
        const entitiesKnown = named.every((unit) =>
          unit.keys.some((key) => entry.entities.has(key)),
        );
        const score =
          matched * (typeFits ? 1 : TYPE_MISMATCH) * (entitiesKnown ? 1 : ENTITY_MISMATCH);
        return { record: entry.record, known: entry.known, score, order };
      })
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ record, known, score }) => ({ record, known, score }));
  }

  /**
   * The best record, joined by the next records that each answer a further part of a
   * multi-part question, and how much of the question they cover together.
   */
  combine(units: Unit[], ranked: RankedRecord[]): Combination {
    const [best, ...rest] = ranked;
    if (!best) return { records: [], coverage: 0 };
    if (units.length < MULTI_PART_UNITS) return { records: [best], coverage: best.score };
    const chosen = [best];
    const known = new Set(best.known);
    let covered = coverage(units, known, this.weights);
    for (const candidate of rest.slice(0, 8)) {
      if (chosen.length >= MAX_COMBINED) break;
      const together = coverage(units, new Set([...known, ...candidate.known]), this.weights);
      if (together - covered >= MIN_GAIN) {
        chosen.push(candidate);
        for (const key of candidate.known) known.add(key);
        covered = together;
      }
    }
    return { records: chosen, coverage: covered };
  }
}
