import { describe, expect, it } from "vitest";
import { drafted, NEWS_ARTICLE, SEED_ARTICLE } from "./drafts.js";

describe("the drafted summary", () => {
  it("GIVEN a news story THEN the short summary is its first 3 sentences and the full one its first 8, each cited", () => {
    const { article, records } = drafted(SEED_ARTICLE);
    expect(records.summary.short.map((bullet) => bullet.text)).toEqual(
      article.sentences.slice(0, 3).map((sentence) => sentence.text),
    );
    expect(records.summary.full).toHaveLength(8);
    for (const bullet of records.summary.full) {
      expect(bullet.citations).toEqual([{ paragraph: expect.any(Number), text: bullet.text }]);
      expect(bullet.draft).toBe(true);
    }
  });

  it("GIVEN a story of 5 sentences THEN the full summary has 5 bullets", () => {
    expect(drafted(NEWS_ARTICLE).records.summary.full).toHaveLength(5);
  });
});
