import type { QaRecord } from "../story/schema.js";
import { type Analyzer, isEntityKey, type Unit } from "./analyzer.js";
import { type QuestionType, questionType } from "./question-type.js";
import type { Tuning } from "./tuning.js";
import { coverage, KeyWeights, overlap, type WeightedQuery, weigh } from "./weights.js";

type Scoring = Tuning["scoring"];

interface Phrasing {
  keys: Set<string>;
  weight: number;
}

interface IndexedRecord {
  record: QaRecord;
  order: number;
  /** Keys of the question, its phrasings and keywords: how people ask for this record. */
  asked: Set<string>;
  /** Keys of everything, answer and citations included: what the record knows about. */
  known: Set<string>;
  phrasings: Phrasing[];
  /** The kinds of answer its phrasings ask for ("when", "who"…). */
  types: Set<QuestionType>;
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

/** At most this many records answer a multi-part question together. */
const MAX_COMBINED = 3;
/** Records scored in full for a question: the ones sharing the most weight with it. */
const MAX_CANDIDATES = 25;
/** Records considered for joining a multi-part answer. */
const COMBINE_CANDIDATES = 8;

/**
 * Ranks curated question–answer records for a question by weighted concept overlap, so that
 * paraphrase and word order matter less than meaning. Built once per story; a question only
 * scores the records that share a concept with it (an inverted index).
 */
export class QuestionMatcher {
  private readonly indexed: IndexedRecord[];
  private readonly byKey = new Map<string, IndexedRecord[]>();
  readonly weights: KeyWeights;

  constructor(
    records: QaRecord[],
    analyzer: Analyzer,
    /** The story's tuned scoring (retrieval.json). */
    private readonly scoring: Scoring,
  ) {
    const prepared = records.map((record, order) => {
      const phrasingKeys = [record.question, ...record.phrasings, ...record.keywords].map((text) =>
        analyzer.keysOf(text),
      );
      const asked = new Set(phrasingKeys.flatMap((keys) => [...keys]));
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
      return {
        record,
        order,
        asked,
        known,
        phrasingKeys,
        types,
      };
    });
    this.weights = new KeyWeights(
      prepared.length,
      prepared.map((entry) => entry.known),
      scoring.unseenWordFactor,
    );
    this.indexed = prepared.map(({ phrasingKeys, ...entry }) => ({
      ...entry,
      phrasings: phrasingKeys.map((keys) => ({ keys, weight: this.weights.total(keys) })),
    }));
    for (const entry of this.indexed) {
      for (const key of entry.known) {
        const list = this.byKey.get(key) ?? [];
        list.push(entry);
        this.byKey.set(key, list);
      }
    }
  }

  /**
   * The records worth scoring in full: those sharing the most question weight, found through
   * the inverted index, so that a long story costs little more per question than a short one.
   */
  private candidates(query: WeightedQuery): IndexedRecord[] {
    const shared = new Map<IndexedRecord, number>();
    query.units.forEach((unit, index) => {
      const seen = new Set<IndexedRecord>();
      for (const key of unit.keys) {
        for (const entry of this.byKey.get(key) ?? []) {
          if (seen.has(entry)) continue;
          seen.add(entry);
          shared.set(entry, (shared.get(entry) ?? 0) + (query.weights[index] ?? 0));
        }
      }
    });
    return [...shared]
      .sort(([a, x], [b, y]) => y - x || a.order - b.order)
      .slice(0, MAX_CANDIDATES)
      .map(([entry]) => entry);
  }

  rank(units: Unit[], type: QuestionType | undefined): RankedRecord[] {
    if (units.length === 0) return [];
    const query = weigh(units, this.weights);
    const named = units.filter((unit) => unit.keys.some(isEntityKey));
    return this.candidates(query)
      .map((entry) => {
        let phrased = 0;
        for (const phrasing of entry.phrasings) {
          phrased = Math.max(phrased, overlap(query, phrasing.keys, phrasing.weight));
        }
        const matched =
          this.scoring.asked * coverage(query, entry.asked) +
          this.scoring.known * coverage(query, entry.known) +
          this.scoring.phrased * phrased;
        const typeFits = type === undefined || entry.types.has(type);
        // A name read another way too (a capital for its government) is known either way.
        const entitiesKnown = named.every((unit) => unit.keys.some((key) => entry.known.has(key)));
        const score =
          matched *
          (typeFits ? 1 : this.scoring.typeMismatch) *
          (entitiesKnown ? 1 : this.scoring.entityMismatch);
        return { record: entry.record, known: entry.known, score, order: entry.order };
      })
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ record, known, score }) => ({ record, known, score }));
  }

  /** A question's units weighed once, for {@link coverage} against other key sets. */
  weigh(units: Unit[]): WeightedQuery {
    return weigh(units, this.weights);
  }

  /**
   * The best record, joined by the next records that each answer a further part of a
   * multi-part question, and how much of the question they cover together.
   */
  combine(units: Unit[], ranked: RankedRecord[]): Combination {
    const [best, ...rest] = ranked;
    if (!best) return { records: [], coverage: 0 };
    if (units.length < this.scoring.multiPartMinUnits)
      return { records: [best], coverage: best.score };
    // A long question carries filler the story never uses ("walk me through", "bigger
    // picture"); whether its parts are answered is judged on the words the story knows.
    const query = weigh(
      units.filter((unit) => !this.weights.isUnseen(unit)),
      this.weights,
    );
    const chosen = [best];
    let covered = coverage(query, best.known);
    for (const candidate of rest.slice(0, COMBINE_CANDIDATES)) {
      if (chosen.length >= MAX_COMBINED) break;
      const together = coverage(query, ...chosen.map((entry) => entry.known), candidate.known);
      if (together - covered >= this.scoring.multiPartMinGain) {
        chosen.push(candidate);
        covered = together;
      }
    }
    return { records: chosen, coverage: covered };
  }
}
