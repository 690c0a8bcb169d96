import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { OPPOSITES } from "../../src/language/antonyms.js";

const opposites = (word: string) => OPPOSITES.get(stemmer(word)) ?? [];

describe("everyday opposites", () => {
  it("pairs words that ask for another fact: imports are not exports", () => {
    expect(opposites("imports")).toContain(stemmer("export"));
    expect(opposites("first")).toContain(stemmer("last"));
  });

  it("does not pair converses, which state the same fact from the other side", () => {
    expect(opposites("bought")).not.toContain(stemmer("sell"));
    expect(opposites("win")).not.toContain(stemmer("lose"));
  });
});
