import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.js";

/** The floors issue 3 sets on the labelled dev set; raise them as retrieval improves, never lower them. */
const FLOORS = { answeredCorrectly: 0.95, abstainedCorrectly: 0.9 };

describe("answer quality on the labelled dev set", () => {
  const report = evaluate();

  it("answers the answerable questions with a gold sentence among the first 3 citations", () => {
    expect(report.answeredCorrectly / report.answerable).toBeGreaterThanOrEqual(
      FLOORS.answeredCorrectly,
    );
  });

  it("says the story does not say for out-of-scope questions", () => {
    expect(report.abstainedCorrectly / report.unanswerable).toBeGreaterThanOrEqual(
      FLOORS.abstainedCorrectly,
    );
  });

  it("holds at least 200 cases, 50 of them out of scope", () => {
    expect(report.answerable + report.unanswerable).toBeGreaterThanOrEqual(200);
    expect(report.unanswerable).toBeGreaterThanOrEqual(50);
  });
});
