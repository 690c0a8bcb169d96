import { describe, expect, it } from "vitest";
import { editDistance, FuzzyIndex } from "../../src/retrieval/fuzzy.js";

describe("the one similarity measure", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("seige", "siege")).toBe(1);
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("astanna", "astana")).toBe(1);
    expect(editDistance("lavrof", "lavrov")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("stops past a limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });
});

describe("the one fuzzy index", () => {
  const index = new FuzzyIndex<string>();
  for (const word of ["siege", "side", "syria", "syrian"]) index.add(word, `item:${word}`);

  it("finds the words within an edit distance, closest first", () => {
    expect(index.near("sirya", 2).map((near) => near.word)).toEqual(["syria"]);
    expect(index.near("syrain", 2).map((near) => near.word)).toEqual(["syrian", "syria"]);
  });

  it("finds the words under a prefix", () => {
    expect(index.startingWith("si").sort()).toEqual(["side", "siege"]);
  });

  it("gives the items that hold a word", () => {
    expect(index.itemsOf("side")).toEqual(["item:side"]);
    expect(index.itemsOf("nothing")).toEqual([]);
  });
});
