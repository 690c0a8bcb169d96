import { describe, expect, it } from "vitest";
import type { Quote } from "../../../src/story/schema.js";
import { drafted, draftOf, HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

const inParagraph = (quotes: Quote[], paragraph: number) => {
  const found = quotes.find((quote) => quote.words.paragraph === paragraph);
  if (!found) throw new Error(`no quote in ¶${paragraph}`);
  return found;
};
const seed = () => drafted(SEED_ARTICLE).records.quotes;

describe("the drafted quotes", () => {
  it("GIVEN every passage the check reads as speech THEN each has a quote record", () => {
    expect(seed().map((quote) => quote.words.paragraph)).toEqual([2, 8, 9, 12, 15, 18, 21, 22]);
  });

  it("GIVEN “…,” Lavrov told reporters THEN the speaker is the name before the verb", () => {
    expect(inParagraph(seed(), 2)).toMatchObject({
      speaker: "lavrov",
      words: { paragraph: 2, text: "The U.S. have already been invited" },
      where: "Moscow",
      reportedBy: "anadolu-agency",
      voice: "own",
      draft: true,
    });
  });

  it("GIVEN “…,” said Observatory head Rami Abdel Rahman THEN the speaker is the name after the verb", () => {
    expect(inParagraph(seed(), 18).speaker).toBe("abdel-rahman");
  });

  it("GIVEN Guterres asked … “…,” said Dujarric THEN the words are Dujarric's about Guterres", () => {
    expect(inParagraph(seed(), 8)).toMatchObject({
      speaker: "dujarric",
      voice: "about",
      about: "guterres",
    });
  });

  it("GIVEN “…,” he added THEN the speaker is the last named speaker", () => {
    expect(inParagraph(seed(), 9)).toMatchObject({
      speaker: "dujarric",
      voice: "about",
      about: "guterres",
    });
    expect(inParagraph(seed(), 22).speaker).toBe("assad");
  });

  it("GIVEN he said after a named speaker THEN where and who reported it carry over", () => {
    expect(inParagraph(seed(), 21)).toMatchObject({
      where: "Japanese television channel TBS",
      reportedBy: "afp",
    });
    expect(inParagraph(seed(), 22)).toMatchObject({
      where: "Japanese television channel TBS",
      reportedBy: "afp",
    });
  });

  it("GIVEN X, which …, said … “…” THEN the name inside the relative clause is not the speaker", () => {
    expect(inParagraph(seed(), 12).speaker).toBe("ahrar-al-sham");
  });

  it("GIVEN said on a date THEN that date is when the words were said", () => {
    const draft = draftOf("“The vote was fair,” Mayor Elena Marsh said on March 5.");
    expect(draft.records.quotes[0]).toMatchObject({ speaker: "marsh", when: "March 5" });
  });

  it("GIVEN “…,” X told a newspaper THEN the newspaper reported it", () => {
    expect(drafted(NEWS_ARTICLE).records.quotes[0]).toMatchObject({
      speaker: "marsh",
      reportedBy: "harbour-gazette",
      where: null,
    });
  });

  it("GIVEN straight quotes in a history text THEN the writer and the person named before 'he' are the speakers", () => {
    expect(drafted(HISTORY_ARTICLE).records.quotes.map((quote) => quote.speaker)).toEqual([
      "detmar",
      "castorp",
    ]);
  });

  it("GIVEN quoted terms nobody says THEN they get no quote record and the report lists them", () => {
    const draft = drafted(HISTORY_ARTICLE);
    expect(draft.quotedTerms).toEqual(expect.arrayContaining(["Hanse", "Steelyard", "Kontor"]));
    expect(draft.records.quotes).toHaveLength(2);
  });

  it("GIVEN a date earlier in the sentence than the verb of saying THEN it is not when the words were said", () => {
    const castorp = drafted(HISTORY_ARTICLE).records.quotes.find(
      (quote) => quote.speaker === "castorp",
    );
    expect(castorp?.when).toBeNull();
  });
});
