import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CommandContext } from "../../src/interactions/contract.js";
import type { SuggestionTier } from "../../src/retrieval/suggest.js";
import { complete, fixture, STORIES, seed } from "./support.js";

const TIER_ORDER: SuggestionTier[] = ["exact", "keyword", "fuzzy"];

function offered(context: CommandContext, value: string): string[] {
  return complete(context, "ask", { name: "question", value }).map((choice) => choice.name);
}

/** The tier of each choice offered for `value`, in the order offered. */
function tiers(context: CommandContext, value: string): SuggestionTier[] {
  return context.retriever.suggester.suggest(value, 25).map((suggestion) => suggestion.tier);
}

describe.each(STORIES)("/ask autocomplete on the %s", (_, context) => {
  it("offers the story's top questions first when nothing is typed yet", () => {
    const top = context.story.qa.filter((record) => record.top).map((record) => record.question);
    expect(top.length).toBeGreaterThan(0);
    expect(offered(context, "").slice(0, top.length)).toEqual(top);
  });

  it("fills the list up to 25 with the other curated questions on empty input", () => {
    expect(offered(context, "")).toHaveLength(Math.min(25, context.story.qa.length));
  });

  it("never offers more than 25 choices", () => {
    for (const typed of ["", "a", "the", "is", "w", " "]) {
      expect(offered(context, typed).length).toBeLessThanOrEqual(25);
    }
  });

  it("offers each choice with the curated question as both its name and its value", () => {
    for (const choice of complete(context, "ask", {
      name: "question",
      value: "wh",
    })) {
      expect(choice.value).toBe(choice.name);
      expect(context.story.qa.some((record) => record.question === choice.name)).toBe(true);
    }
  });

  it("offers exact matches before keyword matches before fuzzy ones, whatever is typed", () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(...context.story.qa.flatMap((r) => r.question.toLowerCase().split(" "))),
    );
    fc.assert(
      fc.property(typed, (value) => {
        const suggestions = context.retriever.suggester.suggest(value, 25);
        const ranks = suggestions.map((s) => TIER_ORDER.indexOf(s.tier));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(offered(context, value)).toEqual(suggestions.map((s) => s.record.question));
      }),
      { numRuns: 100 },
    );
  });

  it("offers nothing rather than noise for gibberish", () => {
    expect(offered(context, "zzqxj")).toEqual([]);
  });
});

describe("/ask autocomplete tiers on the seed story", () => {
  it("offers questions starting with what is typed, then keyword matches, then fuzzy ones", () => {
    expect(tiers(seed, "how").slice(0, 5)).toEqual([
      "exact",
      "exact",
      "exact",
      "keyword",
      "keyword",
    ]);
    expect(tiers(seed, "geneva")).toEqual(["keyword", "keyword", "fuzzy"]);
    const names = offered(seed, "how");
    expect(names.slice(0, 3).every((name) => name.startsWith("How "))).toBe(true);
    expect(names[3]).toMatch(/ how /i);
  });

  it("puts every question that starts with “when” first", () => {
    const names = offered(seed, "when");
    const starting = seed.story.qa.filter((r) => r.question.startsWith("When"));
    expect(names.slice(0, starting.length).every((name) => name.startsWith("When"))).toBe(true);
  });

  it("still finds the question when a word is misspelt", () => {
    expect(offered(seed, "brokerd")).toContain("Who brokered the Syria cease-fire?");
  });

  // A keyword that merely contains the typed text ("ambassador" contains "assad") must not put
  // questions about the U.S. ambassador first (it did at HEAD ae8e77f).
  it("offers questions about Assad first when “assad” is typed", () => {
    expect(offered(seed, "assad")[0]).toMatch(/Assad/);
  });
});

describe("/ask autocomplete tiers on the fixture story", () => {
  it("offers questions starting with what is typed first", () => {
    expect(offered(fixture, "wh")).toEqual([
      "What does the mayor think of the bridge?",
      "Why won’t the union join the planning board?",
      "When does construction start and end?",
      "Who will attend the first planning meeting?",
    ]);
  });

  it("offers the questions a misspelt word is close to as fuzzy matches", () => {
    expect(tiers(fixture, "brige")).toEqual(["fuzzy", "fuzzy"]);
    expect(offered(fixture, "brige").every((name) => name.includes("bridge"))).toBe(true);
  });

  it("still finds the question when a word is misspelt", () => {
    expect(offered(fixture, "mayr")).toEqual(["What does the mayor think of the bridge?"]);
  });
});
