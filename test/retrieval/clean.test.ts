import { describe, expect, it } from "vitest";
import { cleanQuestion, MAX_QUESTION_LENGTH } from "../../src/retrieval/clean.js";

describe("a question cleaned before it is matched", () => {
  it("drops user, role and channel mentions, @everyone and @here", () => {
    expect(cleanQuestion("<@123> <@!456> <@&789> @everyone is the US going? <#42> @here")).toBe(
      "is the US going?",
    );
  });

  it("drops words addressed to the bot", () => {
    expect(cleanQuestion("hey bot when is geneva")).toBe("when is geneva");
    expect(cleanQuestion("@storybot when is geneva")).toBe("when is geneva");
    expect(cleanQuestion("when is geneva, bot?")).toBe("when is geneva");
  });

  it("drops chat filler that asks nothing", () => {
    expect(cleanQuestion("is the US going? asking for my dad")).toBe("is the US going?");
    expect(cleanQuestion("asking for a friend: how many are trapped")).toBe("how many are trapped");
    expect(cleanQuestion("did they meet or what 🤔")).toBe("did they meet");
  });

  it("drops emoji, custom emoji and links", () => {
    expect(cleanQuestion("when 😀 <:party:123> https://example.com/x starts?")).toBe(
      "when starts?",
    );
  });

  it("drops halves of surrogate pairs and invisible characters", () => {
    expect(cleanQuestion("wh\u200bo \ud83d goes\u202e")).toBe("wh o goes");
  });

  it("reads a message that is only a mention as no question at all", () => {
    expect(cleanQuestion("@everyone")).toBe("");
    expect(cleanQuestion("<@123> 😀")).toBe("");
  });

  it("lets no more than the option's own maximum reach the matcher", () => {
    expect(cleanQuestion(`when ${"a".repeat(100_000)}`).length).toBeLessThanOrEqual(
      MAX_QUESTION_LENGTH,
    );
  });

  it("keeps a bot that the question is about: “who invited the robot?”", () => {
    expect(cleanQuestion("who invited the robot?")).toBe("who invited the robot?");
    expect(cleanQuestion("when is it, bot?")).toBe("when is it");
  });

  it("keeps a time of day that looks like an emoji shortcode", () => {
    expect(cleanQuestion("at 9:30: the talks")).toContain("9:30");
  });

  it("keeps “thanks” that someone said", () => {
    expect(cleanQuestion("did they say thanks")).toBe("did they say thanks");
    expect(cleanQuestion("when is it thanks")).toBe("when is it");
  });
});
