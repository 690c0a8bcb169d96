import { describe, expect, it } from "vitest";
import { words } from "../../src/language/fold.js";
import { asksForSomeonesWords, definitionSubject } from "../../src/language/intents.js";

describe("questions for someone's own words", () => {
  it.each([
    "What did Smith say about the vote?",
    "Did Smith say anything about the bridge?",
    "Smith's exact words on the bridge?",
    "quote Smith on the budget",
  ])("reads %j as asking for someone's words", (question) => {
    expect(asksForSomeonesWords(words(question))).toBe(true);
  });

  it.each([
    "Who said the bridge would open?",
    "When did Smith arrive?",
    "What was it called?",
    "What is the state of the bridge?",
  ])("does not read %j as asking for someone's words", (question) => {
    expect(asksForSomeonesWords(words(question))).toBe(false);
  });
});

describe("questions about what something is", () => {
  it.each([
    ["Who is Jane Smith?", "jane smith"],
    ["what was the steelyard", "steelyard"],
    ["whats the hanse", "hanse"],
    ["tell me about the council", "council"],
    ["What does hanse mean?", "hanse"],
  ])("reads %j as asking about %j", (question, subject) => {
    expect(definitionSubject(words(question))).toMatch(new RegExp(`${subject}$`));
  });

  it("reads no subject from another question", () => {
    expect(definitionSubject(words("When did the council vote?"))).toBeUndefined();
  });
});
