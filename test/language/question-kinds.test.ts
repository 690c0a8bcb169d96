import { describe, expect, it } from "vitest";
import { words } from "../../src/language/fold.js";
import { answerKindOf, countedWords } from "../../src/language/question-kinds.js";

describe("the kind of answer a question asks for", () => {
  it.each([
    ["When do the talks start?", "date"],
    ["What year was the treaty signed?", "date"],
    ["In which century did the league decline?", "date"],
    ["treaty of stralsund year", "date"],
    ["What time do the talks start?", "time"],
    ["How many people are trapped?", "number"],
    ["How long did the alliance last?", "duration"],
    ["How many years did the war last?", "duration"],
    ["Who invited the U.S.?", "agent"],
    ["Where are the talks?", "place"],
    ["Which city hosts the talks?", "place"],
    ["Why won't they attend?", "reason"],
    ["how come they skipped it", "reason"],
    ["What prompted the queen to close the office?", "reason"],
    ["What led to the decline?", "reason"],
    ["What two factors brought about the decline?", "reason"],
  ])("reads %j as asking for a %s", (question, kind) => {
    expect(answerKindOf(question)).toBe(kind);
  });

  it("reads no kind from a question that asks for none", () => {
    expect(answerKindOf("What did they sign?")).toBeUndefined();
    expect(answerKindOf("Is the truce holding?")).toBeUndefined();
  });

  it("reads no kind from a word that is content in a yes/no question", () => {
    expect(answerKindOf("Did they meet last year?")).toBeUndefined();
  });

  it("reads the kind from the first question word, not from a clause", () => {
    expect(answerKindOf("What did the group who left say?")).toBeUndefined();
  });
});

describe("what a “how many” question counts", () => {
  it("is the few words after it, up to a small word", () => {
    expect(countedWords(words("How many Russian air strikes have hit Syria?"))).toEqual([
      "russian",
      "air",
      "strikes",
    ]);
  });

  it("skips “of the” before what is counted", () => {
    expect(countedWords(words("how many of the towns were there"))).toEqual(["towns"]);
  });

  it("is nothing when the question counts nothing named or asks no count", () => {
    expect(countedWords(words("How many are there?"))).toEqual([]);
    expect(countedWords(words("When do the talks start?"))).toEqual([]);
  });
});
