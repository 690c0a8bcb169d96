import { describe, expect, it } from "vitest";
import { questionsFrom } from "../../../src/story/draft/questions.js";
import { drafted, HISTORY_ARTICLE, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

const recordFor = (sentence: string) => {
  const found = drafted(SEED_ARTICLE).records.qa.find((entry) => entry.answer === sentence);
  if (!found) throw new Error(`no record answers “${sentence}”`);
  return found;
};

describe("the drafted questions and answers", () => {
  it("GIVEN a story THEN every fact sentence has one record citing it verbatim as the answer", () => {
    for (const path of [SEED_ARTICLE, HISTORY_ARTICLE, NEWS_ARTICLE]) {
      const { article, records, skipped } = drafted(path);
      expect(records.qa.length + skipped.length).toBe(article.sentences.length);
      for (const entry of records.qa) {
        expect(entry.citations).toHaveLength(1);
        expect(entry.citations[0]?.text).toBe(entry.answer);
        expect(entry.draft).toBe(true);
      }
    }
  });

  it("GIVEN 'On Jan. 19, … Bogdanov met John Tefft' THEN the question asks when, from the sentence's own parts", () => {
    const entry = recordFor(
      "On Jan. 19, Russian Deputy Foreign Minister Mikhail Bogdanov met John Tefft, U.S. ambassador to Russia to discuss the Syrian crisis as well as the Astana talks, the Foreign Ministry said.",
    );
    expect(entry.question).toBe("When did Mikhail Bogdanov meet John Tefft?");
    expect(entry.phrasings).toEqual(
      expect.arrayContaining(["Who did Mikhail Bogdanov meet?", "when did bogdanov meet tefft"]),
    );
  });

  it("GIVEN a number before a noun THEN the question asks how many", () => {
    expect(recordFor("He said around 20,000 people were in the area under siege.").question).toBe(
      "How many people were in the area under siege?",
    );
  });

  it("GIVEN 'due to' a cause THEN the question asks why", () => {
    expect(
      questionsFrom("The union said it would not attend the meeting due to the new quay.", [
        { written: "The union", name: "The union", short: "union", kind: "group" },
      ])[0],
    ).toEqual({ kind: "why", question: "Why would The union not attend the meeting?" });
  });

  it("GIVEN a person as the subject THEN a question asks who", () => {
    expect(
      recordFor(
        "The United Nations’ peace envoy for Syria, Staffan de Mistura, will attend the Astana talks, the U.N. spokesman Stephane Dujarric said on Jan. 19.",
      ).question,
    ).toBe("Who will attend the Astana talks?");
  });

  it("GIVEN a sentence that opens with someone's words THEN the question asks what they said", () => {
    expect(
      recordFor(
        "“The U.S. have already been invited,” Lavrov told reporters in Moscow, according to state-run Anadolu Agency.",
      ).question,
    ).toBe("What did Lavrov say about the U.S.?");
  });

  it("GIVEN any record THEN it has a plain question, a keyword-only and a casual phrasing, and keywords", () => {
    for (const entry of drafted(SEED_ARTICLE).records.qa) {
      expect(entry.question).toMatch(/^\p{Lu}.*\?$/u);
      expect(entry.phrasings.length).toBeGreaterThanOrEqual(3);
      expect(
        entry.phrasings.some(
          (phrasing) => phrasing === phrasing.toLowerCase() && !phrasing.endsWith("?"),
        ),
      ).toBe(true);
      expect(entry.keywords.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("GIVEN any record THEN its question is neither generic nor the sentence pasted whole", () => {
    for (const entry of drafted(SEED_ARTICLE).records.qa) {
      expect(entry.question).not.toMatch(/what happened/iu);
      expect(entry.question.length).toBeLessThan(entry.answer.length);
    }
  });

  it("GIVEN the lead sentences THEN their records are the story's top questions", () => {
    const top = drafted(SEED_ARTICLE).records.qa.filter((entry) => entry.top);
    expect(top.map((entry) => entry.citations[0]?.paragraph)).toEqual([1, 2, 3]);
  });
});
