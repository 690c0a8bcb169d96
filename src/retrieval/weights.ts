import type { Unit } from "./analyzer.js";

/**
 * Inverse document frequency over the story's answer records: a key most records share
 * (the country, "talks") weighs little; a key no record holds weighs most, so an unknown word in a
 * question ("Iran", "died") pulls its coverage down and leads to an honest "not found".
 */
export class KeyWeights {
  private readonly documentFrequency = new Map<string, number>();
  private readonly unseen: number;

  constructor(private readonly documents: Set<string>[]) {
    for (const document of documents) {
      for (const key of document) {
        this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1);
      }
    }
    this.unseen = this.idf(0);
  }

  private idf(frequency: number): number {
    return Math.log((this.documents.length + 1) / (frequency + 0.5));
  }

  of(key: string): number {
    const frequency = this.documentFrequency.get(key);
    return frequency === undefined ? this.unseen : Math.max(0.05, this.idf(frequency));
  }

  /** A unit weighs what its rarest-known reading weighs. */
  ofUnit(unit: Unit): number {
    return Math.min(...unit.keys.map((key) => this.of(key)));
  }
}

/** Share of the query's weight found in a set of keys, 0..1. */
export function coverage(units: Unit[], keys: Set<string>, weights: KeyWeights): number {
  let total = 0;
  let found = 0;
  for (const unit of units) {
    const weight = weights.ofUnit(unit);
    total += weight;
    if (unit.keys.some((key) => keys.has(key))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** Weighted Dice overlap between a query and one phrasing, 0..1: rewards phrasings of the same size. */
export function overlap(units: Unit[], keys: Set<string>, weights: KeyWeights): number {
  let queryWeight = 0;
  let shared = 0;
  const matched = new Set<string>();
  for (const unit of units) {
    const weight = weights.ofUnit(unit);
    queryWeight += weight;
    const hit = unit.keys.find((key) => keys.has(key) && !matched.has(key));
    if (hit !== undefined) {
      shared += weight;
      matched.add(hit);
    }
  }
  let phrasingWeight = 0;
  for (const key of keys) phrasingWeight += weights.of(key);
  const denominator = queryWeight + phrasingWeight;
  return denominator === 0 ? 0 : (2 * shared) / denominator;
}
