import { describe, expect, it } from "vitest";
import { ambiguity, EntityResolver, nameSimilarity } from "../../src/retrieval/entities.js";
import { entityNamed as entity } from "../helpers.js";

const resolver = new EntityResolver(
  [
    entity("york-city", "New York City", ["New York"]),
    entity("york", "York"),
    entity("anna-smith", "Anna Smith"),
    entity("john-smith", "John Smith"),
    entity("un", "United Nations", ["UN"]),
  ],
  0.6,
);
const ids = (typed: string) => resolver.resolve(typed).map((candidate) => candidate.entity.id);

describe("resolving a typed name to the story's entities", () => {
  it("prefers a whole name to a word of another: new york city is never York", () => {
    expect(ids("new york city")[0]).toBe("york-city");
  });

  it("resolves an alias whatever its case and punctuation", () => {
    expect(ids("u.n.")[0]).toBe("un");
    expect(resolver.exact("the UN")?.id).toBe("un");
  });

  it("resolves a name with a typo", () => {
    expect(ids("smiht")).toContain("anna-smith");
  });

  it("resolves a name while it is typed", () => {
    expect(ids("joh")[0]).toBe("john-smith");
  });

  it("resolves nothing from a name unlike any in the story", () => {
    expect(ids("zebra")).toEqual([]);
    expect(resolver.exact("zebra")).toBeUndefined();
  });

  it("says a name is ambiguous when several entities fit it equally", () => {
    const tied = ambiguity(resolver.resolve("Smith"));
    expect(tied.map((candidate) => candidate.entity.id).sort()).toEqual([
      "anna-smith",
      "john-smith",
    ]);
  });

  it("does not call an exact name ambiguous", () => {
    expect(ambiguity(resolver.resolve("John Smith"))).toEqual([]);
  });
});

describe("how alike two names are", () => {
  it("is 1 for the same name and less for a typo or a part", () => {
    expect(nameSimilarity("smith", "smith")).toBe(1);
    expect(nameSimilarity("smiht", "smith")).toBeLessThan(1);
    expect(nameSimilarity("smith", "anna smith")).toBeLessThan(1);
    expect(nameSimilarity("smith", "anna smith")).toBeGreaterThan(0.9);
  });
});
