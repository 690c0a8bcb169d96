import { describe, expect, it } from "vitest";
import { foldText, stem, words } from "../../src/language/fold.js";

describe("the one text fold", () => {
  it("reads every word as a word, even one an object has as a property", () => {
    expect(words("The constructor built it")).toEqual(["the", "constructor", "built", "it"]);
  });

  it("drops every thousands separator of a number", () => {
    expect(words("1,000,000 people")).toEqual(["1000000", "people"]);
  });

  it("reads “tell us” as the pronoun, “the US” and “US officials” as the country", () => {
    expect(words("tell us who")).not.toContain("us");
    expect(words("is the US going")).toContain("us");
    expect(words("tell US officials")).toContain("us");
  });

  it("reads U.S., u.s and US as one word", () => {
    expect(words("U.S.")).toEqual(words("us"));
    expect(words("u.s")).toEqual(["us"]);
  });

  it("joins an Arabic article to its name however it is written", () => {
    expect(words("al-Sham")).toEqual(["alsham"]);
    expect(words("al sham")).toEqual(["alsham"]);
  });

  it("takes accents off and lower-cases", () => {
    expect(foldText("Stéphane Genève")).toBe("stephane geneve");
  });

  it("reads n't as not, typed with an apostrophe or without", () => {
    expect(words("won't go")).toEqual(["will", "not", "go"]);
    expect(words("doesnt attend")).toEqual(["not", "attend"]);
  });

  it("reads chat spellings as their words", () => {
    expect(words("whos goin")).toEqual(["who", "going"]);
  });

  it("reads month names as one form, and ordinals as their number", () => {
    expect(words("January 9th")).toEqual(["jan", "9"]);
  });
});

describe("the matching form of a word", () => {
  it("folds regular inflections", () => {
    expect(stem("attending")).toBe(stem("attend"));
  });

  it("folds irregular past tenses to their base", () => {
    expect(stem("grew")).toBe(stem("grow"));
    expect(stem("fought")).toBe(stem("fight"));
  });

  it("keeps a word with a double consonant together with its -ing form", () => {
    expect(stem("boycotting")).toBe(stem("boycott"));
  });

  it("leaves numbers as they are", () => {
    expect(stem("1356")).toBe("1356");
  });
});
