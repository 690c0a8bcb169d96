import { describe, expect, it } from "vitest";
import { pronounSpeaks, speakersIn } from "../../src/retrieval/speakers.js";
import { entityNamed as entity } from "../helpers.js";

const smith = entity("smith", "Anna Smith", ["Smith"]);
const ministry = entity("ministry", "Foreign Ministry");
const militia = entity("militia", "Red Militia");
const speakers = (sentence: string) => [...speakersIn(sentence, [smith, ministry, militia])];

describe("who a sentence reports as speaking", () => {
  it("is a name a verb of saying follows", () => {
    expect(speakers("Smith told reporters the vote was close.")).toEqual(["smith"]);
  });

  it("is a name after “said” or “according to”", () => {
    expect(speakers("The vote was close, said Smith.")).toEqual(["smith"]);
    expect(speakers("The vote was close, according to the Foreign Ministry.")).toEqual([
      "ministry",
    ]);
  });

  it("is not a name inside the quoted words", () => {
    expect(
      speakers("“Forces, primarily the Red Militia, besieged the valley,” said Smith."),
    ).toEqual(["smith"]);
  });

  it("is not a name no verb of saying stands beside", () => {
    expect(speakers("Smith visited the harbour on Monday and left.")).toEqual([]);
  });

  it("leaves “he said” to the sentence before", () => {
    expect(speakers("He said the vote was close.")).toEqual([]);
    expect(pronounSpeaks("He said the vote was close.")).toBe(true);
  });
});
