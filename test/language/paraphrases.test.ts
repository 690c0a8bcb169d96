import { describe, expect, it } from "vitest";
import { PARAPHRASES, sharedGroup } from "../../src/language/paraphrases.js";

describe("the shared paraphrase groups", () => {
  it("hold the groups the code relies on", () => {
    expect(sharedGroup("attend")).toBe("attend");
    expect(PARAPHRASES.some((group) => group[0] === "not attend")).toBe(true);
  });

  it("stop start-up with the file's name when a group the code relies on is gone", () => {
    expect(() => sharedGroup("no such group")).toThrow(/data\/language\/paraphrases\.json/);
  });
});
