import { describe, expect, it } from "vitest";
import { pronounSpeaks, speakersIn } from "../../src/retrieval/speakers.js";
import { entityNamed as entity } from "../helpers.js";

const smith = entity("smith", "Anna Smith", ["Smith"]);
const ministry = entity("ministry", "Foreign Ministry");
const militia = entity("militia", "Red Militia");
const jones = entity("jones", "Tom Jones", ["Jones"]);
const council = entity("council", "City Council", ["council"], "organisation");
const harbour = entity("harbour", "Portville", [], "place");
const speakers = (sentence: string) =>
  [...speakersIn(sentence, [smith, ministry, militia, jones, council, harbour])].sort();

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

  it("is the name that closes the clause after “said”, and who a title says they speak for", () => {
    expect(speakers("Smith asked Jones to attend “soon”, said the Foreign Ministry.")).toEqual([
      "ministry",
      "smith",
    ]);
    expect(speakers("Jones will attend the vote, the council spokesman Anna Smith said.")).toEqual([
      "council",
      "smith",
    ]);
  });

  it("is not a name “said” is followed by in mid-clause: that is what was said", () => {
    expect(speakers("The Foreign Ministry said Red Militia fighters encircled the town.")).toEqual([
      "ministry",
    ]);
  });

  it("is the name a relative clause is about, not a name inside the clause", () => {
    expect(speakers("Smith, who met Jones in the north, said the vote was close.")).toEqual([
      "smith",
    ]);
  });

  it("is not who was spoken to, nor a place", () => {
    expect(speakers("Speaking to the City Council, Smith said the vote was close.")).toEqual([
      "smith",
    ]);
    expect(speakers("Smith told reporters in Portville, the vote was close.")).toEqual(["smith"]);
  });

  it("is not a name no verb of saying stands beside", () => {
    expect(speakers("Smith visited the harbour on Monday and left.")).toEqual([]);
  });

  it("leaves “he said” to the sentence before", () => {
    expect(speakers("He said the vote was close.")).toEqual([]);
    expect(pronounSpeaks("He said the vote was close.")).toBe(true);
  });
});
