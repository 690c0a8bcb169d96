import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/story/sentences.js";

describe("splitting a paragraph into sentences", () => {
  it("keeps abbreviations such as U.S. and U.N. inside a sentence", () => {
    expect(splitSentences("The U.S. and the U.N. agreed. Then they met.")).toEqual([
      "The U.S. and the U.N. agreed.",
      "Then they met.",
    ]);
  });

  it("keeps dates such as Jan. 19 and Dec. 30, 2016 whole", () => {
    expect(splitSentences("It began on Jan. 19. It ended on Dec. 30, 2016. Then peace.")).toEqual([
      "It began on Jan. 19.",
      "It ended on Dec. 30, 2016.",
      "Then peace.",
    ]);
  });

  it("keeps a paragraph with no final period as a sentence", () => {
    expect(splitSentences("One thing happened. Another followed without a period")).toEqual([
      "One thing happened.",
      "Another followed without a period",
    ]);
  });

  it("ends a sentence after a closing quotation mark", () => {
    expect(splitSentences("He said “we are ready.” The talks began. “Good,” she said.")).toEqual([
      "He said “we are ready.”",
      "The talks began.",
      "“Good,” she said.",
    ]);
  });

  it("does not end a sentence at a comma inside a quotation", () => {
    expect(
      splitSentences("“The U.S. have already been invited,” Lavrov told reporters."),
    ).toHaveLength(1);
  });
});
