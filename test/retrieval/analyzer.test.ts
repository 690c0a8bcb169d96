import { describe, expect, it } from "vitest";
import { words } from "../../src/language/fold.js";
import { Analyzer } from "../../src/retrieval/analyzer.js";
import { entityNamed } from "../helpers.js";

const entities = [
  entityNamed("un", "United Nations", ["UN", "the UN"], "organisation"),
  entityNamed("jones", "Mary Jones", ["Jones", "UN spokeswoman"]),
  entityNamed("france", "France", [], "country"),
  entityNamed("united-states", "United States", ["U.S."], "country"),
];
const analyzer = new Analyzer({ synonyms: [["harbour bridge", "the crossing"]] }, entities, [
  "The United Nations said the council will vote on the harbour bridge and plans a siege of the budget.",
]);
const analyze = (text: string) => analyzer.analyzeWords(words(text));
const names = (text: string) =>
  analyze(text).map((unit) => unit.keys.map((key) => analyzer.keys.name(key)));
const keysOf = (text: string) =>
  new Set([...analyzer.keysOf(text)].map((key) => analyzer.keys.name(key)));

describe("a text analysed into concept units", () => {
  it("corrects a misspelt word to one the story uses", () => {
    expect(analyzer.spell("seige")).toBe("siege");
    expect(analyzer.spell("councel")).toBe("council");
  });

  it("never corrects a real English word into another the story uses", () => {
    expect(analyzer.spell("clans")).toBe("clans");
  });

  it("reads a paraphrase of the shared English layer as one concept", () => {
    expect(keysOf("will they take part")).toEqual(expect.objectContaining({}));
    expect([...keysOf("will they take part")]).toContain("~attend");
    expect([...keysOf("who is going to attend")]).toContain("~attend");
  });

  it("reads a group of the story's own lexicon as one concept", () => {
    expect(names("the crossing")[0]).toContain("~story:harbour bridg");
  });

  it("prefers a whole name to a part of another: united nations is the UN, not the United States", () => {
    const keys = names("what did the united nations say")[0];
    expect(keys).toContain("@un");
    expect(keys).not.toContain("@united-states");
  });

  it("reads an alias that starts after an article: the UN spokeswoman is Jones", () => {
    expect(names("what did the UN spokeswoman say")[0]).toContain("@jones");
  });

  it("reads a capital and a people as their country", () => {
    expect(names("what does Paris think")[0]).toContain("@france");
    expect(names("the French")[0]).toContain("@france");
  });

  it("reads a country the story never names as a concept too: Tehran is Iran", () => {
    expect(names("Tehran")[0]).toContain("~country:iran");
    expect(names("Iran")[0]).toContain("~country:iran");
  });

  it("drops stop words, question words and the kind of answer asked for", () => {
    expect(analyze("hey so when will the vote be?").map((unit) => unit.text)).toEqual(["vote"]);
    expect(analyze("how many votes").map((unit) => unit.text)).toEqual(["votes"]);
  });

  it("leaves negation to the gate: “not” is no word to match, so “never” can answer it", () => {
    expect(analyze("was the vote not held").map((unit) => unit.text)).toEqual(["vote", "held"]);
  });

  it("keeps a passage's words that would name the kind of answer in a question", () => {
    expect([...keysOf("The bridge opened in the 16th century")]).toContain("centuri");
  });

  it("reads a number after “what” as how many answers are wanted, not a number to find", () => {
    expect(analyze("what two votes failed").map((unit) => unit.text)).toEqual(["votes", "failed"]);
  });

  it("lets a passage answer for the plain words of its phrases", () => {
    expect([...keysOf("the harbour bridge")]).toContain("bridg");
  });
});
