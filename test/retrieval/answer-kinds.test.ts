import { describe, expect, it } from "vitest";
import { answerKindsIn, countedIn } from "../../src/retrieval/answer-kinds.js";

const kinds = (text: string) => answerKindsIn(text, []);

describe("the kinds of answer a sentence holds", () => {
  it("holds a date for a day, a year, a century or an event it is set against", () => {
    expect(kinds("The talks begin on Jan. 23.").has("date")).toBe(true);
    expect(kinds("The league declined in the 16th century.").has("date")).toBe(true);
    expect(kinds("The list will be clear after official replies.").has("date")).toBe(true);
  });

  it("reads a count of people or things as a count, not a year", () => {
    expect(kinds("Some 1500 protesters marched.").has("number")).toBe(true);
    expect(countedIn("up to 500 fighters joined")).toEqual([" fighters joined"]);
  });

  it("reads eras and months by their capitals: an ad campaign, a march, are no dates", () => {
    expect(kinds("an ad campaign ran").has("date")).toBe(false);
    expect(kinds("In March the talks began.").has("date")).toBe(true);
    expect(kinds("38 BCE").has("date")).toBe(true);
  });

  it("reads a day of the week as no name and no place", () => {
    const monday = kinds("They meet on Monday.");
    expect(monday.has("place")).toBe(false);
    expect(monday.has("agent")).toBe(false);
  });

  it("holds no count in a date alone", () => {
    expect(kinds("The talks begin on Jan. 23.").has("number")).toBe(false);
    expect(kinds("Around 20,000 people are trapped.").has("number")).toBe(true);
  });

  it("holds a length of time for a count of years or a span between two dates", () => {
    expect(kinds("the six-year war in Syria").has("duration")).toBe(true);
    expect(kinds("an alliance that lasted from 1367 to 1385").has("duration")).toBe(true);
    expect(kinds("the war of 1470 to 1474").has("duration")).toBe(true);
    expect(kinds("The talks begin on Jan. 23.").has("duration")).toBe(false);
  });

  it("holds a reason for “because”, “due to” or an aim", () => {
    expect(kinds("It stayed away due to the offensive.").has("reason")).toBe(true);
    expect(kinds("The office closed in 1598.").has("reason")).toBe(false);
  });
});

describe("what the numbers of a sentence count", () => {
  it("is the words after each number", () => {
    expect(countedIn("which counts thousands of fighters in the north")).toEqual([
      " of fighters in",
    ]);
    expect(countedIn("He said around 20,000 people were trapped.")).toEqual([
      " people were trapped",
    ]);
  });

  it("is nothing for the numbers of a date", () => {
    expect(countedIn("Forces encircled the region on Jan. 18 and advanced.")).toEqual([]);
  });
});
