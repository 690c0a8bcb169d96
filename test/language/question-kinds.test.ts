import { describe, expect, it } from "vitest";
import { answerKindOf } from "../../src/language/question-kinds.js";

describe("the kind of answer a question asks for", () => {
  it.each([
    ["When do the talks start?", "date"],
    ["What year was the treaty signed?", "date"],
    ["In which century did the league decline?", "date"],
    ["treaty of stralsund year", "date"],
    ["What time do the talks start?", "time"],
    ["How many people are trapped?", "number"],
    ["How long did the alliance last?", "number"],
    ["Who invited the U.S.?", "agent"],
    ["Where are the talks?", "place"],
    ["Which city hosts the talks?", "place"],
    ["Why won't they attend?", "reason"],
    ["how come they skipped it", "reason"],
  ])("reads %j as asking for a %s", (question, kind) => {
    expect(answerKindOf(question)).toBe(kind);
  });

  it("reads no kind from a question that asks for none", () => {
    expect(answerKindOf("What did they sign?")).toBeUndefined();
    expect(answerKindOf("Is the truce holding?")).toBeUndefined();
  });

  it("reads the kind from the first question word, not from a clause", () => {
    expect(answerKindOf("What did the group who left say?")).toBeUndefined();
  });
});
