import { describe, expect, it } from "vitest";
import { type Answerability, BARS, passes, recordFits } from "../../src/retrieval/gate.js";

/** Evidence that holds the whole question and contradicts none of it. */
const full: Answerability = {
  direct: 1,
  around: 0,
  elsewhere: 0,
  unseen: 0,
  numberMissing: false,
  kindMissing: false,
  countMissing: null,
  negationMissing: false,
  contrast: null,
  nameMissing: null,
  nameAbsent: null,
  missing: [],
};
const withGap = (share: number, where: "elsewhere" | "unseen"): Answerability => ({
  ...full,
  direct: 1 - share,
  [where]: share,
  missing: ["detail"],
});

describe("the answerability gate", () => {
  it("lets evidence that holds the whole question through both bars", () => {
    expect(passes(full, BARS.curated)).toBe(true);
    expect(passes(full, BARS.open)).toBe(true);
    expect(recordFits(full)).toBe(true);
  });

  it.each([
    ["a number the evidence lacks", { numberMissing: true }],
    ["the kind of answer asked for missing", { kindMissing: true }],
    ["a count of something else", { countMissing: "air strikes" }],
    ["a negation the evidence does not state", { negationMissing: true }],
    ["the opposite of a word asked about", { contrast: "imports" }],
    ["a name its paragraph never mentions", { nameMissing: "Iran", nameAbsent: "Iran" }],
  ])("refuses %s on either bar", (_, mismatch) => {
    const answerability = { ...full, ...mismatch };
    expect(passes(answerability, BARS.curated)).toBe(false);
    expect(passes(answerability, BARS.open)).toBe(false);
    expect(recordFits(answerability)).toBe(false);
  });

  it("refuses on the curated bar a name only the paragraph around the evidence holds", () => {
    const answerability = { ...full, nameMissing: "Smith" };
    expect(passes(answerability, BARS.curated)).toBe(false);
    expect(passes(answerability, BARS.open)).toBe(true);
  });

  it("refuses on the curated bar a question half of whose words the story never uses", () => {
    expect(passes(withGap(0.6, "unseen"), BARS.curated)).toBe(false);
    expect(passes(withGap(0.6, "unseen"), BARS.open)).toBe(true);
  });

  it("refuses on the curated bar a detail the story gives in another passage", () => {
    expect(passes(withGap(0.4, "elsewhere"), BARS.curated)).toBe(false);
    expect(passes(withGap(0.4, "elsewhere"), BARS.open)).toBe(true);
  });

  it("refuses on both bars evidence that holds too little of the question", () => {
    expect(passes(withGap(0.9, "elsewhere"), BARS.open)).toBe(false);
  });

  it("counts what only the paragraph around the evidence holds for less", () => {
    const around = { ...full, direct: 0.3, around: 0.7 };
    expect(recordFits(around)).toBe(true);
    expect(recordFits({ ...full, direct: 0, around: 0.9 })).toBe(false);
  });
});
