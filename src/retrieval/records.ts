import { type AnswerKind, answerKindOf } from "../language/question-kinds.js";
import type { QaRecord } from "../story/schema.js";
import type { Analyzer, Unit } from "./analyzer.js";
import type { Tuning } from "./tuning.js";
import { KeyWeights, weigh } from "./weights.js";

type Scoring = Tuning["scoring"];

interface IndexedRecord {
  record: QaRecord;
  order: number;
  /** Keys of everything, answer and citations included: what the record knows about. */
  known: Set<number>;
  /** Its question, phrasings and keywords, as indexes into the matcher's phrasings. */
  phrasings: number[];
  /** The kinds of answer its phrasings ask for ("when", "who"…). */
  kinds: Set<AnswerKind>;
}

export interface RankedRecord {
  record: QaRecord;
  known: Set<number>;
  /** 0..1: how well the record matches the question. */
  score: number;
}

/**
 * A question is scored on at most this many units (one bit each); longer questions are cut, the
 * rest of their words counting for nothing.
 */
const MAX_UNITS = 31;

/** Adds a posting to an inverted index from keys to numbers (records, phrasings). */
function post(index: Map<number, number[]>, key: number, value: number): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}

/**
 * Ranks curated question–answer records for a question by weighted concept overlap, so that
 * paraphrase and word order matter less than meaning: the share of the question its phrasings
 * cover, the share everything it knows covers, and its best phrasing's overlap, less when it
 * never answers the kind of question asked or does not know a name the question uses.
 *
 * Built once per story. A question marks, through inverted indexes from keys to phrasings and to
 * records, which of its units each phrasing and record holds (one bit per unit), so scoring walks
 * postings rather than comparing sets.
 */
export class RecordMatcher {
  private readonly indexed: IndexedRecord[];
  private readonly phrasingOwner: Int32Array;
  private readonly phrasingWeight: Float64Array;
  private readonly phrasingsByKey = new Map<number, number[]>();
  private readonly recordsByKey = new Map<number, number[]>();
  /** Scratch masks, one per phrasing and per record, cleared after each question. */
  private readonly phrasingMask: Int32Array;
  private readonly knownMask: Int32Array;
  private readonly askedMask: Int32Array;
  readonly weights: KeyWeights;

  constructor(
    records: QaRecord[],
    analyzer: Analyzer,
    private readonly scoring: Scoring,
  ) {
    const phrasingKeys: Set<number>[] = [];
    const owners: number[] = [];
    this.indexed = records.map((record, order) => {
      const phrasings = [record.question, ...record.phrasings, ...record.keywords].map((text) => {
        phrasingKeys.push(analyzer.keysOf(text));
        owners.push(order);
        return phrasingKeys.length - 1;
      });
      const known = new Set(phrasings.flatMap((index) => [...(phrasingKeys[index] ?? [])]));
      for (const text of [record.answer, ...record.citations.map((citation) => citation.text)]) {
        for (const key of analyzer.keysOf(text)) known.add(key);
      }
      const kinds = new Set(
        [record.question, ...record.phrasings]
          .map(answerKindOf)
          .filter((kind): kind is AnswerKind => kind !== undefined),
      );
      return { record, order, known, phrasings, kinds };
    });
    this.weights = new KeyWeights(
      this.indexed.length,
      this.indexed.map((entry) => entry.known),
    );
    this.phrasingOwner = Int32Array.from(owners);
    this.phrasingWeight = Float64Array.from(phrasingKeys, (keys) => {
      let total = 0;
      for (const key of keys) total += this.weights.ofKey(key);
      return total;
    });
    phrasingKeys.forEach((keys, index) => {
      for (const key of keys) post(this.phrasingsByKey, key, index);
    });
    for (const entry of this.indexed) {
      for (const key of entry.known) post(this.recordsByKey, key, entry.order);
    }
    this.phrasingMask = new Int32Array(phrasingKeys.length);
    this.knownMask = new Int32Array(this.indexed.length);
    this.askedMask = new Int32Array(this.indexed.length);
  }

  rank(allUnits: Unit[], kind: AnswerKind | undefined): RankedRecord[] {
    const units = allUnits.slice(0, MAX_UNITS);
    if (units.length === 0) return [];
    const { weights, total } = weigh(units, this.weights);
    const weightOf = (mask: number) => {
      let sum = 0;
      for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) sum += weights[bit] ?? 0;
      return sum;
    };
    let namedMask = 0;
    const touchedPhrasings: number[] = [];
    const touchedRecords: number[] = [];
    units.forEach((unit, bit) => {
      const flag = 1 << bit;
      if (unit.entity) namedMask |= flag;
      for (const key of unit.keys) {
        for (const phrasing of this.phrasingsByKey.get(key) ?? []) {
          if (this.phrasingMask[phrasing] === 0) touchedPhrasings.push(phrasing);
          this.phrasingMask[phrasing] = (this.phrasingMask[phrasing] as number) | flag;
        }
        for (const record of this.recordsByKey.get(key) ?? []) {
          if (this.knownMask[record] === 0) touchedRecords.push(record);
          this.knownMask[record] = (this.knownMask[record] as number) | flag;
        }
      }
    });
    const phrased = new Map<number, number>();
    for (const phrasing of touchedPhrasings) {
      const mask = this.phrasingMask[phrasing] as number;
      const owner = this.phrasingOwner[phrasing] as number;
      this.askedMask[owner] = (this.askedMask[owner] as number) | mask;
      // Weighted Dice overlap: rewards phrasings of the question's own size.
      const denominator = total + (this.phrasingWeight[phrasing] as number);
      const overlap = denominator === 0 ? 0 : Math.min(1, (2 * weightOf(mask)) / denominator);
      phrased.set(owner, Math.max(phrased.get(owner) ?? 0, overlap));
      this.phrasingMask[phrasing] = 0;
    }
    const ranked = touchedRecords.map((order) => {
      const entry = this.indexed[order] as IndexedRecord;
      const known = this.knownMask[order] as number;
      const asked = this.askedMask[order] as number;
      const matched =
        total === 0
          ? 0
          : this.scoring.asked * (weightOf(asked) / total) +
            this.scoring.known * (weightOf(known) / total) +
            this.scoring.phrased * (phrased.get(order) ?? 0);
      const kindFits = kind === undefined || entry.kinds.has(kind);
      const namesKnown = (known & namedMask) === namedMask;
      this.knownMask[order] = 0;
      this.askedMask[order] = 0;
      return {
        record: entry.record,
        known: entry.known,
        score:
          matched *
          (kindFits ? 1 : this.scoring.typeMismatch) *
          (namesKnown ? 1 : this.scoring.entityMismatch),
        order,
      };
    });
    return ranked
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ record, known, score }) => ({ record, known, score }));
  }
}
