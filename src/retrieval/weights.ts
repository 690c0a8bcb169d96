import type { Unit } from "./analyzer.js";

/** A word the story never uses weighs this many times its rarest word: it is a constraint the story lacks. */
export const UNSEEN_WEIGHT_FACTOR = 1.6;
/** A light word ("name", "located") weighs this share of what its rarity says. */
export const LIGHT_WEIGHT = 0.35;
/** Even the commonest word keeps this weight. */
const MIN_WEIGHT = 0.05;

/**
 * Inverse document frequency over a story's passages: a key most passages share (the country,
 * "talks") weighs little; a key none holds weighs most, so that an unknown word in a question
 * pulls its coverage down and leads to an honest "not found".
 */
export class KeyWeights {
  private readonly frequency = new Map<number, number>();
  private readonly unseen: number;

  constructor(
    private readonly documentCount: number,
    documents: Iterable<Iterable<number>>,
  ) {
    for (const document of documents) {
      for (const key of new Set(document)) {
        this.frequency.set(key, (this.frequency.get(key) ?? 0) + 1);
      }
    }
    this.unseen = this.idf(0) * UNSEEN_WEIGHT_FACTOR;
  }

  private idf(frequency: number): number {
    return Math.log((this.documentCount + 1) / (frequency + 0.5));
  }

  /** Whether any passage holds any reading of a unit. */
  isSeen(unit: Unit): boolean {
    return unit.keys.some((key) => this.frequency.has(key));
  }

  /** What one key weighs: its rarity, or the unseen weight when no passage holds it. */
  ofKey(key: number): number {
    const frequency = this.frequency.get(key);
    return frequency === undefined ? this.unseen : Math.max(MIN_WEIGHT, this.idf(frequency));
  }

  /**
   * A unit weighs what its commonest reading weighs: any reading may be what was meant. A light
   * word the story never uses ("situated", "exactly") weighs nothing: it frames the question.
   */
  of(unit: Unit): number {
    if (unit.light && !this.isSeen(unit)) return 0;
    let weight = this.unseen;
    for (const key of unit.keys) weight = Math.min(weight, this.ofKey(key));
    return unit.light ? weight * LIGHT_WEIGHT : weight;
  }
}

/** A question's units with their weights, computed once per question. */
export interface Query {
  units: Unit[];
  weights: number[];
  total: number;
}

/**
 * A long question carries filler the story never uses ("walk me through", "bigger picture"):
 * from this many units, a word no passage holds weighs as a light word does.
 */
export const LONG_QUESTION_UNITS = 9;

export function weigh(
  units: Unit[],
  weights: KeyWeights,
  /** The whole question is long, though this part of it may not be. */
  long = units.length >= LONG_QUESTION_UNITS,
): Query {
  const unitWeights = units.map((unit) =>
    long && !weights.isSeen(unit) ? weights.of({ ...unit, light: true }) : weights.of(unit),
  );
  return { units, weights: unitWeights, total: unitWeights.reduce((sum, w) => sum + w, 0) };
}

/** Whether any reading of a unit is among some keys. */
export function holds(keys: ReadonlySet<number>, unit: Unit): boolean {
  for (const key of unit.keys) if (keys.has(key)) return true;
  return false;
}
