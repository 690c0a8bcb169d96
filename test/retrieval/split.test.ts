import { describe, expect, it } from "vitest";
import { MAX_PARTS, splitQuestion } from "../../src/retrieval/split.js";

describe("a question split into the parts it asks", () => {
  it("splits two questions joined by and", () => {
    expect(splitQuestion("who is going and who is staying away?")).toEqual([
      "who is going",
      "who is staying away?",
    ]);
  });

  it("gives each question word of a shared predicate its own part", () => {
    expect(splitQuestion("when and where do the talks start?")).toEqual([
      "when do the talks start?",
      "where do the talks start?",
    ]);
  });

  it("lets a bare question word ask about the part before it", () => {
    expect(splitQuestion("what did the mayor say and when?")).toEqual([
      "what did the mayor say",
      "when did the mayor say?",
    ]);
  });

  it("splits at a question mark followed by another question", () => {
    expect(splitQuestion("When is the vote? Who counts it?")).toEqual([
      "When is the vote?",
      "Who counts it?",
    ]);
  });

  it("keeps names joined by and in one part", () => {
    expect(splitQuestion("What did Russia and Turkey broker?")).toEqual([
      "What did Russia and Turkey broker?",
    ]);
  });

  it("asks at most three parts", () => {
    expect(
      splitQuestion("who votes and when do they vote and where do they vote and why?"),
    ).toHaveLength(MAX_PARTS);
  });

  it("splits a second question that opens with “and”", () => {
    expect(splitQuestion("Where are the talks? And when?")).toEqual([
      "Where are the talks?",
      "when are the talks?",
    ]);
  });
});
