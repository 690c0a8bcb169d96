import { describe, expect, it } from "vitest";
import { aliasKey } from "../../../src/story/check.js";
import { seedStory } from "../../helpers.js";
import { drafted, SEED_ARTICLE } from "./drafts.js";

/**
 * The bar for a draft of the seed article from scratch, measured against the
 * hand-curated records of data/stories/astana-talks.
 */
describe("the seed article drafted from scratch", () => {
  const draft = drafted(SEED_ARTICLE);
  const names = (entity: { name: string; aliases: string[] }) =>
    [entity.name, ...entity.aliases].map(aliasKey);
  const found = (curated: { name: string; aliases: string[] }) =>
    draft.records.entities.find((entity) =>
      names(entity).some((key) => names(curated).includes(key)),
    );

  it("has all 22 body paragraphs, ¶1 = “Russia has invited the U.S. …”", () => {
    expect(draft.article.paragraphs).toHaveLength(22);
    expect(draft.article.paragraphs[0]?.text.startsWith("Russia has invited the U.S.")).toBe(true);
  });

  it("has all 8 quotations, at least 6 with the curated speaker", () => {
    expect(draft.records.quotes).toHaveLength(8);
    const right = draft.records.quotes.filter((quote) => {
      const curated = seedStory.quotes.find((q) => q.words.paragraph === quote.words.paragraph);
      const speaker = seedStory.entities.find((entity) => entity.id === curated?.speaker);
      const drafted = draft.records.entities.find((entity) => entity.id === quote.speaker);
      return speaker && drafted && found(speaker) === drafted;
    });
    expect(right.length).toBeGreaterThanOrEqual(6);
  });

  it("names every person and group the curated records name, persons with their surname", () => {
    const wanted = seedStory.entities.filter((entity) => ["person", "group"].includes(entity.kind));
    expect(wanted.filter((entity) => !found(entity)).map((entity) => entity.id)).toEqual([]);
    for (const person of wanted.filter((entity) => entity.kind === "person")) {
      const surname = person.aliases[0] as string;
      expect(names(found(person) as { name: string; aliases: string[] })).toContain(
        aliasKey(surname),
      );
    }
  });

  it("keeps the acronyms the article uses as aliases", () => {
    const un = draft.records.entities.find((entity) => entity.name === "United Nations");
    expect(un?.aliases).toContain("U.N.");
  });

  it("has a qa record for every fact sentence", () => {
    expect(draft.skipped).toEqual([]);
    expect(draft.records.qa).toHaveLength(draft.article.sentences.length);
  });
});
