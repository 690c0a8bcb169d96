import { describe, expect, it } from "vitest";
import { words } from "../../src/language/fold.js";
import { isNegated } from "../../src/retrieval/evidence.js";

describe("whether a text negates what it says", () => {
  it("negates with not, never or no", () => {
    expect(isNegated(words("It would not take part"))).toBe(true);
    expect(isNegated(words("It never became a state"))).toBe(true);
    expect(isNegated(words("did russia or iran not attend"))).toBe(true);
  });

  it("negates nothing with “whether or not” or “may or may not”", () => {
    expect(isNegated(words("whether or not a problem can be solved"))).toBe(false);
    expect(isNegated(words("how powerful a machine may or may not be"))).toBe(false);
  });
});
