import { describe, expect, it } from "vitest";
import { isEnglishWord } from "../../src/language/dictionary.js";

describe("whether a word is English", () => {
  it("knows everyday words and their inflections", () => {
    for (const word of ["plans", "besieged", "negotiations", "zyzzyvas"]) {
      expect(isEnglishWord(word), word).toBe(true);
    }
  });

  it("does not know a misspelling, a name or nothing", () => {
    for (const word of ["negotiatoins", "lavrov", "zzzq", ""]) {
      expect(isEnglishWord(word), word).toBe(false);
    }
  });
});
