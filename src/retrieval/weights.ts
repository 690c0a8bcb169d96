import type { Unit } from "./analyzer.js";

/**
 * Inverse document frequency over the story's answer records: a key most records share (the
 * country, "talks") weighs little; a key no record holds weighs most, so an unknown word in a
 * question pulls its coverage down and leads to an honest "not found".
 */
export class KeyWeights {
  private readonly documentFrequency = new Map<string, number>();
  private readonly unseen: number;

  constructor(
    private readonly documentCount: number,
    documents: Iterable<Set<string>>,
    /**
     * A word no record holds weighs this many times the rarest word one does: a question about
     * something the story never mentions should be refused, not answered from its other words.
     */
    unseenFactor: number,
  ) {
    for (const document of documents) {
      for (const key of document) {
        this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
      }
    }
    this.unseen = this.idf(0) * unseenFactor;
  }

  private idf(frequency: number): number {
    return Math.log((this.documentCount + 1) / (frequency + 0.5));
  }

  of(key: string): number {
    const frequency = this.documentFrequency.get(key);
    return frequency === undefined ? this.unseen : Math.max(0.05, this.idf(frequency));
  }

  /** Whether no record holds any reading of a unit: a word the story never uses. */
  isUnseen(unit: Unit): boolean {
    return unit.keys.every((key) => !this.documentFrequency.has(key));
  }

  /** A unit weighs what its rarest-known reading weighs. */
  ofUnit(unit: Unit): number {
    let weight = Number.POSITIVE_INFINITY;
    for (const key of unit.keys) weight = Math.min(weight, this.of(key));
    return weight;
  }

  /** The sum of the weights of a set of keys. */
  total(keys: Iterable<string>): number {
    let sum = 0;
    for (const key of keys) sum += this.of(key);
    return sum;
  }
}

/** A question's units with their weights, computed once per question. */
export interface WeightedQuery {
  units: Unit[];
  weights: number[];
  total: number;
}

export function weigh(units: Unit[], weights: KeyWeights): WeightedQuery {
  const unitWeights = units.map((unit) => weights.ofUnit(unit));
  return {
    units,
    weights: unitWeights,
    total: unitWeights.reduce((sum, weight) => sum + weight, 0),
  };
}

/** Share of the query's weight found in any of the given key sets, 0..1. */
export function coverage(query: WeightedQuery, ...keySets: Set<string>[]): number {
  if (query.total === 0) return 0;
  let found = 0;
  query.units.forEach((unit, index) => {
    if (unit.keys.some((key) => keySets.some((keys) => keys.has(key)))) {
      found += query.weights[index] ?? 0;
    }
  });
  return found / query.total;
}

/**
 * Weighted Dice overlap between a query and one phrasing (whose keys weigh `keysWeight` in
 * all), 0..1: rewards phrasings of the same size.
 */
export function overlap(query: WeightedQuery, keys: Set<string>, keysWeight: number): number {
  const denominator = query.total + keysWeight;
  if (denominator === 0) return 0;
  let shared = 0;
  query.units.forEach((unit, index) => {
    if (unit.keys.some((key) => keys.has(key))) shared += query.weights[index] ?? 0;
  });
  return Math.min(1, (2 * shared) / denominator);
}
