import { describe, expect, it } from "vitest";
import type { Unit } from "../../src/retrieval/analyzer.js";
import { KeyWeights, LONG_QUESTION_UNITS, weigh } from "../../src/retrieval/weights.js";

const unit = (key: number, light = false): Unit => ({
  keys: [key],
  primary: [key],
  text: `k${key}`,
  entity: false,
  name: false,
  number: false,
  light,
});
// Key 1 is in every passage, key 2 in one, key 3 in none.
const weights = new KeyWeights(4, [[1, 2], [1], [1], [1]]);

describe("how much a word of a question weighs", () => {
  it("weighs a word few passages hold more than one all of them hold", () => {
    expect(weights.of(unit(2))).toBeGreaterThan(weights.of(unit(1)));
  });

  it("weighs a word no passage holds most: a constraint the story lacks", () => {
    expect(weights.of(unit(3))).toBeGreaterThan(weights.of(unit(2)));
  });

  it("weighs a light word for less", () => {
    expect(weights.of(unit(2, true))).toBeLessThan(weights.of(unit(2)));
  });

  it("weighs nothing for a light word no passage holds: it only frames the question", () => {
    expect(weights.of(unit(3, true))).toBe(0);
  });

  it("weighs a part of a long question as long, though the part is short", () => {
    const part = [unit(2), unit(3)];
    expect(weigh(part, weights, true).weights[1]).toBeLessThan(
      weigh(part, weights).weights[1] as number,
    );
  });

  it("weighs words no passage holds less in a long question, which carries filler", () => {
    const short = weigh([unit(2), unit(3)], weights);
    const long = weigh(
      [unit(2), unit(3), ...Array.from({ length: LONG_QUESTION_UNITS }, () => unit(1))],
      weights,
    );
    expect(long.weights[1]).toBeLessThan(short.weights[1] as number);
  });
});
